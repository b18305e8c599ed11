"""The SQLite side of the vocabulary store: opening and checking the file, one connection
per thread, and write transactions that wait for and retry a lock held by another process.

WAL mode lets the reader keep reading while another thread or process writes; every change
runs in one ``BEGIN IMMEDIATE`` transaction (taking the write lock up front, so the busy
timeout applies instead of a deadlock between two upgrading readers), retried a few times
if another process holds the lock for long.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from readaid.vocab import migrations

DATABASE_NAME = "vocabulary.sqlite3"
BUSY_TIMEOUT_SECONDS = 10.0
LOCK_RETRIES = 5

T = TypeVar("T")
D = TypeVar("D", bound="Database")


class StoreError(Exception):
    """A one-line, user-facing reason the store cannot be used or changed."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def stamp(moment: datetime) -> str:
    """The stored form of ``moment`` (naive means local time), comparable as text."""
    try:
        utc = moment.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        # The first or last day of the calendar, moved out of it by the local offset.
        utc = (datetime.min if moment.year < 5000 else datetime.max).replace(tzinfo=timezone.utc)
    return utc.isoformat(timespec="microseconds")


def _is_locked(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def translating(method: Callable[..., T]) -> Callable[..., T]:
    """Turn SQLite's exceptions into :class:`StoreError` at the store's boundary."""

    @functools.wraps(method)
    def wrapper(self: Database, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            if _is_locked(error):
                raise StoreError(
                    f"the vocabulary store {self.path} is busy (another readaid is writing); "
                    "try again"
                ) from error
            if "full" in str(error):
                raise StoreError(
                    f"the disk holding {self.path} is full: this change was not saved "
                    "(nothing saved before is lost); free some space and try again"
                ) from error
            raise StoreError(f"vocabulary store {self.path}: {error}") from error

    return wrapper


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()

    @classmethod
    def open(cls: type[D], data_dir: Path | None = None) -> D:
        """Open (creating or upgrading) the store in ``data_dir`` (default: readaid's data
        folder). Raises :class:`StoreError` for a corrupt file, a file from a newer readaid
        or a folder readaid cannot write to; in each case the file is left untouched."""
        if data_dir is None:
            from readaid import paths

            data_dir = paths.data_dir()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"cannot create the data folder {data_dir}: {error.strerror}"
            ) from None
        store = cls(data_dir / DATABASE_NAME)
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    def _prepare(self) -> None:
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            connection = self._connection()
            if existed:
                # Read-only checks first: nothing is written until the file is known good.
                problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
                if problems != ["ok"]:
                    raise sqlite3.DatabaseError(problems[0])
            migrations.check_not_newer(migrations.applied(connection))
            # Switching to WAL takes an exclusive lock that ignores the busy timeout, so two
            # readers opening a new store together retry instead of failing.
            for attempt in range(LOCK_RETRIES):
                try:
                    connection.execute("PRAGMA journal_mode = WAL")
                    migrations.migrate(connection)
                    break
                except sqlite3.OperationalError as error:
                    if not _is_locked(error) or attempt == LOCK_RETRIES - 1:
                        raise
                    time.sleep(0.05 * 2**attempt)
        except migrations.SchemaTooNew as error:
            raise StoreError(
                f"{self.path} was written by a newer readaid (schema {error}); "
                "upgrade readaid to use it"
            ) from None
        except sqlite3.OperationalError as error:
            if "readonly" in str(error) or "unable to open" in str(error):
                raise StoreError(
                    f"cannot write the vocabulary store in {self.path.parent}: {error}"
                ) from None
            if _is_locked(error):
                raise StoreError(f"the vocabulary store {self.path} is busy; try again") from None
            raise StoreError(f"cannot open the vocabulary store {self.path}: {error}") from None
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"{self.path} is not a readable vocabulary store ({error}); "
                "it was left as it is: move it away to start a new one"
            ) from None

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,  # we issue BEGIN/COMMIT ourselves
                check_same_thread=False,  # only so close() may close every thread's connection
            )
            connection.execute("PRAGMA foreign_keys = ON")
            self._local.connection = connection
            with self._connections_lock:
                self._connections.append(connection)
        return connection

    @contextmanager
    def _transaction(self, mode: str = "IMMEDIATE") -> Iterator[sqlite3.Connection]:
        connection = self._connection()
        for attempt in range(LOCK_RETRIES):
            try:
                connection.execute(f"BEGIN {mode}")
                break
            except sqlite3.OperationalError as error:
                if not _is_locked(error) or attempt == LOCK_RETRIES - 1:
                    raise
                time.sleep(0.05 * 2**attempt)
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            # SQLite has already rolled back after some errors (a full disk, for one);
            # a second ROLLBACK would hide the real reason behind "no transaction".
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._connections_lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self: D) -> D:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
