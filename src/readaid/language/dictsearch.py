"""Finding entries by reading or by meaning: what a learner types into ``lookup`` when the
characters are what they do not know. A part of :class:`readaid.language.dictionary.Dictionary`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence

from readaid.language.cedict import Entry
from readaid.language.pinyin import parse_pinyin_query


class Searches:
    """Searches over the compiled cache (``_db``), each entry built by ``_entry``."""

    _db: sqlite3.Connection
    _entry: Callable[[Sequence], Entry]

    def search_pinyin(self, query: str, limit: int = 50) -> list[Entry]:
        """By reading, however a learner types it: ``yinhang``, ``yin2hang2``, ``yín háng``,
        ``xue2xi`` (tones on some syllables), ``xi'an`` (a break), ``lv4``/``lu:4``/``lǜ``;
        the most common words first."""
        wanted = parse_pinyin_query(query)
        if not wanted.letters:
            return []
        rows = self._db.execute(
            "SELECT e.* FROM pinyin_keys k JOIN entries e ON e.id = k.entry "
            "WHERE k.letters = ? ORDER BY e.commonness DESC, e.id",
            (wanted.letters,),
        )
        entries = [
            (commonness, entry)
            for *row, commonness in rows
            if wanted.matches((entry := self._entry(row)).pinyin)
        ]
        entries.sort(key=lambda found: (-found[0], *_homograph_order(found[1])))
        return [entry for _, entry in entries[:limit]]

    def search_english(self, query: str, limit: int = 50) -> list[Entry]:
        """Reverse lookup: entries with a sense matching ``query``, exact senses first, then
        the words readers meet most (银行 before 渚, 台风 before 台 "typhoon": see
        :mod:`readaid.language.dictrank`)."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split()]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        wanted = query.strip().lower()
        select = "SELECT e.*, bm25(english) FROM english JOIN entries e ON e.id = english.rowid "
        rows = self._db.execute(
            select + "WHERE english MATCH ? ORDER BY bm25(english) LIMIT 500", (match,)
        ).fetchall()
        # bm25 favours short entries, so a character with many senses (水 "water") can miss the
        # best 500: entries having the query as a whole sense are fetched as well.
        exact_rows = self._db.execute(
            select
            + "WHERE english MATCH ? AND (instr(lower(e.body), ?) OR instr(lower(e.body), ?))",
            (match, json.dumps(wanted), json.dumps(f"to {wanted}")),
        ).fetchall()
        rows = list({row[0]: row for row in rows + exact_rows}.values())

        def rank(row: tuple) -> tuple:
            *columns, commonness, score = row
            entry = self._entry(columns)
            senses = {part.strip().lower() for sense in entry.senses for part in sense.split(";")}
            exact = wanted in senses or f"to {wanted}" in senses
            return (not exact, -commonness, *_homograph_order(entry), score)

        rows.sort(key=rank)
        return [self._entry(row[:-2]) for row in rows[:limit]]


def _homograph_order(entry: Entry) -> tuple[bool, bool, bool, int]:
    """Among entries of one written form: everyday senses, then names, surnames, variants."""
    return (entry.is_variant_only, entry.is_surname_only, entry.is_proper_noun, -len(entry.senses))
