"""Pinyin in CC-CEDICT's convention (numbered syllables, ``u:`` for ü, 5 for the neutral tone).

Readings are stored numbered and turned into tone marks or zhuyin only for display, so
every layer compares readings the same way. Nothing here imports pypinyin at module
level: its import costs a quarter of a second and most callers only need tone marks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

TONE_MARKS = {
    "a": "āáǎàa",
    "e": "ēéěèe",
    "i": "īíǐìi",
    "o": "ōóǒòo",
    "u": "ūúǔùu",
    "ü": "ǖǘǚǜü",
}
_MARKED_VOWEL = {
    m: (base, tone + 1) for base, ms in TONE_MARKS.items() for tone, m in enumerate(ms[:4])
}
_NUMBERED_SYLLABLE = re.compile(r"^([A-Za-zü:]+?)([1-5])?$")

#: Standard tone colour scheme (the MDBG one): 1 red, 2 orange, 3 green, 4 blue, 5 grey.
TONE_COLOURS = {1: "#e30000", 2: "#d89000", 3: "#00a000", 4: "#1560e0", 5: "#888888"}


def syllables(numbered: str) -> list[str]:
    """Split a numbered reading into syllables: ``"yin2 hang2"`` -> ``["yin2", "hang2"]``."""
    return numbered.split()


def tone_of(syllable: str) -> int:
    """The tone number of a numbered syllable; 5 for neutral or when there is none."""
    last = syllable[-1:] if syllable else ""
    return int(last) if last in "12345" and last else 5


def _normalise_u(base: str) -> str:
    return base.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")


def syllable_to_marks(syllable: str) -> str:
    """``"lu:4"`` -> ``"lǜ"``; anything that is not a syllable (``"xx5"``, ``","``) stays."""
    match = _NUMBERED_SYLLABLE.match(syllable)
    if not match or syllable.lower().startswith("xx"):
        return syllable
    base, tone_digit = match.groups()
    base = _normalise_u(base)
    tone = int(tone_digit or 5)
    if tone == 5:
        return base
    lower = base.lower()
    # The mark goes on a or e if present, on the o of "ou", otherwise on the last vowel.
    if "a" in lower:
        index = lower.index("a")
    elif "e" in lower:
        index = lower.index("e")
    elif "ou" in lower:
        index = lower.index("o")
    else:
        vowels = [i for i, ch in enumerate(lower) if ch in "aeiouü"]
        if not vowels:
            return base
        index = vowels[-1]
    vowel = base[index]
    marked = TONE_MARKS[vowel.lower()][tone - 1]
    if vowel.isupper():
        marked = marked.upper()
    return base[:index] + marked + base[index + 1 :]


def to_marks(numbered: str) -> str:
    """``"yin2 hang2"`` -> ``"yín háng"``."""
    return " ".join(syllable_to_marks(s) for s in syllables(numbered))


def separators(marked: list[str]) -> list[str]:
    """What goes before each tone-marked syllable of a word written as the pinyin
    orthography has it: nothing; an apostrophe where a syllable starting with a, e or o
    would run into the one before (xī'ān); a space before a capital, which starts another
    part of a name (Zēng Guóyáng, Sītǎnfú Dàxué)."""
    return ["", *map(_before, marked[1:])] if marked else []


def _before(syllable: str) -> str:
    """What goes before a tone-marked syllable that is not a word's first."""
    first = unicodedata.normalize("NFD", syllable)[:1]
    return " " if first.isupper() else "'" if first.lower() in ("a", "e", "o") else ""


def joined(marked: str) -> str:
    """Syllables of a word written together (see :func:`separators`):
    ``"xī ān"`` -> ``"xī'ān"``, ``"Zēng Guó yáng"`` -> ``"Zēng Guóyáng"``."""
    parts = marked.split()
    return "".join(s + p for s, p in zip(separators(parts), parts, strict=True))


def word_marks(numbered: str) -> str:
    """A word's reading in tone marks as the reader, glosses and exports all write it:
    ``"fang2 ai4"`` -> ``"fáng'ài"`` (:func:`joined` of :func:`to_marks`). Each syllable is
    worked out once: a few hundred make up every reading, and a novel's statistics write
    40,000 words."""
    parts = syllables(numbered)
    if not parts:
        return ""
    return _first_syllable(parts[0]) + "".join(map(_later_syllable, parts[1:]))


@cache
def _first_syllable(numbered: str) -> str:
    return syllable_to_marks(numbered)


@cache
def _later_syllable(numbered: str) -> str:
    marked = _first_syllable(numbered)
    return _before(marked) + marked


def to_display_numbers(numbered: str) -> str:
    """Numbered, but with ``ü`` instead of CEDICT's ``u:``."""
    return " ".join(
        _normalise_u(s) if not s.lower().startswith("xx") else s for s in syllables(numbered)
    )


def to_zhuyin(numbered: str) -> str:
    """``"yin2 hang2"`` -> ``"ㄧㄣˊ ㄏㄤˊ"`` (pypinyin's converter, imported on first use)."""
    return " ".join(_syllable_to_zhuyin(s) for s in syllables(numbered))


@lru_cache(maxsize=4096)
def _syllable_to_zhuyin(syllable: str) -> str:
    if not _NUMBERED_SYLLABLE.match(syllable) or syllable.lower().startswith("xx"):
        return syllable
    from pypinyin.style.bopomofo import converter

    # The converter reads tone marks; a syllable without a mark comes out neutral (˙).
    return converter.to_bopomofo(syllable_to_marks(syllable).lower())


def render(numbered: str, style: str = "marks") -> str:
    """Display a numbered reading in ``style``: ``marks``, ``numbers`` or ``zhuyin``."""
    if style == "numbers":
        return to_display_numbers(numbered)
    if style == "zhuyin":
        return to_zhuyin(numbered)
    return to_marks(numbered)


def marks_to_numbered(text: str) -> str:
    """``"yín háng"`` -> ``"yin2 hang2"``; already numbered or toneless text is kept."""
    out: list[str] = []
    for word in text.split():
        tone = 0
        letters = []
        for ch in unicodedata.normalize("NFC", word):
            if ch in _MARKED_VOWEL:
                base, tone = _MARKED_VOWEL[ch]
                letters.append(base)
            elif ch.lower() in _MARKED_VOWEL:
                base, tone = _MARKED_VOWEL[ch.lower()]
                letters.append(base.upper())
            else:
                letters.append(ch)
        plain = "".join(letters).replace("ü", "u:").replace("Ü", "U:")
        out.append(plain + str(tone) if tone else plain)
    return " ".join(out)


_SYLLABLE_BREAKS = frozenset(" '’‘-\t")


@dataclass(frozen=True, slots=True)
class PinyinQuery:
    """Pinyin as a learner types it: letters (ü as ``v``), where they broke syllables
    (apostrophe, space, hyphen or a tone digit) and which tones they gave, each tied to a
    letter of its syllable (so ``xue2xi`` asks for tone 2 on xue and any tone on xi)."""

    letters: str
    breaks: frozenset[int]
    tones: tuple[tuple[int, int], ...]  # (letter offset, tone 1-5)

    def matches(self, numbered: str) -> bool:
        """Whether a numbered dictionary reading (``"Xi1 an1"``) is what was typed."""
        spans: list[tuple[int, int, int]] = []
        letters = ""
        for syllable in syllables(numbered):
            start = len(letters)
            letters += _letters(syllable)
            spans.append((start, len(letters), tone_of(syllable)))
        if letters != self.letters:
            return False
        ends = {end for _start, end, _tone in spans}
        if not self.breaks <= ends:
            return False
        return all(
            any(start <= offset < end and tone == wanted for start, end, tone in spans)
            for offset, wanted in self.tones
        )


def _letters(syllable: str) -> str:
    return re.sub(r"[^a-zv]", "", syllable.lower().replace("u:", "v").replace("ü", "v"))


def parse_pinyin_query(text: str) -> PinyinQuery:
    """Read ``xi'an``, ``xī ān``, ``xue2xi``, ``lv4``, ``lu:4``, ``lǜ`` or ``NI3HAO3``."""
    letters: list[str] = []
    breaks: set[int] = set()
    tones: list[tuple[int, int]] = []
    normal = unicodedata.normalize("NFC", text.strip().lower()).replace("u:", "v")
    for ch in normal:
        if ch in _MARKED_VOWEL:
            base, tone = _MARKED_VOWEL[ch]
            tones.append((len(letters), tone))
            letters.append("v" if base == "ü" else base)
        elif ch == "ü" or ("a" <= ch <= "z"):
            letters.append("v" if ch == "ü" else ch)
        elif ch in "12345" and letters:
            tones.append((len(letters) - 1, int(ch)))
            breaks.add(len(letters))
        elif ch in _SYLLABLE_BREAKS:
            breaks.add(len(letters))
    inner = {b for b in breaks if 0 < b < len(letters)}
    return PinyinQuery("".join(letters), frozenset(inner), tuple(tones))


_TYPED_SYLLABLE = re.compile(r"[a-zü:]+[1-5]?", re.IGNORECASE)


def typed_reading(text: str) -> str:
    """A reading as a learner types it (``"dōng tán zhǔ"``, ``"dong1 tan2 zhu3"``,
    ``"dong1tan2zhu3"``, ``"dōng'tán"``), numbered: ``"dong1 tan2 zhu3"``. Marked
    syllables must be apart (``"dōngtán"`` cannot be split safely); toneless ones stay
    toneless. "" when nothing in it is pinyin."""
    marked = marks_to_numbered(text.replace("'", " ").replace("’", " ").replace("v", "u:"))
    out: list[str] = []
    for word in marked.split():
        # "dong1tan2" -> "dong1", "tan2": a tone number ends a syllable.
        pieces = re.findall(r"[^1-5]+[1-5]|[^1-5]+$", word)
        for piece in pieces:
            if not _TYPED_SYLLABLE.fullmatch(piece):
                return ""
            out.append(piece)
    return " ".join(out)
