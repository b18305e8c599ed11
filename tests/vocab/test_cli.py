"""``readaid vocab`` as the learner types it (the real dictionary; each test its own store)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.vocab.database import DATABASE_NAME

from .fake_anki import FakeAnki


@pytest.fixture
def run(data_dir: Path, core):
    """Invoke ``readaid vocab --data-dir <test's folder> ...``."""
    runner = CliRunner()

    def invoke(*args: str, env: dict | None = None):
        return runner.invoke(cli, ["vocab", "--data-dir", str(data_dir), *args], env=env)

    return invoke


def listed(run) -> list[dict]:
    result = run("list", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_add_fills_the_word_from_the_dictionary(run) -> None:
    result = run(
        "add", "銀行", "--sentence", "我去銀行取錢。", "--source", "diary.txt", "--tag", "finance"
    )
    assert result.exit_code == 0, result.output
    assert "saved 银行 銀行 yínháng" in result.output
    [word] = listed(run)
    assert (word["simplified"], word["traditional"], word["pinyin"]) == (
        "银行",
        "銀行",
        "yin2 hang2",
    )
    assert "bank" in word["senses"]
    assert word["tags"] == ["finance"] and word["status"] == "learning"
    assert word["contexts"] == [
        {"sentence": "我去銀行取錢。", "position": 2, "source": "diary.txt", "offset": 0}
    ]


def test_adding_again_adds_the_sentence(run) -> None:
    assert run("add", "银行", "--sentence", "银行关门了。").exit_code == 0
    result = run("add", "银行", "--sentence", "我在银行工作。")
    assert result.exit_code == 0, result.output
    assert "(2 sentences)" in result.output
    [word] = listed(run)
    assert [c["position"] for c in word["contexts"]] == [0, 2]


def test_add_chooses_a_reading_with_pinyin(run) -> None:
    result = run("add", "行")
    assert result.exit_code == 0, result.output
    assert "other readings:" in result.output and "--pinyin" in result.output
    result = run("add", "行", "--pinyin", "xing2")
    assert result.exit_code == 0, result.output
    assert {w["pinyin"] for w in listed(run)} >= {"xing2"}
    result = run("add", "行", "--pinyin", "zzz9")
    assert result.exit_code == 1
    assert "has no reading 'zzz9'" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["add", "qwertyuiop"],
            "no dictionary entry for 'qwertyuiop': save it with your own "
            '--pinyin "…" --meaning "…"',
        ),
        (["add", "银行", "--sentence", "没有这个词。"], "the sentence does not contain 银行"),
    ],
)
def test_add_refuses_clearly(run, args, message) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert result.output.strip() == f"readaid: {message}"


def test_list_and_status(run) -> None:
    assert run("add", "猫").exit_code == 0
    result = run("status", "貓", "known")
    assert result.exit_code == 0, result.output
    result = run("list")
    assert result.exit_code == 0, result.output
    simplified, traditional, pinyin, status, senses = result.output.rstrip("\n").split("\t")
    assert (simplified, traditional, pinyin, status) == ("猫", "貓", "māo", "known")
    assert "cat" in senses
    assert run("list", "--status", "learning").output == ""
    assert run("status", "猫", "sleepy").exit_code == 2


def test_list_never_prints_control_sequences(run, data_dir) -> None:
    assert run("add", "猫", "--sentence", "猫\x1b[31m红").exit_code == 0
    from readaid.vocab.store import VocabularyStore

    with VocabularyStore.open(data_dir) as store:
        store.save("猫", "貓", "mao1", senses=["\x1b]0;pwned\x07cat"])
    result = run("list")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_import_marks_known(run, tmp_path: Path) -> None:
    known = tmp_path / "known.txt"
    known.write_text("银行\n學生\nhello\n", encoding="utf-8")
    result = run("import", str(known))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "marked 2 words known (0 already known); skipped 1 entries with no Chinese word"
    )
    assert {w["simplified"]: w["status"] for w in listed(run)} == {"银行": "known", "学生": "known"}
    result = run("import", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and result.output.startswith("readaid: cannot read")


def test_export_filters_by_status_and_date(run, tmp_path: Path) -> None:
    for word in ("银行", "猫"):
        assert run("add", word).exit_code == 0
    assert run("status", "猫", "known").exit_code == 0
    out = tmp_path / "words.csv"
    result = run("export", "--format", "csv", "-o", str(out), "--status", "learning", "--bom")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"exported 1 words to {out}"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["simplified"] for row in csv.DictReader(handle)] == ["银行"]
    # Selecting nothing writes nothing (tests/vocab/test_cli_own_words.py).
    result = run("export", "--format", "pleco", "-o", str(out), "--since", "2999-01-01")
    assert result.exit_code == 1 and "was not written" in result.output
    result = run("export", "--format", "apkg", "-o", str(tmp_path / "deck.apkg"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "deck.apkg").read_bytes()[:2] == b"PK"
    assert result.output.strip() == f"exported 1 words to {tmp_path / 'deck.apkg'}", (
        "by default only the words being learnt become cards"
    )
    result = run("export", "--format", "csv", "-o", str(out), "--status", "all")
    assert result.output.strip() == f"exported 2 words to {out}"


def test_export_to_a_missing_folder_is_one_line(run, tmp_path: Path) -> None:
    assert run("add", "银行").exit_code == 0
    result = run("export", "--format", "csv", "-o", str(tmp_path / "no" / "such.csv"))
    assert result.exit_code == 1
    assert result.output.startswith("readaid: cannot write in") and result.output.count("\n") == 1


def test_push_to_anki(run) -> None:
    assert run("add", "银行").exit_code == 0
    with FakeAnki() as anki:
        result = run("push", "--deck", "Chinese", env={"READAID_ANKICONNECT_URL": anki.url})
        assert result.exit_code == 0, result.output
        assert result.output.strip() == "sent 1 words to Anki deck 'Chinese'"
        result = run("push", "--deck", "Chinese", "--anki-url", anki.url)
    assert result.output.strip() == "sent 0 words to Anki deck 'Chinese'"
    assert [n["fields"]["Simplified"] for n in anki.notes] == ["银行"]


def test_push_without_anki_is_one_line_and_nonzero(run) -> None:
    assert run("add", "银行").exit_code == 0
    result = run("push", "--anki-url", "http://127.0.0.1:9", "--timeout", "2")
    assert result.exit_code == 1
    assert result.output.startswith("readaid: cannot reach Anki") and result.output.count("\n") == 1
    with FakeAnki() as anki:
        assert run("push", "--anki-url", anki.url).output.strip().startswith("sent 1 words")


def test_a_corrupt_store_is_one_line_and_untouched(run, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_NAME
    path.write_bytes(b"not sqlite at all\x00" * 100)
    before = path.read_bytes()
    result = run("list")
    assert result.exit_code == 1
    assert result.output.startswith("readaid: ") and result.output.count("\n") == 1
    assert "not a readable vocabulary store" in result.output
    assert path.read_bytes() == before


def test_a_newer_store_is_refused(run, data_dir: Path) -> None:
    assert run("add", "猫").exit_code == 0
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        connection.execute("INSERT INTO readaid_migrations VALUES ('9999_future', 'x')")
    result = run("list")
    assert result.exit_code == 1
    assert "newer readaid" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("device", ["/dev/zero", "fifo"])
def test_import_from_a_device_or_fifo_is_one_line(run, tmp_path: Path, device: str) -> None:
    import os

    if device == "fifo":
        device = str(tmp_path / "fifo")
        os.mkfifo(device)
    result = run("import", device)
    assert result.exit_code == 1
    assert result.output == f"readaid: cannot read {device}: not a regular file\n"
