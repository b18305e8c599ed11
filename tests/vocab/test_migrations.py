"""Schema versions: a fresh store, an older store upgraded in place, a newer one refused,
and files that are not a store at all left exactly as they were."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from readaid.vocab import migrations
from readaid.vocab.database import DATABASE_NAME
from readaid.vocab.store import StoreError, VocabularyStore


def recorded(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return migrations.applied(connection)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fresh_store_records_every_migration_in_order(data_dir: Path) -> None:
    VocabularyStore.open(data_dir).close()
    assert recorded(data_dir / DATABASE_NAME) == migrations.KNOWN_NAMES
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_an_older_store_is_upgraded_keeping_its_words(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_NAME
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(connection, upto=1)
    connection.execute(
        "INSERT INTO words (simplified, traditional, pinyin, senses, status, added_at, updated_at)"
        " VALUES ('猫', '貓', 'mao1', '[\"cat\"]', 'known', '2020-01-01T00:00:00.000000+00:00',"
        " '2020-01-01T00:00:00.000000+00:00')"
    )
    connection.close()
    assert recorded(path) == migrations.KNOWN_NAMES[:1]

    with VocabularyStore.open(data_dir) as store:
        [word] = store.words()
        assert (word.simplified, word.senses, word.status.value) == ("猫", ("cat",), "known")
        store.save_overrides("doc", {1}, set())  # needs migration 2
        store.record_sent([(word.id, 7)], deck="d")  # needs migration 3
        assert store.load_overrides("doc") == ({1}, set())
    assert recorded(path) == migrations.KNOWN_NAMES


def test_reopening_applies_nothing_twice(data_dir: Path) -> None:
    VocabularyStore.open(data_dir).close()
    connection = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    assert migrations.migrate(connection) == []
    connection.close()


def test_a_store_from_a_newer_readaid_is_refused_untouched(data_dir: Path) -> None:
    VocabularyStore.open(data_dir).close()
    path = data_dir / DATABASE_NAME
    with sqlite3.connect(path) as connection:
        connection.execute(
            f"INSERT INTO {migrations.MIGRATIONS_TABLE} VALUES ('0099_from_the_future', 'x')"
        )
        connection.execute("PRAGMA journal_mode = DELETE")
    before = digest(path)
    with pytest.raises(StoreError, match="newer readaid.*0099_from_the_future"):
        VocabularyStore.open(data_dir)
    assert digest(path) == before
    assert recorded(path)[-1] == "0099_from_the_future"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda good: b"these are my notes, not a database\n" * 40, id="text"),
        pytest.param(lambda good: good[: len(good) // 2], id="truncated"),
        pytest.param(lambda good: good[:100] + b"\xff" * (len(good) - 100), id="overwritten"),
    ],
)
def test_a_corrupt_file_gets_a_clear_error_and_is_left_byte_for_byte(
    data_dir: Path, damage
) -> None:
    with VocabularyStore.open(data_dir) as store:
        for n in range(300):
            store.save(f"词{n}", f"詞{n}", "ci2", sentence="句子" * 20)
    path = data_dir / DATABASE_NAME
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    path.write_bytes(damage(path.read_bytes()))
    before = digest(path)
    with pytest.raises(StoreError, match="not a readable vocabulary store") as raised:
        VocabularyStore.open(data_dir)
    assert "\n" not in str(raised.value)
    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DATABASE_NAME]


def test_a_data_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        VocabularyStore.open(blocker / "data")
