"""The vocabulary store: the learner's saved words with the sentences they came from,
word statuses, segmentation fixes and what was sent to Anki. One SQLite file in the user's
data folder (see :mod:`readaid.vocab.database` for how it stays safe under concurrency).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from readaid.sqlchunks import in_batches
from readaid.vocab.database import StoreError, now, stamp, translating
from readaid.vocab.model import Context, SavedWord, WordStatus
from readaid.vocab.store_history import StatusHistory
from readaid.vocab.store_lists import NamedLists, clean_list_name
from readaid.vocab.store_more import DocumentsAndAnki
from readaid.vocab.store_rows import merged, to_context, to_word
from readaid.vocab.store_status import WordStatuses

__all__ = ["StoreError", "VocabularyStore", "WordStatus", "SavedWord", "Context"]


class VocabularyStore(DocumentsAndAnki, NamedLists, WordStatuses, StatusHistory):
    """Intention-revealing operations on the store; each runs in its own transaction."""

    # Saving words -----------------------------------------------------------------------

    @translating
    def save(
        self,
        simplified: str,
        traditional: str,
        pinyin: str,
        *,
        senses: Iterable[str] = (),
        sentence: str = "",
        position: int = 0,
        source: str = "",
        offset: int = 0,
        status: WordStatus = WordStatus.LEARNING,
        tags: Iterable[str] = (),
        note: str = "",
        lists: Iterable[str] = (),
    ) -> SavedWord:
        """Save a word met in ``sentence`` (and put it in the named ``lists``). Saving the
        same characters and reading again adds the new sentence (and any new senses, tags
        and lists) to the word already saved."""
        moment = now()
        lists = [clean_list_name(name) for name in lists]
        with self._transaction() as db:
            row = db.execute(
                "SELECT id, senses, tags, note FROM words "
                "WHERE simplified = ? AND traditional = ? AND pinyin = ?",
                (simplified, traditional, pinyin),
            ).fetchone()
            if row is None and pinyin:
                # A word known only by its status (say, from an imported list) takes on
                # the reading it is now saved with.
                row = db.execute(
                    "SELECT id, senses, tags, note FROM words WHERE simplified = ? AND pinyin = ''",
                    (simplified,),
                ).fetchone()
            if row is None:
                word_id = db.execute(
                    "INSERT INTO words (simplified, traditional, pinyin, senses, status, tags,"
                    " note, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        simplified,
                        traditional,
                        pinyin,
                        json.dumps(list(senses), ensure_ascii=False),
                        WordStatus(status).value,
                        json.dumps(list(tags), ensure_ascii=False),
                        note,
                        moment,
                        moment,
                    ),
                ).lastrowid
                assert word_id is not None  # an INSERT always has a row id
            else:
                word_id, old_senses, old_tags, old_note = row
                db.execute(
                    "UPDATE words SET traditional = ?, pinyin = ?, senses = ?, status = ?,"
                    " tags = ?, note = ?, updated_at = ? WHERE id = ?",
                    (
                        traditional,
                        pinyin,
                        merged(old_senses, senses),
                        WordStatus(status).value,
                        merged(old_tags, tags),
                        note or old_note,
                        moment,
                        word_id,
                    ),
                )
            if sentence:
                db.execute(
                    "INSERT OR IGNORE INTO contexts (word_id, sentence, position, source,"
                    " source_offset, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (word_id, sentence, position, source, offset, moment),
                )
            for name in lists:
                self._add_to_list(db, name, [word_id])
            return self._word_by_id(db, word_id)

    @translating
    def annotate(
        self,
        word_id: int,
        *,
        tags: Iterable[str] | None = None,
        note: str | None = None,
        senses: Iterable[str] | None = None,
        sentence: str | None = None,
    ) -> SavedWord:
        """Replace a saved word's tags, note, meaning (its senses) and/or its card's
        sentence (the first it was saved with; "" drops it)."""
        with self._transaction() as db:
            if senses is not None:
                db.execute(
                    "UPDATE words SET senses = ?, updated_at = ? WHERE id = ?",
                    (json.dumps(list(senses), ensure_ascii=False), now(), word_id),
                )
            if sentence is not None:
                self._replace_first_sentence(db, word_id, sentence)
            if tags is not None:
                db.execute(
                    "UPDATE words SET tags = ?, updated_at = ? WHERE id = ?",
                    (json.dumps(list(tags), ensure_ascii=False), now(), word_id),
                )
            if note is not None:
                db.execute(
                    "UPDATE words SET note = ?, updated_at = ? WHERE id = ?", (note, now(), word_id)
                )
            return self._word_by_id(db, word_id)

    # Reading words back -------------------------------------------------------------

    @translating
    def words(
        self,
        status: WordStatus | None = None,
        since: datetime | None = None,
        in_list: str | None = None,
    ) -> list[SavedWord]:
        """Saved words in the order they were added, optionally only one status, those
        added at or after ``since``, and/or those in the named list ``in_list``."""
        query, params = "SELECT * FROM words WHERE 1 = 1", []
        if in_list is not None:
            query += (
                " AND id IN (SELECT word_id FROM list_words JOIN lists ON lists.id = list_id"
                " WHERE lists.name = ?)"
            )
            params.append(clean_list_name(in_list))
        if status is not None:
            query += " AND status = ?"
            params.append(WordStatus(status).value)
        if since is not None:
            query += " AND added_at >= ?"
            params.append(stamp(since))
        with self._transaction("DEFERRED") as db:
            rows = db.execute(query + " ORDER BY added_at, id", params).fetchall()
            return self._to_words(db, rows)

    @translating
    def find(self, word: str, pinyin: str | None = None) -> list[SavedWord]:
        """The saved entries of ``word`` (either script), optionally of one reading."""
        query, params = (
            "SELECT * FROM words WHERE (simplified = ? OR traditional = ?)",
            [word, word],
        )
        if pinyin is not None:
            query += " AND pinyin = ?"
            params.append(pinyin)
        with self._transaction("DEFERRED") as db:
            rows = db.execute(query + " ORDER BY added_at, id", params).fetchall()
            return self._to_words(db, rows)

    def _word_by_id(self, db: sqlite3.Connection, word_id: int) -> SavedWord:
        row = db.execute("SELECT * FROM words WHERE id = ?", (word_id,)).fetchone()
        return self._to_words(db, [row])[0]

    def _to_words(self, db: sqlite3.Connection, rows: list) -> list[SavedWord]:
        ids = [row[0] for row in rows]
        contexts, lists = self._contexts(db, ids), self._lists_of(db, ids)
        return [to_word(row, contexts.get(row[0], ()), lists.get(row[0], ())) for row in rows]

    def _contexts(
        self, db: sqlite3.Connection, word_ids: list[int]
    ) -> dict[int, tuple[Context, ...]]:
        found: dict[int, list[Context]] = {}
        for chunk, marks in in_batches(word_ids):
            rows = db.execute(
                "SELECT word_id, sentence, position, source, source_offset, added_at FROM contexts"
                f" WHERE word_id IN ({marks}) ORDER BY added_at, id",
                chunk,
            )
            for row in rows:
                found.setdefault(row[0], []).append(to_context(row[1:]))
        return {word_id: tuple(items) for word_id, items in found.items()}

    # Anki -------------------------------------------------------------------------------

    @translating
    def unsent(self, in_list: str | None = None) -> list[SavedWord]:
        """Words being learnt (new or learning, with a reading) not yet sent to Anki, of
        one named list if ``in_list``."""
        sent = {
            word_id for (word_id,) in self._connection().execute("SELECT word_id FROM anki_pushes")
        }
        return [
            word
            for status in (WordStatus.NEW, WordStatus.LEARNING)
            for word in self.words(status, in_list=in_list)
            if word.id not in sent and word.pinyin
        ]

    # Removing words -----------------------------------------------------------------

    @translating
    def delete(self, word_id: int) -> None:
        """Forget a saved word with its sentences (and the record of its Anki note)."""
        with self._transaction() as db:
            db.execute("DELETE FROM words WHERE id = ?", (word_id,))

    @translating
    def restore(self, word: SavedWord) -> SavedWord:
        """Put back a word :meth:`delete` removed, as it was: its id, dates and sentences."""
        added = stamp(word.added) if word.added else now()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO words (id, simplified, traditional, pinyin, senses, status, tags,"
                " note, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    word.id,
                    word.simplified,
                    word.traditional,
                    word.pinyin,
                    json.dumps(list(word.senses), ensure_ascii=False),
                    WordStatus(word.status).value,
                    json.dumps(list(word.tags), ensure_ascii=False),
                    word.note,
                    added,
                    now(),
                ),
            )
            db.executemany(
                "INSERT INTO contexts (word_id, sentence, position, source, source_offset,"
                " added_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        word.id,
                        c.sentence,
                        c.position,
                        c.source,
                        c.offset,
                        stamp(c.added) if c.added else added,
                    )
                    for c in word.contexts
                ],
            )
            for name in word.lists:
                self._add_to_list(db, name, [word.id])
            return self._word_by_id(db, word.id)
