"""The fast word count gives exactly the Chinese tokens a Document gives (and so
``readaid annotate``), counted, whatever the text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from readaid.language.script import Script, convert
from readaid.language.wordcount import count_words, han_runs

CHINESE = st.lists(
    st.sampled_from(
        [
            "的",
            "了",
            "我们",
            "銀行",
            "银行",
            "小说",
            "中",
            "人物",
            "發展",
            "算力",
            "待会",
            "东谈主",
            "，",
            "。",
            "\n",
            " ",
            "AI",
            "3.14",
            "https://例子.com",
            "〇",
            "𠮷",
            "說",
            "话",
        ]
    ),
    max_size=40,
).map("".join)

GOLDEN = sorted((Path(__file__).parents[1] / "golden").glob("*.txt"))


def document_counts(core, text: str) -> Counter[str]:
    document = core.open(text)
    return Counter(token.text for token in document.all_tokens() if token.is_chinese)


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
@pytest.mark.parametrize("script", [Script.ORIGINAL, Script.SIMPLIFIED, Script.TRADITIONAL])
def test_samples_count_as_documents_do(core, path, script):
    text = convert(path.read_text(encoding="utf-8"), script)
    assert count_words(text, core.dictionary) == document_counts(core, text)


def test_user_articles_count_as_documents_do(core, user_seeds):
    for path in user_seeds:
        text = path.read_text(encoding="utf-8")
        assert count_words(text, core.dictionary) == document_counts(core, text), path.name


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no Chinese at all",
        "我",
        "小说中的人物。小说中的人物！",  # single characters joined, never across 的
        "他们在银行工作，他们在银行工作，他们在银行工作。",  # a run three times over
        "見 https://例子.com/路徑 和 www.例子.tw 的網頁。",  # Han inside URLs is not Chinese
        "東谈主作念莫得。待会儿算力闭源。",  # words jieba makes that no dictionary has
        "我们\n我们\n我們",
    ],
)
def test_edge_cases_count_as_documents_do(core, text):
    assert count_words(text, core.dictionary) == document_counts(core, text)


def test_repeated_runs_are_counted_once_each_time_they_occur():
    assert han_runs("他说，他说。她说") == Counter({"他说": 2, "她说": 1})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=60), CHINESE))
@example(text="創(chuàng)新發展，發展")
def test_any_text_counts_as_documents_do(core, text):
    assert count_words(text, core.dictionary) == document_counts(core, text)
