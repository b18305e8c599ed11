"""Splitting text into tokens: Latin words, numbers, URLs, punctuation and space stay
whole; runs of Han characters are cut into words with jieba's algorithm (the rjieba
engine, HMM off, which gives jieba's tokens at 15x the speed) and then made to agree
with the dictionary, so every Chinese token can be looked up.

Traditional text is cut on its Simplified form (OpenCC ``t2s`` keeps the length), so
the spans of the Simplified copy are the spans of the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from enum import Enum

from readaid.language.cedict import HAN_RANGES
from readaid.language.jieba_engine import cut_han, tag
from readaid.language.names import find_names
from readaid.language.script import to_simplified
from readaid.language.word_split import (
    MAX_WORD_LENGTH,
    Split,
    longest_first,
    stands_alone,
    unknown_word_split,
)

#: Characters that mostly do grammar: a dictionary word containing one is not assembled
#: from characters jieba left apart.
FUNCTION_CHARACTERS = frozenset(
    "的了是有在不都中后後前要得年去来來我你他她也就对對以小大上下过過成到说說为為并並会會"
    "和与與而或被把将將让讓给給很太更最又还還再才只个個这這那至於于从從自向"
)


class Kind(str, Enum):
    CHINESE = "chinese"
    #: A person's name found in the text (Chinese too; no dictionary has it).
    NAME = "name"
    LATIN = "latin"
    NUMBER = "number"
    URL = "url"
    PUNCTUATION = "punctuation"
    SPACE = "space"
    SYMBOL = "symbol"


_HAN = "\u3007" + "".join(f"{chr(low)}-{chr(high)}" for low, high in HAN_RANGES)
_PRETOKEN = re.compile(
    rf"(?P<han>[{_HAN}]+)"
    r"|(?P<url>(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff00-\uffef]+[^\s<>\"'.,;:!?)\]\u3000-\u303f\uff00-\uffef])"
    r"|(?P<number>[0-9\uff10-\uff19]+(?:[.,:/\-][0-9\uff10-\uff19]+)*%?)"
    r"|(?P<latin>[^\W\d_\u3000-\u303f\uff00-\uffef"
    + _HAN
    + r"](?:[^\W_\u3000-\u303f"
    + _HAN
    + r"]|[-'’.](?=[^\W_\u3000-\u303f"
    + _HAN
    + r"]))*)"
    r"|(?P<space>\s+)"
    r"|(?P<punctuation>(?P<p>[\u2010-\u205e\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40"
    r"\uff5b-\uff65!-/:-@\[-`{-~·—…])(?P=p)*)"
    r"|(?P<symbol>.)",
    re.S,
)

Span = tuple[int, int, Kind]


def pretokenize(text: str) -> list[tuple[int, int, str]]:
    """Runs of one kind: ``(start, end, group)`` where group is a :class:`Kind` name or ``han``."""
    runs: list[tuple[int, int, str]] = []
    for match in _PRETOKEN.finditer(text):
        group = match.lastgroup or "symbol"
        if group == "p":
            group = "punctuation"
        start, end = match.span()
        # Combining marks belong to the word they follow (a mark on a Han character stays a
        # symbol of its own, so Chinese tokens stay dictionary words); joiners, variation
        # selectors and skin tones hold an emoji sequence together.
        if (
            runs
            and group == "symbol"
            and (
                (unicodedata.combining(text[start]) and runs[-1][2] != "han")
                or (runs[-1][2] == "symbol" and _is_joining(text, start))
            )
        ):
            runs[-1] = (runs[-1][0], end, runs[-1][2])
        else:
            runs.append((start, end, group))
    return runs


def _is_joining(text: str, start: int) -> bool:
    ch = text[start]
    previous = text[start - 1] if start else ""
    return ch in "\u200d\ufe0f\ufe0e" or previous == "\u200d" or 0x1F3FB <= ord(ch) <= 0x1F3FF


#: 了事 "to get it over with" follows how it was settled: 赔钱了事, 罚款了事, 草草了事,
#: 一走了事, 就此了事; elsewhere (做了事, 出了事) it is the particle and "a thing".
_SETTLED_BY = frozenset("钱錢款罚罰赔賠走死草衍此便算")

KnownWords = Callable[[Iterable[str]], set[str]]


def segment(
    text: str,
    known_words: KnownWords,
    base: int = 0,
    common_words: KnownWords | None = None,
    *,
    names: list[tuple[int, int]] | None = None,
    simplified: str | None = None,
) -> list[Span]:
    """Token spans covering ``text`` exactly, offsets shifted by ``base``.

    ``known_words`` answers which strings are dictionary headwords, in batches;
    ``common_words`` which are everyday words, not only names (for the name finder).
    ``names`` are the ``(start, end)`` of the people's names in ``text`` when the caller
    found them already (the name finder, run for run, as here); ``simplified`` is
    ``text``'s Simplified form when the caller has it.
    """
    if simplified is None:
        simplified = to_simplified(text)
    spans: list[Span] = []
    pending: list[tuple[int, int]] = []  # Chinese words to check against the dictionary
    find = names is None
    names = [] if names is None else names
    for start, end, group in pretokenize(text):
        if group != "han":
            spans.append((base + start, base + end, Kind(group)))
            continue
        run = simplified[start:end]
        if find:
            names.extend(
                (start + s, start + e)
                for s, e in find_names(run, tag(run), common_words or known_words)
            )
        position = start
        for word in cut_han(simplified[start:end]):
            pending.append((position, position + len(word)))
            spans.append((base + position, base + position + len(word), Kind.CHINESE))
            position += len(word)
    if not pending:
        return spans
    spans = _agree_with_dictionary(text, simplified, spans, known_words, base)
    return _with_names(text, simplified, spans, names, known_words, base) if names else spans


def _with_names(
    text: str,
    simplified: str,
    spans: list[Span],
    names: list[tuple[int, int]],
    known_words: KnownWords,
    base: int,
) -> list[Span]:
    """Make each name one token (a dictionary word where one has it, as 蔡英文); a word
    the name cuts into is re-split on the name's edge."""
    known = known_words({simplified[s:e] for s, e in names} | {text[s:e] for s, e in names})
    out: list[Span] = []
    index = 0
    for name_start, name_end in ((base + s, base + e) for s, e in names):
        while index < len(spans) and spans[index][1] <= name_start:
            out.append(spans[index])
            index += 1
        if index < len(spans) and spans[index][0] < name_start:
            head_start = spans[index][0] - base
            out.extend(
                _longest_words(text, simplified, head_start, name_start - base, known_words, base)
            )
        local = slice(name_start - base, name_end - base)
        in_dictionary = text[local] in known or simplified[local] in known
        out.append((name_start, name_end, Kind.CHINESE if in_dictionary else Kind.NAME))
        while index < len(spans) and spans[index][1] <= name_end:
            index += 1
        if index < len(spans) and spans[index][0] < name_end:
            tail_end = spans[index][1] - base
            spans[index : index + 1] = _longest_words(
                text, simplified, name_end - base, tail_end, known_words, base
            )
    out.extend(spans[index:])
    return out


def _agree_with_dictionary(
    text: str, simplified: str, spans: list[Span], known_words: KnownWords, base: int
) -> list[Span]:
    """Split each Chinese token no dictionary knows into the longest words it does (see
    :func:`unknown_word_split`)."""
    words = {text[s - base : e - base] for s, e, k in spans if k is Kind.CHINESE}
    words |= {simplified[s - base : e - base] for s, e, k in spans if k is Kind.CHINESE}
    known = known_words(words)
    out: list[Span] = []
    for start, end, kind in spans:
        local = slice(start - base, end - base)
        if (
            kind is not Kind.CHINESE
            or end - start == 1
            or text[local] in known
            or simplified[local] in known
        ):
            out.append((start, end, kind))
            continue
        out.extend(
            _longest_words(
                text, simplified, start - base, end - base, known_words, base, unknown_word_split
            )
        )
    out = _join_single_characters(text, simplified, out, known_words, base)
    return _join_settle(simplified, out, known_words, base)


def _join_settle(
    simplified: str, spans: list[Span], known_words: KnownWords, base: int
) -> list[Span]:
    """了事 "to get something over with" ends its clause after how it was settled (赔钱了事),
    where jieba cuts it into the particle 了 and 事. Looked at only where 了事 stands."""
    starts = [span[0] for span in spans]
    joins = []  # indices of each 了 joined with the 事 after it
    found = simplified.find("了事")
    while found >= 0:
        index = bisect_left(starts, base + found)
        if (
            0 < index < len(spans) - 1
            and starts[index] == base + found
            and spans[index + 1][1] == base + found + 2
            and spans[index + 1][2] is Kind.CHINESE
            and (index + 2 == len(spans) or spans[index + 2][2] is not Kind.CHINESE)
            and spans[index - 1][2] is Kind.CHINESE
            and simplified[spans[index - 1][1] - base - 1] in _SETTLED_BY
        ):
            joins.append(index)
        found = simplified.find("了事", found + 1)
    if not joins:
        return spans
    out: list[Span] = []
    done = 0
    for index in joins:
        out.extend(spans[done:index])
        out.append((spans[index][0], spans[index + 1][1], Kind.CHINESE))
        done = index + 2
    out.extend(spans[done:])
    return out


def _join_single_characters(
    text: str, simplified: str, spans: list[Span], known_words: KnownWords, base: int
) -> list[Span]:
    """Where jieba left a run of single characters, take the longest dictionary words in
    it (jieba's dictionary lacks many CC-CEDICT words: 算力, 闭源, 土石流), but none holding a
    grammatical character: those pairs are usually two words that happen to meet (小说中的
    is not 说中 "hit the mark" nor 中的 "hit the target")."""

    def content_words(words: Iterable[str]) -> set[str]:
        return {w for w in known_words(words) if not FUNCTION_CHARACTERS.intersection(w)}

    def alone(i: int) -> bool:  # 很多事: that 多 joins nothing (see ``stands_alone``)
        start, end, _ = spans[i]
        before = simplified[spans[i - 1][0] - base : spans[i - 1][1] - base] if i else ""
        return stands_alone(before, simplified[start - base : end - base])

    out: list[Span] = []
    index = 0
    while index < len(spans):
        last = index
        while (
            last + 1 < len(spans)
            and spans[last][2] is Kind.CHINESE
            and spans[last][1] - spans[last][0] == 1
            and spans[last + 1][2] is Kind.CHINESE
            and spans[last + 1][1] - spans[last + 1][0] == 1
            and not alone(last)
            and not alone(last + 1)
        ):
            last += 1
        if last == index:
            out.append(spans[index])
        else:
            start, end = spans[index][0] - base, spans[last][1] - base
            out.extend(_longest_words(text, simplified, start, end, content_words, base))
        index = last + 1
    return out


def _longest_words(
    text: str,
    simplified: str,
    start: int,
    end: int,
    known_words: KnownWords,
    base: int,
    split: Split = longest_first,
) -> list[Span]:
    candidates = {
        form[i:j]
        for form in (text, simplified)
        for i in range(start, end)
        for j in range(i + 2, min(end, i + MAX_WORD_LENGTH) + 1)
    }
    known = known_words(candidates)
    out: list[Span] = []
    i = base + start
    for length in split(text[start:end], simplified[start:end], known.__contains__):
        out.append((i, i + length, Kind.CHINESE))
        i += length
    return out
