"""Short glosses of many words at once: each word's everyday reading and first senses, as
``readaid stats --json`` lists them for the 40,000 words of a novel. A part of
:class:`readaid.language.dictionary.Dictionary`.

Looking each word up builds every one of its entries (references, classifiers, a JSON
body parsed whole): 1 s for a novel. Here most words have a single entry, whose reading
and first senses are all a gloss needs; entries are made only for a word with several, with
what choosing among them looks at, in the order :meth:`Dictionary.lookup` gives them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence

from readaid.language.cedict import Entry, Reference
from readaid.language.pinyin import word_marks
from readaid.language.script import to_simplified
from readaid.sqlchunks import in_batches

#: A word's reading in tone marks, written together (``"fáng'ài"``), and its first senses.
Gloss = tuple[str, tuple[str, ...]]

_senses_at = json.JSONDecoder().raw_decode  # an entry's body starts with its senses


def lookup_order(entry: Entry) -> tuple[bool, bool, bool]:
    """How :meth:`Dictionary.lookup` orders a word's entries, after the sources' order:
    everyday senses first, then names, surnames and bare variants (神 is "god" before it
    is "God")."""
    return (entry.is_variant_only, entry.is_surname_only, entry.is_proper_noun)


def _gloss_of(entry: Entry | None, senses: int) -> Gloss:
    if entry is None:
        return ("", ())
    return (word_marks(entry.pinyin), entry.senses[:senses])


def _choosing_entry(row: tuple[str, int, str, str]) -> Entry:
    """An entry with only what :func:`lookup_order` and :func:`everyday_entry` look at
    (its reading, senses and variant references), from its row."""
    _, _, pinyin, body = row
    senses, _, variants, *_ = json.loads(body)
    return Entry("", "", pinyin, tuple(senses), variant_of=tuple(Reference(*r) for r in variants))


def everyday_entry(
    word: str, entries: Sequence[Entry], common_reading: Callable[[str], str]
) -> Entry | None:
    """The entry a short gloss of ``word`` shows, of its entries in lookup order: not a
    bare variant, nor a "used in ..." reading; a character's most common reading."""
    chosen = [e for e in entries if not e.is_variant_only] or list(entries)
    chosen = [e for e in chosen if not all(s.startswith("used in") for s in e.senses)] or chosen
    if len(word) == 1 and chosen:
        common = common_reading(word)
        chosen = sorted(chosen, key=lambda e: e.pinyin.lower() != common)
    return chosen[0] if chosen else None


class ShortGlosses:
    """Glosses over the compiled cache (``_db``), for words in bulk."""

    _db: sqlite3.Connection
    _common_memo: dict[str, str]
    prefetch: Callable[[Iterable[str]], None]
    common_reading: Callable[[str], str]

    def short_glosses(
        self, words: Iterable[str], senses: int, entries_of: Callable[[str], list[Entry]]
    ) -> dict[str, Gloss]:
        """Each of ``words``' reading and first ``senses`` senses, from the entry
        :func:`everyday_entry` chooses of those :meth:`lookup` gives; ``("", ())`` for a
        word without any. A word the dictionary lacks as written is glossed from
        ``entries_of(word)`` (the reading core's lookup, which tries its Simplified form
        and makes up an entry for a character no dictionary has)."""
        # In the index's order: each batch reads the pages next to those the one before read.
        wanted = sorted(set(words))
        only: dict[str, tuple[str, int, str, str]] = {}  # word, entry id, pinyin, body
        several: dict[str, list[tuple[str, int, str, str]]] = {}
        for chunk, marks in in_batches(wanted):
            rows = self._db.execute(
                "SELECT h.word, e.id, e.pinyin, e.body FROM headwords h JOIN entries e"
                f" ON e.id = h.entry WHERE h.word IN ({marks})",
                chunk,
            )
            for row in rows:
                word = row[0]
                if word in only:
                    several.setdefault(word, [only[word]]).append(row)
                else:
                    only[word] = row
        for word in several:
            del only[word]
        # A word's one entry is its gloss: only its reading and senses are read.
        glosses: dict[str, Gloss] = {
            word: (word_marks(pinyin), tuple(_senses_at(body, 1)[0][:senses]))
            for word, (_, _, pinyin, body) in only.items()
        }
        missing = [w for w in wanted if w not in only and w not in several]
        # Asked together rather than a word at a time: what the lookup of a word the
        # dictionary lacks as written asks (the word, then its Simplified form), and the
        # common reading of each character with several entries or none.
        self.prefetch([*missing, *map(to_simplified, missing)])
        self._common_readings([w for w in (*several, *missing) if len(w) == 1])
        for word, found in several.items():
            found.sort()  # by entry id: the sources' order, as lookup gives them
            entries = sorted(map(_choosing_entry, found), key=lookup_order)
            glosses[word] = _gloss_of(everyday_entry(word, entries, self.common_reading), senses)
        for word in missing:
            chosen = everyday_entry(word, entries_of(word), self.common_reading)
            glosses[word] = _gloss_of(chosen, senses)
        return glosses

    def _common_readings(self, characters: Sequence[str]) -> None:
        """Look the characters' common readings up in one query per 500, for
        :meth:`common_reading` to answer from memory."""
        memo = self._common_memo
        missing = [ch for ch in characters if ch not in memo]
        for chunk, marks in in_batches(missing):
            answers = dict.fromkeys(chunk, "")
            answers.update(
                self._db.execute(
                    f"SELECT ch, pinyin FROM common_readings WHERE ch IN ({marks})", chunk
                )
            )
            memo.update(answers)
