"""The fast word count gives exactly the Chinese tokens a Document gives (and so
``readaid annotate``), counted, whatever the text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from readaid.language.jieba_engine import tag
from readaid.language.names import find_names
from readaid.language.script import Script, convert
from readaid.language.wordcount import count_words, han_runs, names_in_runs

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
        "他只好赔钱了事。草草了事，做了事",  # 了事 one word only after how it was settled
        "他只好賠錢了事",
        # 藉 is 借 in 藉由 but stays 藉 in 出藉: never a form from elsewhere in the text
        "是的目前跟藉由不。設計展現出藉濃煙他",
        "他很大方。我待会见。待會見",  # 很 + 大方, 待会 + 见 (see jieba_engine)
        "精神病院。警察局長。二十多次",  # cut from the back where fewer stand alone
        # 多 "many" after a word of degree joins nothing (很多事), elsewhere it may (别多事)
        "我有很多事。他们这么多事！這麼多事，太多事了。挺多事的，你别多事",
    ],
)
def test_edge_cases_count_as_documents_do(core, text):
    assert count_words(text, core.dictionary) == document_counts(core, text)


def test_count_has_generous_and_in_a_moment(core):
    counts = count_words("他很大方。我待会见。待會見！你太小气了", core.dictionary)
    assert counts["大方"] == counts["待会"] == counts["待會"] == counts["小气"] == 1
    assert not {"大", "方", "待", "会见", "會見"} & counts.keys()


def test_count_has_many_things_and_meddling(core):
    counts = count_words("我有很多事。他们这么多事！這麼多事，你别多事", core.dictionary)
    assert counts["多"] == 3 and counts["事"] == 3 and counts["多事"] == 1


def test_count_cuts_unknown_words_as_documents_do(core):
    counts = count_words("他在精神病院工作。警察局長說，他来了二十多次", core.dictionary)
    assert counts["病院"] == counts["局長"] == counts["二十多"] == 1
    assert not {"精神病", "院", "警察局", "長", "多次"} & counts.keys()


def test_repeated_runs_are_counted_once_each_time_they_occur():
    assert han_runs("他说，他说。她说") == Counter({"他说": 2, "她说": 1})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=60), CHINESE))
@example(text="創(chuàng)新發展，發展")
def test_any_text_counts_as_documents_do(core, text):
    assert count_words(text, core.dictionary) == document_counts(core, text)


#: Pieces of runs with and without names: surnames (single, compound, ambiguous compound,
#: modifier-like), given names, titles, grammar words, counting words, transliteration.
NAMED_PIECES = st.lists(
    st.sampled_from(
        [
            "王",
            "李",
            "张",
            "欧阳",
            "东方",
            "司马",
            "高",
            "全",
            "大海",
            "志强",
            "小明",
            "修",
            "老师",
            "先生",
            "说",
            "的",
            "了",
            "在",
            "银行",
            "工作",
            "一",
            "段",
            "时间",
            "钱",
            "写",
            "村",
            "尔",
            "斯",
            "两",
            "们",
            "蔡英文",
            "我们",
        ]
    ),
    min_size=1,
    max_size=8,
).map("".join)


def names_one_by_one(core, runs: set[str]) -> dict[str, list[tuple[int, int]]]:
    cw = core.dictionary.common_words
    found = {run: find_names(run, tag(run), cw) for run in runs}
    return {run: names for run, names in found.items() if names}


def test_names_in_runs_are_those_the_name_finder_finds(core):
    """The shortcuts (no surname, no name tag: no name; one tagging for all runs) change
    nothing, on every run of the samples: the same runs, the same names in each."""
    runs: set[str] = set()
    for path in GOLDEN:
        text = convert(path.read_text(encoding="utf-8"), Script.SIMPLIFIED)
        runs.update(han_runs(text))
    found = names_in_runs("\n".join(runs), core.dictionary.common_words)
    assert found, "the samples hold names"
    assert found == names_one_by_one(core, runs)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs=st.sets(NAMED_PIECES, max_size=12))
@example(runs={"王", "欧阳修", "东方不败来了", "张三写信", "李大海说", "一段时间"})
def test_any_runs_names_are_those_the_name_finder_finds(core, runs):
    assert names_in_runs("\n".join(runs), core.dictionary.common_words) == names_one_by_one(
        core, runs
    )
