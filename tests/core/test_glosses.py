"""Short glosses in bulk (``Dictionary.short_glosses``): for every word, exactly the reading
and senses that looking the word up on its own and choosing its everyday entry gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.language.dictionary import open_dictionary
from readaid.language.pinyin import joined, to_marks, word_marks
from readaid.language.reader import ReadingCore
from readaid.language.sources import Source

GOLDEN = Path(__file__).resolve().parents[1] / "golden"

MAIN = """#! version=1
銀行 银行 [yin2 hang2] /bank/CL:家[jia1]/
行 行 [hang2] /row/line/profession/
行 行 [xing2] /to walk/to go/to travel/
行 行 [Xing2] /surname Xing/
了 了 [liao3] /used in 了解/
了 了 [le5] /(completed action marker)/
瞭 了 [liao3] /variant of 了[liao3]/
為 为 [wei4] /because of/for/
為 为 [wei2] /as (in the role of)/to act as/
神 神 [Shen2] /God/
神 神 [shen2] /god/deity/supernatural/
牠 它 [ta1] /variant of 它[ta1]/
它 它 [ta1] /it/
夠 够 [gou4] /variant of 夠|够[gou4]/
夠 够 [gou4] /enough/sufficient/
嗎 吗 [ma3] /used in 嗎啡|吗啡/
嗎 吗 [ma5] /(question particle)/
啡 啡 [fei1] /used in 咖啡/
咖 咖 [ka1] /used in 咖啡/
咖 咖 [ga1] /used in 咖喱/
彭 彭 [Peng2] /surname Peng/
西安 西安 [Xi1 an1] /Xi'an, capital of Shaanxi/
天安門 天安门 [Tian1 an1 men2] /Tiananmen/
綠 绿 [lu:4] /green/
"""
EXTRA = """#! version=1
銀行 银行 [yin2 hang2] /a second bank sense/
大模型 大模型 [da4 mo2 xing2] /large model (AI)/foundation model/
彭 彭 [peng2] /(onomatopoeia) bang/
"""
WORDS = [*"行了瞭为為爲神它牠够夠吗嗎啡咖彭绿綠鑫𰻞銀ㄅ。a"]  # each a word of one character
WORDS += ["银行", "銀行", "西安", "天安门", "天安門", "大模型", "天天向上"]


def gloss_one_at_a_time(word: str, core: ReadingCore) -> tuple[str, str]:
    """The reading (tone marks) and short meaning of ``word``'s everyday entry, one word
    looked up at a time (what ``readaid stats`` did before it asked in bulk): not a bare
    variant, nor a "used in ..." reading; a character's most common reading."""
    entries = core.entries(word)
    chosen = [e for e in entries if not e.is_variant_only] or entries
    chosen = [e for e in chosen if not all(s.startswith("used in") for s in e.senses)] or chosen
    if len(word) == 1 and chosen:
        common = core.dictionary.common_reading(word)
        chosen = sorted(chosen, key=lambda e: e.pinyin.lower() != common)
    if not chosen:
        return "", ""
    return word_marks(chosen[0].pinyin), "; ".join(chosen[0].senses[:2])


def differences(words: list[str], core: ReadingCore) -> list[tuple]:
    glosses = core.dictionary.short_glosses(words, 2, core.entries)
    assert set(glosses) == set(words)
    return [
        (word, expected, glosses[word])
        for word in words
        if (expected := gloss_one_at_a_time(word, core))
        != (glosses[word][0], "; ".join(glosses[word][1]))
    ]


@pytest.fixture(scope="module")
def small_core(tmp_path_factory: pytest.TempPathFactory) -> ReadingCore:
    folder = tmp_path_factory.mktemp("glosses")
    (folder / "main.u8").write_text(MAIN, encoding="utf-8")
    (folder / "extra.u8").write_text(EXTRA, encoding="utf-8")
    sources = [Source("main", folder / "main.u8"), Source("extra", folder / "extra.u8")]
    return ReadingCore(open_dictionary(sources, cache=folder / "cache"))


def test_bulk_glosses_are_those_of_one_word_at_a_time(small_core):
    assert differences(WORDS, small_core) == []


@pytest.mark.parametrize(
    ("word", "pinyin", "meaning"),
    [
        ("银行", "yínháng", "bank"),  # the first source's entry before the second's
        ("行", "xíng", "to walk; to go"),  # a character's common reading, not the first
        ("了", "le", "(completed action marker)"),  # not "used in", though first
        ("瞭", "liǎo", "variant of 了[liao3]"),  # nothing but a variant: the variant
        ("爲", "wèi", "because of; for"),  # no entry as written: its Simplified form's
        ("神", "shén", "god; deity"),  # everyday before a name
        ("够", "gòu", "enough; sufficient"),  # not the bare variant, though first
        ("咖", "kā", "used in 咖啡"),  # nothing but "used in": the common reading's
        ("彭", "péng", "(onomatopoeia) bang"),  # a second dictionary's, before a surname
        ("西安", "Xī'ān", "Xi'an, capital of Shaanxi"),
        ("天安门", "Tiān'ānmén", "Tiananmen"),
        ("绿", "lǜ", "green"),
        ("大模型", "dàmóxíng", "large model (AI); foundation model"),  # only the second's
        ("鑫", "xīn", "(no dictionary entry for this character)"),  # no dictionary has it
        ("天天向上", "", ""),
        ("。", "", ""),
    ],
)
def test_bulk_glosses_choose_the_everyday_entry(small_core, word, pinyin, meaning):
    gloss = small_core.dictionary.short_glosses([word, "银行"], 2, small_core.entries)[word]
    assert (gloss[0], "; ".join(gloss[1])) == (pinyin, meaning)


def sample_words(core, texts: list[str]) -> list[str]:
    words = {t.text for text in texts for t in core.open(text).all_tokens() if t.is_chinese}
    return sorted(words | {ch for word in words for ch in word})


def test_bulk_glosses_of_the_samples_and_the_dictionary(core):
    texts = [path.read_text(encoding="utf-8") for path in sorted(GOLDEN.glob("*.txt"))]
    # Every 25th headword of every source: thousands of words of every kind below.
    words = sample_words(core, texts) + sorted(core.dictionary.headwords())[::25]
    words += [
        "大模型",
        "一个",
        "爲人",
        "𰻞",
        "丯",
        "乁",
        "亗",
        "㐽",
        "㓥",
        "a",
    ]  # with made-up entries
    entries = {word: core.entries(word) for word in words}
    kinds = {
        "several entries": [w for w, es in entries.items() if len(es) > 1],
        "several readings of a character": [
            w for w, es in entries.items() if len(w) == 1 and len({e.pinyin for e in es}) > 1
        ],
        "a bare variant": [w for w, es in entries.items() if any(e.is_variant_only for e in es)],
        '"used in" only': [
            w
            for w, es in entries.items()
            if any(all(s.startswith("used in") for s in e.senses) for e in es)
        ],
        "a name": [w for w, es in entries.items() if any(e.is_proper_noun for e in es)],
        "a surname": [w for w, es in entries.items() if any(e.is_surname_only for e in es)],
        "the supplement's": [
            w for w, es in entries.items() if any(e.source == "readaid supplement" for e in es)
        ],
        "no entry": [w for w, es in entries.items() if not es],
        "a made-up entry": [w for w, es in entries.items() if any(e.fallback for e in es)],
    }
    assert {kind: len(found) for kind, found in kinds.items() if len(found) < 3} == {}
    assert differences(words, core) == []


def test_bulk_glosses_of_the_users_articles(core, user_seeds):
    texts = [path.read_text(encoding="utf-8") for path in user_seeds]
    assert differences(sample_words(core, texts), core) == []


@pytest.mark.parametrize(
    "numbered",
    ["xi1 an1", "Zeng1 Guo2 yang2", "lu:4", "nu:3 er2", "xx5", "r5", "A1 er3", "wan4 - 1", ""],
)
def test_word_marks_from_syllables_worked_out_once_are_those_written_out(numbered):
    assert word_marks(numbered) == word_marks(numbered) == joined(to_marks(numbered))
