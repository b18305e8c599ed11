"""Optional display of the tone changes of 一 and 不 (off by default: readings are stored
as the dictionary gives them, and only shown changed when the learner asks).

不 becomes bú before a fourth tone (不是 búshì); 一 becomes yí before a fourth tone and yì
before the others (一样 yíyàng, 一天 yìtiān), except where it counts or orders (第一, 十一)
or ends the phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from readaid.language.pinyin import tone_of

_NUMERAL_BEFORE = frozenset("第十百千万萬零〇0123456789")


def apply_sandhi(texts: Sequence[str], readings: Sequence[str]) -> list[str]:
    """Readings of a run of tokens (``texts[i]`` read ``readings[i]``) with 一/不 sandhi."""
    chars: list[str] = []
    syllables: list[str] = []
    owner: list[int] = []
    for index, (text, reading) in enumerate(zip(texts, readings, strict=True)):
        parts = reading.split()
        if reading and len(parts) == len(text):
            chars.extend(text)
            syllables.extend(parts)
            owner.extend([index] * len(parts))
        else:  # non-Chinese token: a boundary no sandhi crosses
            chars.append("")
            syllables.append("")
            owner.append(index)
    changed = list(syllables)
    for i, (ch, syllable) in enumerate(zip(chars, syllables, strict=True)):
        following = syllables[i + 1] if i + 1 < len(syllables) else ""
        if not following or ch not in "一不":
            continue
        next_tone = tone_of(following)
        if ch == "不" and syllable == "bu4" and next_tone == 4:
            changed[i] = "bu2"
        elif ch == "一" and syllable == "yi1" and not (i and chars[i - 1] in _NUMERAL_BEFORE):
            if next_tone == 4:
                changed[i] = "yi2"
            elif next_tone in (1, 2, 3):
                changed[i] = "yi4"
    out = ["" for _ in texts]
    pieces: dict[int, list[str]] = {}
    for index, syllable in zip(owner, changed, strict=True):
        if syllable:
            pieces.setdefault(index, []).append(syllable)
    for index, reading in enumerate(readings):
        out[index] = " ".join(pieces[index]) if index in pieces else reading
    return out
