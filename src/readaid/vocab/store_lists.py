"""Named lists of words (a text's words, "HSK 4", "for the exam"): a word can be in any
number of them, and leaving a list never deletes the word."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from readaid.sqlchunks import in_batches
from readaid.vocab.database import Database, StoreError, now, translating


def clean_list_name(name: str) -> str:
    """A list name as stored: trimmed, one line; an empty name is refused."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise StoreError("a list needs a name")
    return cleaned


class NamedLists(Database):
    @translating
    def add_to_list(self, name: str, word_ids: Iterable[int]) -> int:
        """Put words in list ``name`` (made if new); returns how many were not in it."""
        name = clean_list_name(name)
        with self._transaction() as db:
            return self._add_to_list(db, name, word_ids)

    def _add_to_list(self, db: sqlite3.Connection, name: str, word_ids: Iterable[int]) -> int:
        moment = now()
        db.execute("INSERT OR IGNORE INTO lists (name, created_at) VALUES (?, ?)", (name, moment))
        (list_id,) = db.execute("SELECT id FROM lists WHERE name = ?", (name,)).fetchone()
        before = db.total_changes
        db.executemany(
            "INSERT OR IGNORE INTO list_words (list_id, word_id, added_at) VALUES (?, ?, ?)",
            [(list_id, word_id, moment) for word_id in word_ids],
        )
        return db.total_changes - before

    @translating
    def remove_from_list(self, name: str, word_ids: Iterable[int]) -> int:
        """Take words out of list ``name`` (the words stay saved); returns how many."""
        with self._transaction() as db:
            before = db.total_changes
            db.executemany(
                "DELETE FROM list_words WHERE word_id = ? AND list_id ="
                " (SELECT id FROM lists WHERE name = ?)",
                [(word_id, clean_list_name(name)) for word_id in word_ids],
            )
            return db.total_changes - before

    @translating
    def lists(self) -> list[tuple[str, int]]:
        """Every list with how many words it holds, by name."""
        rows = self._connection().execute(
            "SELECT l.name, count(w.word_id) FROM lists l"
            " LEFT JOIN list_words w ON w.list_id = l.id GROUP BY l.id ORDER BY l.name"
        )
        return [(name, count) for name, count in rows]

    @translating
    def has_list(self, name: str) -> bool:
        row = (
            self._connection()
            .execute("SELECT 1 FROM lists WHERE name = ?", (clean_list_name(name),))
            .fetchone()
        )
        return row is not None

    def _lists_of(self, db: sqlite3.Connection, word_ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for chunk, marks in in_batches(word_ids):
            rows = db.execute(
                "SELECT w.word_id, l.name FROM list_words w JOIN lists l ON l.id = w.list_id"
                f" WHERE w.word_id IN ({marks}) ORDER BY l.name",
                chunk,
            )
            for word_id, name in rows:
                found.setdefault(word_id, []).append(name)
        return found
