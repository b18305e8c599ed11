"""Ordered, named schema migrations recorded in the database itself (the sqlite-utils
model). Each migration runs in its own transaction together with the row that records it,
so a crash leaves the store either before or after a migration, never half way.

Never edit or reorder a released migration: append a new one."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

MIGRATIONS_TABLE = "readaid_migrations"

#: (name, statements), applied in this order.
MIGRATIONS: list[tuple[str, tuple[str, ...]]] = [
    (
        "0001_words_and_contexts",
        (
            """CREATE TABLE words (
                id INTEGER PRIMARY KEY,
                simplified TEXT NOT NULL,
                traditional TEXT NOT NULL,
                pinyin TEXT NOT NULL DEFAULT '',
                senses TEXT NOT NULL DEFAULT '[]',
                status TEXT NOT NULL DEFAULT 'learning'
                    CHECK (status IN ('new', 'learning', 'known', 'ignored')),
                tags TEXT NOT NULL DEFAULT '[]',
                note TEXT NOT NULL DEFAULT '',
                added_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (simplified, traditional, pinyin)
            )""",
            "CREATE INDEX words_traditional ON words (traditional)",
            "CREATE INDEX words_added_at ON words (added_at)",
            """CREATE TABLE contexts (
                id INTEGER PRIMARY KEY,
                word_id INTEGER NOT NULL REFERENCES words (id) ON DELETE CASCADE,
                sentence TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                source TEXT NOT NULL DEFAULT '',
                source_offset INTEGER NOT NULL DEFAULT 0,
                added_at TEXT NOT NULL,
                UNIQUE (word_id, sentence, source, source_offset)
            )""",
        ),
    ),
    (
        "0002_segmentation_overrides",
        (
            """CREATE TABLE overrides (
                document_key TEXT PRIMARY KEY,
                breaks TEXT NOT NULL DEFAULT '[]',
                joins TEXT NOT NULL DEFAULT '[]',
                updated_at TEXT NOT NULL
            )""",
        ),
    ),
    (
        "0003_anki_pushes",
        (
            """CREATE TABLE anki_pushes (
                word_id INTEGER PRIMARY KEY REFERENCES words (id) ON DELETE CASCADE,
                note_id INTEGER,
                deck TEXT NOT NULL,
                pushed_at TEXT NOT NULL
            )""",
        ),
    ),
    (
        "0004_paragraph_roles",
        (
            """CREATE TABLE paragraph_roles (
                document_key TEXT NOT NULL,
                paragraph_start INTEGER NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('text', 'furniture')),
                PRIMARY KEY (document_key, paragraph_start)
            )""",
        ),
    ),
    (
        "0005_named_lists",
        (
            """CREATE TABLE lists (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE list_words (
                list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
                word_id INTEGER NOT NULL REFERENCES words (id) ON DELETE CASCADE,
                added_at TEXT NOT NULL,
                PRIMARY KEY (list_id, word_id)
            )""",
            "CREATE INDEX list_words_word ON list_words (word_id)",
        ),
    ),
    (
        "0006_status_history",
        (
            # Kept by the words it names, not their ids: the history outlives a deleted word.
            """CREATE TABLE status_history (
                id INTEGER PRIMARY KEY,
                word TEXT NOT NULL,
                status TEXT NOT NULL,
                changed_at TEXT NOT NULL
            )""",
            "CREATE INDEX status_history_status ON status_history (status, word)",
            # Words known before the history began count from when they last changed.
            "INSERT INTO status_history (word, status, changed_at)"
            " SELECT simplified, status, updated_at FROM words WHERE status = 'known'",
            # Triggers, so that every way a status changes is recorded.
            """CREATE TRIGGER words_status_inserted AFTER INSERT ON words BEGIN
                INSERT INTO status_history (word, status, changed_at)
                VALUES (NEW.simplified, NEW.status, NEW.updated_at);
            END""",
            """CREATE TRIGGER words_status_updated AFTER UPDATE OF status ON words
            WHEN NEW.status IS NOT OLD.status BEGIN
                INSERT INTO status_history (word, status, changed_at)
                VALUES (NEW.simplified, NEW.status, NEW.updated_at);
            END""",
        ),
    ),
]

KNOWN_NAMES = [name for name, _ in MIGRATIONS]


class SchemaTooNew(Exception):
    """The database was migrated by a newer readaid; it must not be touched."""


def applied(connection: sqlite3.Connection) -> list[str]:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if not exists:
        return []
    rows = connection.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid")
    return [name for (name,) in rows]


def check_not_newer(names: list[str]) -> None:
    unknown = [name for name in names if name not in KNOWN_NAMES]
    if unknown:
        raise SchemaTooNew(unknown[-1])


def migrate(connection: sqlite3.Connection, upto: int | None = None) -> list[str]:
    """Apply the migrations not yet recorded (the first ``upto`` only, for tests that
    build an older store). ``connection`` must be in autocommit mode. Returns the names
    applied now."""
    wanted = MIGRATIONS if upto is None else MIGRATIONS[:upto]
    done_now = []
    for name, statements in wanted:
        # BEGIN IMMEDIATE takes the write lock first, so two processes opening a fresh
        # store cannot both run the same migration.
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute(
                f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
                "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            if name not in applied(connection):
                for statement in statements:
                    connection.execute(statement)
                connection.execute(
                    f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                    (name, datetime.now(timezone.utc).isoformat()),
                )
                done_now.append(name)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return done_now
