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
    _capitalised_words: frozenset[str] | None

    def names(self, words: Iterable[str]) -> set[str]:
        """Which of ``words`` are only names or places (every entry's reading capitalised,
        as CEDICT writes them), in one query per 500 and without parsing any entry; each
        word's answer is kept."""
        wanted = set(words)
        memo = self._name_memo
        missing = [w for w in wanted if w not in memo]
        if self._headwords is not None:  # a whole book: most words answered without a query
            capitalised = self.capitalised_words()
            memo.update({w: False for w in missing if w not in capitalised})
            missing = [w for w in missing if w in capitalised]
        for chunk, marks in in_batches(missing):
            rows = self._db.execute(
                f"SELECT h.word FROM headwords h JOIN entries e ON e.id = h.entry "
                f"WHERE h.word IN ({marks}) GROUP BY h.word "
                "HAVING min(substr(e.pinyin, 1, 1) BETWEEN 'A' AND 'Z') = 1",
                chunk,
            )
            self.remember_names(chunk, {row[0] for row in rows})
        return {w for w in wanted if memo[w]}

    def capitalised_words(self) -> frozenset[str]:
        """Headwords with a capitalised reading, read once (0.01 s): a name has no other."""
        if self._capitalised_words is None:
            self._capitalised_words = self._word_list("capitalised")
        return self._capitalised_words

    def _word_list(self, name: str) -> frozenset[str]:
        """One of the word lists the compiled cache keeps joined (see ``dictcache``)."""
        ((joined,),) = self._db.execute("SELECT words FROM word_lists WHERE name = ?", (name,))
        return frozenset(joined.split("\n")) - {""}

    def remember_names(self, asked: Iterable[str], found: set[str]) -> None:
        """Keep the answers to :meth:`names` for ``asked`` (``found`` are names), asked here
        or in another process (a worker counting part of a book)."""
        self._name_memo.update({word: word in found for word in asked})
