import pytest

from readaid.language.pinyin import (
    PinyinQuery,
    marks_to_numbered,
    parse_pinyin_query,
    render,
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
    ("query", "letters", "breaks", "tones"),
    [
        ("yín háng", "yinhang", {3}, ((1, 2), (4, 2))),
        ("yin2hang2", "yinhang", {3}, ((2, 2), (6, 2))),
        ("yinhang", "yinhang", set(), ()),
        ("YinHang", "yinhang", set(), ()),
        ("xi'an", "xian", {2}, ()),
        ("xi’an", "xian", {2}, ()),
        ("xue2xi", "xuexi", {3}, ((2, 2),)),
        ("lǜ", "lv", set(), ((1, 4),)),
        ("lu:4", "lv", set(), ((1, 4),)),
        ("lv4", "lv", set(), ((1, 4),)),
        ("lü", "lv", set(), ()),
        ("de5", "de", set(), ((1, 5),)),
        ("  ", "", set(), ()),
    ],
)
def test_parse_pinyin_query(query, letters, breaks, tones):
    assert parse_pinyin_query(query) == (PinyinQuery(letters, frozenset(breaks), tones))


@pytest.mark.parametrize(
    ("query", "reading", "matches"),
    [
        ("xian", "xian1", True),
        ("xian", "Xi1 an1", True),
        ("xi'an", "Xi1 an1", True),
        ("xi'an", "xian4", False),
        ("xi an", "xian4", False),
        ("xue2xi", "xue2 xi2", True),
        ("xue2xi", "xue3 xi2", False),
        ("xuexi2", "xue2 xi2", True),
        ("xuéxi", "xue2 xi2", True),
        ("lv4", "lu:4", True),
        ("lü", "lu:3", True),
        ("lu4", "lu:4", False),
        ("de", "de5", True),
        ("de5", "de2", False),
        ("ni3 hao3", "ni3 hao3", True),
        ("nihao3", "ni3 hao4", False),
    ],
)
def test_pinyin_query_matches_readings(query, reading, matches):
    assert parse_pinyin_query(query).matches(reading) is matches


def test_marks_back_to_numbers():
    assert marks_to_numbered("yín háng") == "yin2 hang2"
    assert marks_to_numbered("lǜ") == "lu:4"


@pytest.mark.parametrize(("syllable", "tone"), [("ma1", 1), ("ma3", 3), ("ma5", 5), ("ma", 5)])
def test_tone_of(syllable, tone):
    assert tone_of(syllable) == tone
