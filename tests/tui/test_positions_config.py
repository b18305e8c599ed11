"""Reading positions (atomic JSON), the reader's config, and search queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readaid.positions import ReadingPositions, document_key
from readaid.tui.config import ConfigError, load_config
from readaid.tui.search import compile_query, find
from readaid.tui.view_settings import PinyinMode


def test_positions_round_trip_and_survive_a_new_instance(tmp_path: Path):
    path = tmp_path / "data" / "positions.json"
    positions = ReadingPositions(path)
    key = document_key("银行的工作")
    positions.remember(key, name="a.txt", source="/x/a.txt", offset=3, length=5)
    again = ReadingPositions(path).get(key)
    assert (again.name, again.source, again.offset, again.percent) == ("a.txt", "/x/a.txt", 3, 60.0)
    assert [p.name for p in ReadingPositions(path).recent()] == ["a.txt"]
    assert not list(path.parent.glob(".positions-*"))  # no temporary file left behind


def test_a_damaged_positions_file_is_ignored_not_fatal(tmp_path: Path):
    path = tmp_path / "positions.json"
    path.write_text("{not json", encoding="utf-8")
    positions = ReadingPositions(path)
    assert positions.get("anything") is None
    positions.remember("k", name="n", source="-", offset=0, length=1)
    assert json.loads(path.read_text(encoding="utf-8"))["documents"]["k"]["name"] == "n"


def test_document_key_depends_on_the_text_only():
    assert document_key("文字") == document_key("文字") != document_key("文字。")


def test_config_reads_reader_settings_and_keys(tmp_path: Path):
    path = tmp_path / "config.toml"
    path.write_text(
        '[reader]\npinyin = "inline"\npinyin_style = "zhuyin"\n[keys]\nsave-word = "w"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.pinyin is PinyinMode.INLINE and config.pinyin_style == "zhuyin"
    assert config.keys == {"save-word": "w"}
    assert load_config(tmp_path / "missing.toml").pinyin is PinyinMode.OVER


@pytest.mark.parametrize(
    "content",
    [
        '[reader]\npinyin = "sideways"\n',
        "[reader\n",
        "[keys]\nsave-word = 3\n",
        '[reader]\npinyin_style = "x"\n',
    ],
)
def test_bad_config_is_one_clear_line(tmp_path: Path, content):
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("银行", "我去銀行。", 2),  # a Simplified query finds Traditional text too
        ("銀行", "我去银行。", 2),
        ("yinhang", "我去银行。", 2),
        ("bank", "我去银行。", 2),
        ("AI", "这是 ai 模型", 3),
    ],
)
def test_search_queries(core, query, text, found):
    pattern = compile_query(query, core.dictionary)
    assert find(text, pattern, -1, 1) == found


def test_search_wraps_around_both_ways(core):
    pattern = compile_query("问题", core.dictionary)
    text = "问题一问题二"
    assert find(text, pattern, 0, 1) == 3
    assert find(text, pattern, 3, 1) == 0
    assert find(text, pattern, 0, -1) == 3
