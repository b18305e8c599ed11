"""The plain-text exports: a CSV a spreadsheet opens safely, Pleco and Zhongwen lists,
and atomic writing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from readaid.vocab import exporters
from readaid.vocab.exporters import ExportError, export
from readaid.vocab.store import VocabularyStore, WordStatus


@pytest.fixture
def words(store: VocabularyStore):
    store.save(
        "银行",
        "銀行",
        "yin2 hang2",
        senses=["bank", "CL:家[jia1]"],
        sentence="我去银行。",
        position=2,
        source="a.txt",
        tags=["finance"],
        note="=1+1",
    )
    store.save("猫", "猫", "mao1", senses=["-cat", "@home\tpet"], status=WordStatus.NEW)
    store.save("绿", "綠", "lu:4", senses=["+green"], note="line one\nline two")
    return store.words()


def test_csv_reads_back_with_formulas_neutralised(words, tmp_path: Path) -> None:
    path = tmp_path / "words.csv"
    export(words, "csv", path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["simplified"] for row in rows] == ["银行", "猫", "绿"]
    bank, cat, green = rows
    assert bank["pinyin"] == "yin2 hang2" and bank["pinyin_marks"] == "yínháng"
    assert bank["meaning"] == "bank; CL:家[jia1]"
    assert bank["note"] == "'=1+1"
    assert bank["sentence"] == "我去银行。" and bank["source"] == "a.txt"
    assert bank["status"] == "learning" and bank["tags"] == "finance"
    assert cat["meaning"] == "'-cat; @home\tpet"
    assert green["meaning"] == "'+green"
    assert green["note"] == "line one\nline two"
    assert green["pinyin_marks"] == "lǜ"


def test_csv_bom_option(words, tmp_path: Path) -> None:
    path = tmp_path / "words.csv"
    export(words, "csv", path, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfsimplified,")


def test_pleco_flashcards_group_by_status(words, tmp_path: Path) -> None:
    path = tmp_path / "pleco.txt"
    export(words, "pleco", path)
    assert path.read_text(encoding="utf-8").splitlines() == [
        "//readaid/new",
        "猫\tmao1\t-cat; @home pet",
        "//readaid/learning",
        "银行[銀行]\tyin2hang2\tbank; CL:家[jia1]",
        "绿[綠]\tlü4\t+green",
    ]


def test_zhongwen_word_list(words, tmp_path: Path) -> None:
    path = tmp_path / "zhongwen.txt"
    export(words, "zhongwen", path)
    text = path.read_bytes().decode("utf-8")
    assert text.split("\r\n") == [
        "银行\t銀行\tyín háng\tbank; CL:家[jia1]\t=1+1",
        "猫\t猫\tmāo\t-cat; @home pet\t",
        "绿\t綠\tlǜ\t+green\tline one line two",
        "",
    ]


def test_a_failed_write_leaves_the_previous_file(words, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "words.csv"
    path.write_text("previous export")

    def write_then_fail(stream) -> None:
        stream.write(b"half")
        raise OSError(5, "Input/output error")

    with pytest.raises(ExportError, match="Input/output error"):
        exporters.write_file(path, write_then_fail)
    assert path.read_text() == "previous export"
    assert [p.name for p in out.iterdir()] == ["words.csv"]


def test_exporting_into_a_missing_folder_is_a_clear_error(words, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write in"):
        export(words, "pleco", tmp_path / "missing" / "pleco.txt")
