"""The user's five real articles load cleanly; 004's converter pinyin becomes hints.
(Skips where ../shared/seeds is absent; no article text is copied here.)"""

from __future__ import annotations

import re

from readaid.language.cedict import is_han
from readaid.language.pinyin import to_marks
from readaid.text import load

# A converting site's mark: a character, then one toned syllable in parentheses.
_STUCK_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")


def stuck_pinyin(text: str) -> list[re.Match[str]]:
    return [m for m in _STUCK_PINYIN.finditer(text) if m.start() and is_han(text[m.start() - 1])]


def test_every_article_loads_without_surprises(user_seeds):
    for path in user_seeds:
        loaded = load(path)
        assert loaded.encoding == "utf-8", path.name
        assert loaded.text.strip() and any(is_han(ch) for ch in loaded.text)
        assert not any(ord(ch) < 0x20 and ch not in "\n\t" for ch in loaded.text)
        for offset, character in enumerate(loaded.text):
            assert loaded.original[loaded.original_offset(offset)] == character


def test_articles_without_stuck_pinyin_are_untouched(user_seeds):
    for path in user_seeds:
        original = path.read_text(encoding="utf-8")
        if stuck_pinyin(original):
            continue
        loaded = load(path)
        assert loaded.text == original.replace("\r\n", "\n"), path.name
        assert loaded.hints == {} and loaded.notices == []


def test_converter_pinyin_in_004_becomes_hints(user_seeds):
    path = next((p for p in user_seeds if p.name.startswith("004_")), None)
    assert path is not None, "004 is the article with stuck pinyin"
    original = path.read_text(encoding="utf-8")
    before = path.read_bytes()
    marks = stuck_pinyin(original)
    loaded = load(path)
    assert len(marks) > 100  # the article is full of them
    assert len(loaded.hints) == len(marks)
    assert stuck_pinyin(loaded.text) == []
    assert len(loaded.text) == len(original) - sum(len(m.group()) for m in marks)
    for mark in marks:
        character_offset = loaded.repaired_offset(mark.start() - 1)
        assert loaded.text[character_offset] == original[mark.start() - 1]
        assert to_marks(loaded.hints[character_offset]) == mark.group()[1:-1]
    assert path.read_bytes() == before
