"""Cutting a word no dictionary has into words it has (the segmenter and the word count
share these functions)."""

from __future__ import annotations

import pytest

from readaid.language.word_split import longest_first, longest_last, unknown_word_split

WORDS = frozenset(
    ["精神", "精神病", "病院", "警察", "警察局", "局长", "二十", "二十多", "多次", "很", "大方"]
    + ["北京", "北京市", "市委", "銀行", "一致", "一致性", "不一"]
)


def pieces(split, written, simplified=None):
    lengths = split(written, simplified or written, WORDS.__contains__)
    assert sum(lengths) == len(written)
    starts = [sum(lengths[:k]) for k in range(len(lengths))]
    return [written[s : s + n] for s, n in zip(starts, lengths, strict=True)]


@pytest.mark.parametrize(
    ("word", "forward", "backward"),
    [
        ("精神病院", ["精神病", "院"], ["精神", "病院"]),
        ("北京市委", ["北京市", "委"], ["北京", "市委"]),
        ("不一致性", ["不一", "致", "性"], ["不", "一致性"]),
        ("很大方", ["很", "大方"], ["很", "大方"]),
        ("x", ["x"], ["x"]),
        ("", [], []),
    ],
)
def test_longest_words_either_way(word, forward, backward):
    assert pieces(longest_first, word) == forward
    assert pieces(longest_last, word) == backward


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # From the back when that strands fewer characters.
        ("精神病院", ["精神", "病院"]),
        ("警察局长", ["警察", "局长"]),
        ("北京市委", ["北京", "市委"]),
        ("不一致性", ["不", "一致性"]),
        # From the front otherwise, and where the back would take 多 from its number.
        ("二十多次", ["二十多", "次"]),
        ("精神", ["精神"]),
        ("病精神", ["病", "精神"]),
    ],
)
def test_unknown_word_split(word, expected):
    assert pieces(unknown_word_split, word) == expected


def test_a_word_counts_in_either_script():
    assert pieces(unknown_word_split, "銀行市委", "银行市委") == ["銀行", "市委"]
