"""Which words are only names or places, asked of many words at once (the statistics of
a book ask it of every word). A part of :class:`readaid.language.dictionary.Dictionary`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from readaid.sqlchunks import in_batches


class NameQuestions:
    """Questions over the compiled cache (``_db``), each answer kept in ``_name_memo`` (in
    one update per batch: a thread reading the memo meanwhile sees a word's answer or
    none, never a provisional one)."""

    _db: sqlite3.Connection
    _headwords: frozenset[str] | None  # every headword, once read for a whole book
    _name_memo: dict[str, bool]
    _name_only: frozenset[str] | None

    def names(self, words: Iterable[str]) -> set[str]:
        """Which of ``words`` are only names or places (every entry's reading capitalised,
        as CEDICT writes them): for a whole book from the list the cache keeps, else in one
        query per 500 and without parsing any entry, each word's answer kept."""
        if self._headwords is not None:  # a whole book: no query
            return set(self.name_only_words().intersection(words))
        wanted = set(words)
        memo = self._name_memo
        missing = [w for w in wanted if w not in memo]
        for chunk, marks in in_batches(missing):
            rows = self._db.execute(
                f"SELECT h.word FROM headwords h JOIN entries e ON e.id = h.entry "
                f"WHERE h.word IN ({marks}) GROUP BY h.word "
                "HAVING min(substr(e.pinyin, 1, 1) BETWEEN 'A' AND 'Z') = 1",
                chunk,
            )
            found = {row[0] for row in rows}
            memo.update({word: word in found for word in chunk})
        return {w for w in wanted if memo[w]}

    def name_only_words(self) -> frozenset[str]:
        """Headwords whose every reading is capitalised, read once (0.01 s) for a book."""
        if self._name_only is None:
            self._name_only = self._word_list("name_only")
        return self._name_only

    def _word_list(self, name: str) -> frozenset[str]:
        """One of the word lists the compiled cache keeps joined (see ``dictcache``)."""
        ((joined,),) = self._db.execute("SELECT words FROM word_lists WHERE name = ?", (name,))
        return frozenset(joined.split("\n")) - {""}
