"""``readaid vocab``: words of the learner's own, statuses only for words that exist,
imports that choose a status, and exports that never replace a deck with nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli import listed, run  # noqa: F401 - the fixture


def test_add_saves_a_word_the_dictionary_lacks(run) -> None:  # noqa: F811
    result = run("add", "东谈主", "--pinyin", "dōng tán zhǔ", "--meaning", "people; humans")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "saved 东谈主 東談主 dōngtánzhǔ"
    (word,) = listed(run)
    assert (word["simplified"], word["pinyin"], word["senses"]) == (
        "东谈主",
        "dong1 tan2 zhu3",
        ["people", "humans"],
    )


def test_add_with_a_meaning_of_ones_own_for_a_dictionary_word(run) -> None:  # noqa: F811
    result = run("add", "银行", "--meaning", "where my salary goes")
    assert result.exit_code == 0, result.output
    (word,) = listed(run)
    assert word["pinyin"] == "yin2 hang2" and word["senses"] == ["where my salary goes"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["东谈主", "--meaning", "people"], "东谈主 is not in the dictionary: give its reading"),
        (["东谈主", "--pinyin", "dong tan", "--meaning", "people"], "one syllable for each"),
        (["东谈主", "--pinyin", "!!", "--meaning", "people"], "one syllable for each"),
        (["qwerty", "--pinyin", "kuai4", "--meaning", "x"], "has no Chinese characters"),
    ],
)
def test_add_of_ones_own_refuses_clearly(run, args, message) -> None:  # noqa: F811
    result = run("add", *args)
    assert result.exit_code == 1, result.output
    assert result.output.startswith("readaid: ") and message in result.output
    assert listed(run) == []


def test_a_status_needs_a_word_that_exists(run) -> None:  # noqa: F811
    result = run("status", "qwerty", "known")
    assert result.exit_code == 1
    assert "'qwerty' is neither saved nor in the dictionary" in result.output
    assert listed(run) == []
    # A dictionary word never saved, and a word of one's own, both take a status.
    assert run("status", "图书馆", "known").exit_code == 0
    assert run("add", "东谈主", "--pinyin", "dong1 tan2 zhu3", "--meaning", "x").exit_code == 0
    assert run("status", "东谈主", "ignored").exit_code == 0
    assert {w["simplified"]: w["status"] for w in listed(run)} == {
        "图书馆": "known",
        "东谈主": "ignored",
    }


def test_import_with_a_status(run, tmp_path: Path) -> None:  # noqa: F811
    deck = tmp_path / "deck.txt"
    deck.write_text("银行\n学生\n", encoding="utf-8")
    result = run("import", str(deck), "--status", "learning")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "marked 2 words learning (0 already learning)"
    assert {w["status"] for w in listed(run)} == {"learning"}
    assert run("import", str(deck), "--status", "new").exit_code == 2


@pytest.mark.parametrize("export_format", ["apkg", "csv"])
def test_an_export_that_selects_nothing_writes_nothing(
    run,  # noqa: F811
    tmp_path: Path,
    export_format,
) -> None:
    assert run("add", "银行").exit_code == 0
    out = tmp_path / f"x.{export_format}"
    assert run("export", "--format", export_format, "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    result = run("export", "--format", export_format, "-o", str(out), "--since", "2030-01-01")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "readaid: no new and learning words added since 2030-01-01 to export; "
        f"{out} was not written"
    )
    assert out.read_bytes() == before
    fresh = tmp_path / "never.csv"
    result = run("export", "--format", "csv", "-o", str(fresh), "--status", "ignored")
    assert result.exit_code == 1 and "no ignored words to export" in result.output
    assert not fresh.exists()
