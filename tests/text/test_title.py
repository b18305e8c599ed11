"""A text names itself by its title: a plain text's headline first line, found past the
site furniture articles saved from the web start with."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.text import load
from readaid.text.title import guess_title

BODY = "我家附近有一个菜市场，每个星期六早上都特别热闹。\n"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("周末的菜市场\n\n" + BODY, "周末的菜市场"),
        ("# 周末的菜市场\n" + BODY, "周末的菜市场"),  # a Markdown heading
        (BODY + BODY, ""),  # the first line is a sentence
        ("我家附近有一个菜市场\n", ""),  # one short line is the whole text
        ("首页 > 新闻 > 科技\n周末的菜市场\n" + BODY, "周末的菜市场"),  # breadcrumb skipped
        ("• 最近访问:\n发表于 2024-06-19 17:31:20\n周末的菜市场\n" + BODY, "周末的菜市场"),
        ("书阁 https://example.com/ 神话\n周末的菜市场\n" + BODY, "周末的菜市场"),
        ("新闻\n" + BODY, ""),  # too few characters to be a headline
        ("周末" * 40 + "\n" + BODY, ""),  # too long for one
        ("", ""),
    ],
)
def test_guess_title(text, title):
    assert guess_title(text) == title


def test_a_text_file_is_named_by_its_title(tmp_path: Path):
    path = tmp_path / "004_7880aaf77605b3cf.txt"
    path.write_text("周末的菜市场\n" + BODY, encoding="utf-8")
    loaded = load(path)
    assert loaded.title == loaded.shown_name == "周末的菜市场"
    assert loaded.name == path.name


def test_an_html_page_is_named_by_its_title_element(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>菜市场的故事</title></head><body><article>"
        f"<p>{BODY * 5}</p></article></body></html>",
        encoding="utf-8",
    )
    assert load(path).shown_name == "菜市场的故事"


def test_a_title_cannot_carry_terminal_escapes(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>菜市\x1b[31m场</title></head><body><article>"
        f"<p>{BODY * 5}</p></article></body></html>",
        encoding="utf-8",
    )
    assert "\x1b" not in load(path).shown_name
