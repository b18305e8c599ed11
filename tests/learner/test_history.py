"""Progress over time: words that became known per day, texts read, and ``stats --history``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from readaid.cli import cli
from readaid.learner.history import progress, sparkline
from readaid.positions import FILE_NAME, ReadingPositions
from readaid.vocab.database import DATABASE_NAME
from readaid.vocab.migrations import migrate
from readaid.vocab.model import WordStatus
from readaid.vocab.store import VocabularyStore


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def backdate(store: VocabularyStore, word: str, day: str) -> None:
    store._connection().execute(
        "UPDATE status_history SET changed_at = ? WHERE word = ?", (f"{day}T10:00:00+00:00", word)
    )


def test_every_way_of_knowing_a_word_is_recorded_once_per_word(tmp_path: Path):
    with VocabularyStore.open(tmp_path) as store:
        store.set_status("银行", WordStatus.KNOWN)
        store.save("工作", "工作", "gong1 zuo4", status=WordStatus.KNOWN)
        store.mark_known([("学习", "學習", "xue2 xi2"), ("银行", "銀行", "")])
        store.set_status("猫", WordStatus.LEARNING)
        backdate(store, "银行", "2026-11-01")
        store.set_status("银行", WordStatus.LEARNING)
        store.set_status("银行", WordStatus.KNOWN)  # again: still counted on its first day
        per_day = dict(store.known_per_day())
        assert per_day["2026-11-01"] == 1
        assert sum(per_day.values()) == 3  # 银行, 工作, 学习; not 猫
        assert store.known_count() == 3


def test_an_older_store_starts_its_history_with_the_words_it_knows(tmp_path: Path):
    connection = sqlite3.connect(tmp_path / DATABASE_NAME, isolation_level=None)
    migrate(connection, upto=4)
    connection.execute(
        "INSERT INTO words (simplified, traditional, status, added_at, updated_at)"
        " VALUES ('银行', '銀行', 'known', '2026-10-01T00:00:00+00:00',"
        " '2026-10-02T00:00:00+00:00')"
    )
    connection.close()
    with VocabularyStore.open(tmp_path) as store:
        assert store.known_per_day() == [("2026-10-02", 1)]


def test_progress_adds_up_days_and_lists_texts_read(tmp_path: Path):
    positions = ReadingPositions(tmp_path / FILE_NAME)
    positions.remember("k1", name="novel.txt", source="novel.txt", offset=250, length=1000)
    with VocabularyStore.open(tmp_path) as store:
        for word, day in (("银行", "2026-11-01"), ("工作", "2026-11-01"), ("学习", "2026-11-03")):
            store.set_status(word, WordStatus.KNOWN)
            backdate(store, word, day)
        found = progress(store, positions)
    assert [(d.day, d.newly_known, d.known_total) for d in found.days] == [
        ("2026-11-01", 2, 2),
        ("2026-11-03", 1, 3),
    ]
    assert [(t.name, t.read_share) for t in found.texts] == [("novel.txt", 0.25)]


def test_sparkline_rises_with_the_values():
    assert sparkline([1, 2, 3, 10]) == "▁▁▂█"
    assert sparkline([5, 5]) == "▁▁"
    assert sparkline([]) == ""


def test_stats_history_prints_days_totals_and_texts(tmp_path: Path):
    ReadingPositions(tmp_path / FILE_NAME).remember(
        "k1", name="[red]novel[/red].txt", source="x", offset=500, length=1000
    )
    with VocabularyStore.open(tmp_path) as store:
        for word, day in (("银行", "2026-11-01"), ("工作", "2026-11-02")):
            store.set_status(word, WordStatus.KNOWN)
            backdate(store, word, day)
    result = run("stats", "--history", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Words known: 2" in result.output
    assert "2026-11-01 ▁█ 2026-11-02" in result.output
    assert "+1" in result.output
    assert "[red]novel[/red].txt" in result.output and "50.0%" in result.output
    result = run("stats", "--history", "--json", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["known"] == 2
    assert payload["days"][-1] == {"day": "2026-11-02", "newly_known": 1, "known_total": 2}
    assert payload["texts"][0]["read_share"] == 0.5


def test_an_empty_history_says_how_to_start(tmp_path: Path):
    result = run("stats", "--history", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Words known: 0" in result.output
    assert "No word marked known yet" in result.output
