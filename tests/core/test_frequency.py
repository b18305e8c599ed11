import pytest

from readaid.language import frequency


@pytest.mark.parametrize(
    ("common", "rare"),
    [("她", "踏"), ("它", "踏"), ("是", "势"), ("事", "势"), ("很", "狠"), ("学习", "学戏")],
)
def test_common_words_count_more(common, rare):
    assert frequency.count(common) > frequency.count(rare)


def test_either_script_counts_the_same():
    assert frequency.count("學習") == frequency.count("学习") > 0


def test_unknown_words_count_nothing():
    assert frequency.count("踏学戏法") == 0
    assert frequency.zipf("踏学戏法") == 0.0
    assert frequency.band("踏学戏法") == 5


@pytest.mark.parametrize(("word", "band"), [("的", 1), ("学习", 1), ("台风", 3), ("踏", 2)])
def test_bands(word, band):
    assert frequency.band(word) == band


def test_zipf_is_per_billion_words():
    assert 6.5 < frequency.zipf("的") < 7.0


def test_counts_of_many_words_in_either_script_agree_with_count():
    words = ["学习", "學習", "踏", "踏学戏法"]
    assert frequency.counts(words) == {word: frequency.count(word) for word in words}
