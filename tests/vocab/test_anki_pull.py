"""``vocab pull``: Anki's intervals become statuses, raised only, every change reported;
tested against a local server that speaks AnkiConnect's protocol."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.vocab import notetype
from readaid.vocab.anki_pull import characters_of
from readaid.vocab.model import WordStatus
from readaid.vocab.store import VocabularyStore

from .fake_anki import FakeAnki

REVIEW, LEARNING, NEW = 2, 1, 0


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def pull(data_dir: Path, anki: FakeAnki, *args: str):
    """``readaid vocab pull`` into the store at ``data_dir`` from the fake Anki."""
    return run("vocab", "--data-dir", str(data_dir), "pull", "--anki-url", anki.url, *args)


def ours(anki: FakeAnki, word: str, interval: int, card_type: int) -> None:
    fields = dict.fromkeys(notetype.FIELDS, "")
    fields["Simplified"] = f"<b>{word}</b>"
    anki.add_card("readaid", notetype.NAME, fields, interval, card_type)


def statuses(data_dir: Path) -> dict:
    with VocabularyStore.open(data_dir) as store:
        return store.statuses()


@pytest.mark.parametrize(
    ("field", "word"),
    [("银行", "银行"), ("<div>银行</div>", "银行"), ("&nbsp;銀行 (bank)", "銀行"), ("bank", "")],
)
def test_characters_of_a_field(field, word):
    assert characters_of(field) == word


def test_intervals_become_statuses_and_missing_words_are_added(core, data_dir):
    with VocabularyStore.open(data_dir) as store:
        store.set_status("银行", WordStatus.NEW)
        store.set_status("工作", WordStatus.LEARNING)
    with FakeAnki() as anki:
        ours(anki, "银行", 30, REVIEW)  # mature: known
        ours(anki, "工作", 21, REVIEW)  # exactly the threshold: known
        ours(anki, "学习", 3, LEARNING)  # readaid lacks it: added as learning
        ours(anki, "猫", 0, NEW)  # added, new
        result = pull(data_dir, anki)
    assert result.exit_code == 0, result.output
    assert "changed 银行: new -> known (interval 30 d)" in result.output
    assert "changed 工作: learning -> known (interval 21 d)" in result.output
    assert "added   学习: learning (interval 3 d)" in result.output
    assert "4 words in Anki: 2 added, 2 raised, 0 kept" in result.output
    after = statuses(data_dir)
    assert after["银行"] == after["工作"] == WordStatus.KNOWN
    assert (after["学习"], after["猫"]) == (WordStatus.LEARNING, WordStatus.NEW)
    with VocabularyStore.open(data_dir) as store:
        (study,) = store.find("学习")
    assert study.pinyin == "xue2 xi2" and study.traditional == "學習"  # from the dictionary


def test_a_status_set_in_readaid_is_never_lowered_and_is_reported(core, data_dir):
    with VocabularyStore.open(data_dir) as store:
        store.set_status("银行", WordStatus.KNOWN)
        store.set_status("人", WordStatus.IGNORED)
    with FakeAnki() as anki:
        ours(anki, "银行", 2, LEARNING)
        ours(anki, "人", 40, REVIEW)
        result = pull(data_dir, anki)
    assert result.exit_code == 0, result.output
    assert "kept    银行: known (Anki: learning, interval 2 d)" in result.output
    assert "kept    人: ignored (Anki: known, interval 40 d)" in result.output
    assert (statuses(data_dir)["银行"], statuses(data_dir)["人"]) == (
        WordStatus.KNOWN,
        WordStatus.IGNORED,
    )


def test_the_best_card_of_a_word_counts(core, data_dir):
    with FakeAnki() as anki:
        ours(anki, "银行", 2, LEARNING)  # recall card
        ours(anki, "银行", 25, REVIEW)  # recognition card
        result = pull(data_dir, anki)
    assert result.exit_code == 0, result.output
    assert statuses(data_dir)["银行"] == WordStatus.KNOWN


def test_another_chinese_deck_with_its_own_field(core, data_dir):
    with FakeAnki() as anki:
        for word, interval in (("银行", 50), ("工作", 1)):
            anki.add_card("HSK", "Basic", {"Front": "bank", "Hanzi": word}, interval, REVIEW)
        anki.add_card("HSK", "Basic", {"Front": "x", "Hanzi": "no Chinese"}, 9, REVIEW)
        anki.add_card("Other", "Basic", {"Front": "y", "Hanzi": "猫"}, 50, REVIEW)
        result = pull(data_dir, anki, "--deck", "HSK", "--field", "Hanzi")
    assert result.exit_code == 0, result.output
    assert "1 cards with no Chinese characters in the field skipped" in result.output
    after = statuses(data_dir)
    assert (after["银行"], after["工作"]) == (WordStatus.KNOWN, WordStatus.LEARNING)
    assert "猫" not in after  # another deck


def test_a_field_no_card_has_is_a_clear_error(core, data_dir):
    with FakeAnki() as anki:
        anki.add_card("HSK", "Basic", {"Front": "银行"}, 50, REVIEW)
        result = pull(data_dir, anki, "--deck", "HSK", "--field", "Hanzi")
    assert result.exit_code == 1
    assert "no card has a field 'Hanzi' with Chinese characters" in result.output


def test_the_threshold_comes_from_the_config(core, data_dir, readaid_home, monkeypatch):
    from readaid.config import load_config

    config = Path(readaid_home) / "config.toml"
    config.write_text("[anki]\nknown_interval_days = 60\n", encoding="utf-8")
    load_config.cache_clear()
    try:
        with FakeAnki() as anki:
            ours(anki, "银行", 30, REVIEW)
            result = pull(data_dir, anki)
    finally:
        config.unlink()
        load_config.cache_clear()
    assert result.exit_code == 0, result.output
    assert statuses(data_dir)["银行"] == WordStatus.LEARNING


def test_dry_run_changes_nothing(core, data_dir):
    with FakeAnki() as anki:
        ours(anki, "银行", 30, REVIEW)
        result = pull(data_dir, anki, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "(dry run) 1 words in Anki: 1 added" in result.output
    assert "银行" not in statuses(data_dir)


def test_anki_not_running_is_one_clear_line(core, data_dir):
    result = run(
        "vocab",
        "--data-dir",
        str(data_dir),
        "pull",
        "--anki-url",
        "http://127.0.0.1:9",
        "--timeout",
        "2",
    )
    assert result.exit_code == 1
    assert "cannot reach Anki at http://127.0.0.1:9" in result.output
    assert "is Anki running with the AnkiConnect add-on?" in result.output
    assert "Traceback" not in result.output
