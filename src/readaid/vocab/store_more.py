"""The store's bookkeeping beside the words themselves: a document's segmentation fixes and
paragraph roles, editing a card's sentence, and which words were sent to Anki."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from readaid.vocab.database import Database, now, translating


class DocumentsAndAnki(Database):
    @translating
    def save_overrides(
        self, document_key: str, breaks: set[int], joins: set[tuple[int, int]]
    ) -> None:
        """Remember a document's split/merge fixes (empty sets forget them)."""
        with self._transaction() as db:
            if not breaks and not joins:
                db.execute("DELETE FROM overrides WHERE document_key = ?", (document_key,))
                return
            db.execute(
                "INSERT INTO overrides (document_key, breaks, joins, updated_at)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT (document_key) DO UPDATE SET breaks = excluded.breaks,"
                " joins = excluded.joins, updated_at = excluded.updated_at",
                (
                    document_key,
                    json.dumps(sorted(breaks)),
                    json.dumps(sorted([list(join) for join in joins])),
                    now(),
                ),
            )

    @translating
    def load_overrides(self, document_key: str) -> tuple[set[int], set[tuple[int, int]]]:
        row = (
            self._connection()
            .execute("SELECT breaks, joins FROM overrides WHERE document_key = ?", (document_key,))
            .fetchone()
        )
        if row is None:
            return set(), set()
        breaks, joins = row
        return set(json.loads(breaks)), {(start, end) for start, end in json.loads(joins)}

    @translating
    def save_roles(self, document_key: str, roles: dict[int, str]) -> None:
        """Remember which paragraphs (by start offset) the learner made article text
        (``"text"``) or page furniture (``"furniture"``); an empty dict forgets them."""
        with self._transaction() as db:
            db.execute("DELETE FROM paragraph_roles WHERE document_key = ?", (document_key,))
            db.executemany(
                "INSERT INTO paragraph_roles (document_key, paragraph_start, role) VALUES (?,?,?)",
                [(document_key, start, role) for start, role in sorted(roles.items())],
            )

    @translating
    def load_roles(self, document_key: str) -> dict[int, str]:
        rows = (
            self._connection()
            .execute(
                "SELECT paragraph_start, role FROM paragraph_roles WHERE document_key = ?",
                (document_key,),
            )
            .fetchall()
        )
        return dict(rows)

    # A card's sentence --------------------------------------------------------------

    def _replace_first_sentence(self, db: sqlite3.Connection, word_id: int, sentence: str) -> None:
        """Within a transaction: the word's first sentence becomes ``sentence`` ("" drops it)."""
        first = db.execute(
            "SELECT id FROM contexts WHERE word_id = ? ORDER BY added_at, id LIMIT 1", (word_id,)
        ).fetchone()
        if not sentence:
            if first:
                db.execute("DELETE FROM contexts WHERE id = ?", (first[0],))
            return
        word = db.execute(
            "SELECT simplified, traditional FROM words WHERE id = ?", (word_id,)
        ).fetchone()
        found = [sentence.find(form) for form in word if form in sentence]
        position = min(found) if found else 0
        if first:
            # OR REPLACE: a sentence the word already has is the same context, kept once.
            db.execute(
                "UPDATE OR REPLACE contexts SET sentence = ?, position = ? WHERE id = ?",
                (sentence, position, first[0]),
            )
        else:
            db.execute(
                "INSERT INTO contexts (word_id, sentence, position, added_at) VALUES (?,?,?,?)",
                (word_id, sentence, position, now()),
            )

    # Anki ---------------------------------------------------------------------------

    @translating
    def record_sent(self, sent: Iterable[tuple[int, int | None]], deck: str) -> None:
        """Remember which words (word id, Anki note id) are now in Anki's ``deck``."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO anki_pushes (word_id, note_id, deck, pushed_at)"
                " VALUES (?, ?, ?, ?)",
                [(word_id, note_id, deck, now()) for word_id, note_id in sent],
            )
