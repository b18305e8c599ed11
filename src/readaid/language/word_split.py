"""Cutting a stretch of Han characters into the words a dictionary has, for the segmenter
(:mod:`readaid.language.segment`) and the word count (:mod:`readaid.language.batch_words`),
which must cut alike. Each function gives the pieces' lengths; a word counts if it is one
in either script (``written`` and its Simplified form ``simplified`` are as long)."""

from __future__ import annotations

from collections.abc import Callable

#: The longest dictionary word tried (CC-CEDICT idioms and names run long).
MAX_WORD_LENGTH = 12

#: Words of degree that make the 多 after them "many" (很多事 "many things", 这么多事 "so many
#: things"): that 多 stands alone, never a word with its neighbour (多事 "meddlesome").
DEGREE_BEFORE_MANY = frozenset({"很", "太", "挺", "这么", "那么"})


def stands_alone(before: str, word: str) -> bool:
    """Whether the single character ``word``, after the word ``before`` (both Simplified),
    is joined with no character next to it."""
    return word == "多" and before in DEGREE_BEFORE_MANY


IsWord = Callable[[str], bool]
#: A way of cutting: ``(written, simplified, is_word)`` to the pieces' lengths.
Split = Callable[[str, str, IsWord], list[int]]


def longest_first(written: str, simplified: str, is_word: IsWord) -> list[int]:
    """The longest word at the start, then the longest after it, and so on; a character
    that starts no word stands alone."""
    lengths = []
    i, n = 0, len(written)
    while i < n:
        j = i + MAX_WORD_LENGTH if i + MAX_WORD_LENGTH < n else n
        while j > i + 1 and not is_word(written[i:j]) and not is_word(simplified[i:j]):
            j -= 1
        lengths.append(j - i)
        i = j
    return lengths


def longest_last(written: str, simplified: str, is_word: IsWord) -> list[int]:
    """:func:`longest_first` from the end: the longest word ending there, and so on."""
    lengths = []
    j = len(written)
    while j > 0:
        i = j - MAX_WORD_LENGTH if j > MAX_WORD_LENGTH else 0
        while i < j - 1 and not is_word(written[i:j]) and not is_word(simplified[i:j]):
            i += 1
        lengths.append(j - i)
        j = i
    lengths.reverse()
    return lengths


def unknown_word_split(written: str, simplified: str, is_word: IsWord) -> list[int]:
    """A word jieba made that no dictionary has, as dictionary words: the longest first,
    unless the longest last leaves fewer characters alone. jieba's compounds are mostly
    a word with a short one on either side; from the front, the longest word can take the
    start of the word behind it and strand its last character (精神病 + 院, 警察局 + 长),
    where from the back both stay whole (精神 + 病院, 警察 + 局长)."""
    forward = longest_first(written, simplified, is_word)
    if 1 not in forward:
        return forward
    backward = longest_last(written, simplified, is_word)
    if backward.count(1) < forward.count(1) and not _parts_number_from_odd(simplified, backward):
        return backward
    return forward


#: Characters of a number that 多 "odd, more than" can follow (二十多, 三百多, 几十多).
_NUMBER_ENDS = frozenset("一二三四五六七八九十百千万亿两几")


def _parts_number_from_odd(simplified: str, lengths: list[int]) -> bool:
    """Whether a cut falls between a number and the 多 after it: 二十多次 is 二十多 + 次
    "twenty-odd times", never 二十 + 多次 "many times"."""
    end = 0
    for length in lengths[:-1]:
        end += length
        if simplified[end] == "多" and simplified[end - 1] in _NUMBER_ENDS:
            return True
    return False
