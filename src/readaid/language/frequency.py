"""How common a word is, from the counts in jieba's dictionary (about 60 million words of
general and news text), which the segmenter's rjieba engine already holds in memory.

Chosen over wordfreq (whose Chinese list blends subtitles, web and Wikipedia): the engine
is loaded anyway when text is segmented, so a count costs about 0.5 µs and nothing at
start-up, where wordfreq adds a dependency, 0.11 s of import and 0.12 s to load its
Chinese list (73 MB peak for the process). Both put 她/它 before 踏, 是/事 before 势 and
很 before 狠.

Dictionary searches don't call this at run time: each entry's share is stored when the
dictionary cache is built (:mod:`readaid.language.dictrank`).

Counts are of the Simplified written form, so homographs share one count (台 "platform",
"desk" and "typhoon" are one number).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from readaid.language.script import to_simplified

#: The sum of every count in jieba's dictionary: counts divided by it are relative frequencies.
JIEBA_TOTAL = 60_101_967

#: Lower Zipf bounds of bands 1-4 (band 5: rarer or unknown). On jieba's dictionary that is
#: about 1,400 words in band 1, 9,300 in band 2, 36,000 in band 3.
BAND_FLOORS = (5.0, 4.0, 3.0, 0.0)


def _engine():
    from readaid.language.jieba_engine import engine

    return engine()


def count(word: str) -> int:
    """How often ``word`` (either script) occurs in jieba's corpus; 0 when jieba doesn't
    list it (its guesses for unknown words are left out: they are not counts).

    rjieba gives no raw count, only ``suggest_freq``: the count itself for a word jieba
    keeps whole, a little more for the few listed words it would split."""
    engine = _engine()
    simplified = to_simplified(word)
    if not engine.has_word(simplified):
        return 0
    return int(engine.suggest_freq(simplified))


def counts(words: Iterable[str]) -> dict[str, int]:
    """:func:`count` of many words at once (one script conversion for all of them)."""
    wanted = list(dict.fromkeys(words))
    simplified = to_simplified("\n".join(wanted)).split("\n")
    engine = _engine()
    return {
        word: int(engine.suggest_freq(form)) if engine.has_word(form) else 0
        for word, form in zip(wanted, simplified, strict=True)
    }


def zipf(word: str) -> float:
    """log10 of occurrences per billion words (的 6.7, 学习 5.4, 踏 4.5); 0.0 when unknown."""
    occurrences = count(word)
    return math.log10(occurrences * 1e9 / JIEBA_TOTAL) if occurrences else 0.0


def band(word: str) -> int:
    """1 for the most common words to 4 for rare ones; 5 when jieba doesn't know the word."""
    value = zipf(word)
    if not value:
        return 5
    return next(number for number, floor in enumerate(BAND_FLOORS, start=1) if value >= floor)
