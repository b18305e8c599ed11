"""The store's bookkeeping beside the words themselves: a document's segmentation fixes
and which words were sent to Anki."""

from __future__ import annotations

import json
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
