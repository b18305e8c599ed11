"""Word statuses (new, learning, known, ignored): set one, mark many known, read them all.
A status can be set on a word never saved; it is then kept as a status-only entry."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from readaid.vocab.database import Database, now, translating
from readaid.vocab.model import WordStatus


class WordStatuses(Database):
    @translating
    def set_status(self, word: str, status: WordStatus, pinyin: str | None = None) -> None:
        """Set the status of ``word`` (either script; every reading unless ``pinyin``),
        creating a status-only entry if the word was never saved."""
        from readaid.language.script import Script, convert, to_simplified

        forms = (to_simplified(word), convert(word, Script.TRADITIONAL), pinyin or "")
        with self._transaction() as db:
            self._set_status(db, word, forms, WordStatus(status), pinyin)

    def mark_known(self, words: Iterable[tuple[str, str, str]]) -> int:
        return self.mark_all(words, WordStatus.KNOWN)

    @translating
    def mark_all(self, words: Iterable[tuple[str, str, str]], status: WordStatus) -> int:
        """Give many (simplified, traditional, pinyin) words ``status`` in one transaction;
        returns how many did not have it before."""
        changed = 0
        with self._transaction() as db:
            for simplified, traditional, pinyin in words:
                before = self._statuses_of(db, simplified, pinyin or None)
                if before != {status}:
                    changed += 1
                self._set_status(
                    db, simplified, (simplified, traditional, pinyin), status, pinyin or None
                )
        return changed

    def _statuses_of(self, db: sqlite3.Connection, word: str, pinyin: str | None) -> set:
        query = "SELECT status FROM words WHERE (simplified = ? OR traditional = ?)"
        params: tuple = (word, word)
        if pinyin is not None:
            query += " AND pinyin IN (?, '')"
            params += (pinyin,)
        return {WordStatus(status) for (status,) in db.execute(query, params)}

    def _set_status(
        self,
        db: sqlite3.Connection,
        word: str,
        forms: tuple[str, str, str],
        status: WordStatus,
        pinyin: str | None,
    ) -> None:
        moment = now()
        query = (
            "UPDATE words SET status = ?, updated_at = ? WHERE (simplified = ? OR traditional = ?)"
        )
        params: tuple = (status.value, moment, word, word)
        if pinyin is not None:
            query += " AND pinyin IN (?, '')"
            params += (pinyin,)
        if db.execute(query, params).rowcount == 0:
            db.execute(
                "INSERT INTO words (simplified, traditional, pinyin, status, added_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (*forms, status.value, moment, moment),
            )

    @translating
    def statuses(self) -> dict[str, WordStatus]:
        """Every word's status keyed by both its Simplified and Traditional forms; where
        readings differ in status, the most recently changed one wins."""
        result: dict[str, WordStatus] = {}
        rows = self._connection().execute(
            "SELECT simplified, traditional, status FROM words ORDER BY updated_at, id"
        )
        for simplified, traditional, status in rows:
            result[simplified] = result[traditional] = WordStatus(status)
        return result
