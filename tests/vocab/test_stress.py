"""The store under stress: a lock held by another process, a full disk. Each ends in a
clear message or success, and never loses a word saved before."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from readaid.vocab import database
from readaid.vocab.store import StoreError, VocabularyStore


def hold_write_lock(path: Path, seconds: float, ready: threading.Event) -> threading.Thread:
    """Another writer (its own connection, as another process would have) keeps the
    write lock for ``seconds``."""

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO overrides VALUES ('held', '[]', '[]', 'now')")
        ready.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    return thread


def test_a_lock_held_for_seconds_is_waited_for(tmp_path: Path) -> None:
    with VocabularyStore.open(tmp_path) as store:
        store.save("猫", "貓", "mao1")
        ready = threading.Event()
        holder = hold_write_lock(store.path, 2.0, ready)
        ready.wait()
        started = time.monotonic()
        store.save("银行", "銀行", "yin2 hang2")
        waited = time.monotonic() - started
        holder.join()
        assert waited >= 1.5, "the save waited for the other writer"
        assert {w.simplified for w in store.words()} == {"猫", "银行"}


def test_a_lock_held_too_long_is_a_clear_message(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    monkeypatch.setattr(database, "LOCK_RETRIES", 2)
    with VocabularyStore.open(tmp_path) as store:
        store.save("猫", "貓", "mao1")
    with VocabularyStore.open(tmp_path) as store:
        ready = threading.Event()
        holder = hold_write_lock(store.path, 3.0, ready)
        ready.wait()
        with pytest.raises(StoreError, match="is busy .*try again"):
            store.save("银行", "銀行", "yin2 hang2")
        holder.join()
        store.save("银行", "銀行", "yin2 hang2")
        assert {w.simplified for w in store.words()} == {"猫", "银行"}


def test_a_full_disk_is_a_clear_message_and_loses_nothing(tmp_path: Path) -> None:
    with VocabularyStore.open(tmp_path) as store:
        store.save("猫", "貓", "mao1", sentence="我有一只猫。")
        connection = store._connection()
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        # SQLite reports a database that may not grow as "database or disk is full".
        connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="is full: this change was not saved"):
            for number in range(2000):
                store.save(f"词{number}", f"詞{number}", "ci2", sentence="很长的句子。" * 20)
        connection.execute("PRAGMA max_page_count = 1073741823")
        saved = store.find("猫")[0]
        assert saved.contexts[0].sentence == "我有一只猫。"
        store.save("银行", "銀行", "yin2 hang2")
        assert store.find("银行")
