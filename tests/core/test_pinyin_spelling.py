"""One spelling of a word's pinyin everywhere (the reader, glosses, exports): syllables
written together, an apostrophe before a, e, o, and a name's parts apart, each with its
capital, as the basic rules of Hanyu Pinyin orthography write them."""

from __future__ import annotations

import pytest

from readaid.language.pinyin import joined, word_marks
from readaid.vocab.card import coloured_pinyin, sentence_pinyin


@pytest.mark.parametrize(
    ("numbered", "written"),
    [
        ("yin2 hang2", "yínháng"),
        ("fang2 ai4", "fáng'ài"),
        ("Xi1 an1", "Xī'ān"),
        ("Zeng1 Guo2 yang2", "Zēng Guóyáng"),
        ("Si1 tan3 fu2 Da4 xue2", "Sītǎnfú Dàxué"),
        ("Tai2 bei3 Shi4", "Táiběi Shì"),
        ("Ou1 zhou1", "Ōuzhōu"),  # a capital at the start is no new part
        ("ni3", "nǐ"),
    ],
)
def test_word_marks(numbered, written):
    assert word_marks(numbered) == written


def test_joined_takes_marked_syllables():
    assert joined("Zēng Guó yáng") == "Zēng Guóyáng"


def test_anki_pinyin_is_written_as_the_reader_writes_it():
    html = coloured_pinyin("fang2 ai4")
    assert html.count("<span") == 2 and "</span>'<span" in html


@pytest.mark.parametrize(
    ("sentence", "pinyin"),
    [
        ("我去银行。", "wǒ qù yínháng."),
        ("你好，朋友！", "nǐhǎo, péngyou!"),
    ],
)
def test_sentence_pinyin_uses_western_punctuation(core, sentence, pinyin):
    assert sentence_pinyin(sentence) == pinyin
