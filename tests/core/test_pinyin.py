import pytest

from readaid.language.pinyin import (
    marks_to_numbered,
    render,
    search_keys,
    to_marks,
    to_zhuyin,
    tone_of,
)


@pytest.mark.parametrize(
    ("numbered", "marks"),
    [
        ("yin2 hang2", "yín háng"),
        ("lu:4 se4", "lǜ sè"),
        ("nu:3 er2", "nǚ ér"),
        ("Zeng1 Guo2 yang2", "Zēng Guó yáng"),
        ("de5", "de"),
        ("liu2", "liú"),
        ("gui4", "guì"),
        ("xiong2 mao1", "xióng māo"),
        ("zhou1", "zhōu"),
        ("er4", "èr"),
        ("xx5", "xx5"),
        ("A1 Q", "Ā Q"),
    ],
)
def test_numbered_to_tone_marks(numbered, marks):
    assert to_marks(numbered) == marks


@pytest.mark.parametrize(
    ("numbered", "zhuyin"),
    [
        ("yin2 hang2", "ㄧㄣˊ ㄏㄤˊ"),
        ("de5", "ㄉㄜ˙"),
        ("lu:4", "ㄌㄩˋ"),
        ("zhong1 guo2", "ㄓㄨㄥ ㄍㄨㄛˊ"),
    ],
)
def test_zhuyin(numbered, zhuyin):
    assert to_zhuyin(numbered) == zhuyin


def test_render_styles():
    assert render("lu:4", "numbers") == "lü4"
    assert render("lu:4", "marks") == "lǜ"


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("yín háng", ("yinhang", "22")),
        ("yin2hang2", ("yinhang", "22")),
        ("yin2 hang2", ("yinhang", "22")),
        ("yinhang", ("yinhang", "")),
        ("lǜ", ("lv", "4")),
        ("lu:4", ("lv", "4")),
        ("dì fang", ("difang", "4")),
    ],
)
def test_search_keys(query, keys):
    assert search_keys(query) == keys


def test_marks_back_to_numbers():
    assert marks_to_numbered("yín háng") == "yin2 hang2"
    assert marks_to_numbered("lǜ") == "lu:4"


@pytest.mark.parametrize(("syllable", "tone"), [("ma1", 1), ("ma3", 3), ("ma5", 5), ("ma", 5)])
def test_tone_of(syllable, tone):
    assert tone_of(syllable) == tone
