"""Choosing the reading of each Chinese token in context.

The dictionary's reading of the whole word comes first. Where a word has several, the
candidates are ranked: surname-only, variant-only and proper-noun readings last; then
agreement with pypinyin's reading of the surrounding run of characters (its phrase data
knows 银行 from 行走); where candidates differ only by a neutral tone, which pypinyin
tends to miss, the one with more senses, and on a tie the neutral one (地方 dì fang, 告诉
gào su); finally a few very common characters (得, 地, 着, 长, 还...) are read from their
neighbours. People's names are single tokens by now (see ``names``), read from their own entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from readaid.language.candidates import Candidate, candidates
from readaid.language.document import Token
from readaid.language.name_reading import is_addressed
from readaid.language.neighbours import particle_reading
from readaid.language.pinyin import tone_of
from readaid.language.script import to_simplified
from readaid.language.segment import Kind


def choose(options: list[Candidate], context: list[str] | None) -> str:
    """The best reading among ``options`` given pypinyin's syllables for the token."""
    if len(options) == 1:
        return options[0].pinyin
    preferred = [c for c in options if not c.demoted] or options
    if len(preferred) == 1:
        return preferred[0].pinyin
    plain = {_toneless(c.pinyin) for c in preferred}
    neutral_only = len(plain) == 1 and _differ_only_by_neutral(preferred)

    def score(c: Candidate) -> tuple:
        syllables = c.pinyin.lower().split()
        toneless = tones = 0
        if context and len(context) == len(syllables):
            for ours, theirs in zip(syllables, context, strict=True):
                theirs = theirs.lower()
                toneless += ours.rstrip("12345") == theirs.rstrip("12345")
                tones += ours == theirs
        neutral = 0
        if neutral_only:
            # pypinyin misses most neutral tones, so here the senses decide (地方 dìfang,
            # 过去 guòqù); on a tie the neutral reading is the everyday word (告诉 gàosu,
            # 故事 gùshi). Single characters are left to their senses (过 guò).
            tones = 0
            neutral = sum(tone_of(s) == 5 for s in syllables) if len(syllables) > 1 else 0
        return (-toneless, -tones, -c.senses, -neutral, c.order)

    return min(preferred, key=score).pinyin


def _toneless(pinyin: str) -> str:
    return pinyin.lower().translate(str.maketrans("", "", "12345"))


def _differ_only_by_neutral(options: list[Candidate]) -> bool:
    columns = zip(*(c.pinyin.lower().split() for c in options), strict=False)
    return all(len({tone_of(s) for s in column} - {5}) <= 1 for column in columns)


class ContextReader:
    """pypinyin's reading of a token in context, from its phrase data compiled into the
    dictionary cache: the longest known phrase made of whole tokens around the token,
    else each character's most frequent reading."""

    def __init__(self, dictionary) -> None:
        self._dictionary = dictionary
        self._simplified = ""
        self._base = 0

    def prepare(self, tokens: Sequence[Token], indices: Sequence[int]) -> None:
        """Fetch the phrases around all of ``indices`` at once, from one Simplified copy
        of the tokens' text (one OpenCC call and a few queries per paragraph)."""
        if not tokens:
            return
        self._base = tokens[0].start
        self._simplified = to_simplified("".join(t.text for t in tokens))
        phrases = {text for index in indices for text in self._windows(tokens, index).values()}
        self._dictionary.context_phrases(phrases)

    def _windows(self, tokens: Sequence[Token], index: int, reach: int = 2) -> dict:
        """Runs of whole Chinese tokens around ``index`` (up to ``reach`` each side), each
        with its Simplified text."""
        first = last = index
        while first > 0 and index - first < reach and tokens[first - 1].is_chinese:
            first -= 1
        while last + 1 < len(tokens) and last - index < reach and tokens[last + 1].is_chinese:
            last += 1
        base = self._base
        return {
            (a, b): self._simplified[tokens[a].start - base : tokens[b].end - base]
            for a in range(first, index + 1)
            for b in range(index, last + 1)
            if b > a or len(tokens[index].text) > 1
        }

    def syllables(self, tokens: Sequence[Token], index: int) -> list[str]:
        text = self._windows(tokens, index)
        known = self._dictionary.context_phrases(text.values())
        best = max((s for s in text if text[s] in known), key=lambda s: len(text[s]), default=None)
        if best is not None:
            syllables = known[text[best]].split()
            offset = tokens[index].start - tokens[best[0]].start
            here = syllables[offset : offset + len(tokens[index].text)]
            if len(here) == len(tokens[index].text):
                return here
        own = self._simplified[tokens[index].start - self._base : tokens[index].end - self._base]
        return [self._dictionary.common_reading(ch) or "?" for ch in own]


def read_tokens(
    tokens: Sequence[Token],
    entries_of,
    context: ContextReader,
    options_of: dict[str, list[Candidate]] | None = None,
) -> list[str]:
    """Numbered readings for ``tokens`` (empty for non-Chinese ones); ``options_of`` is a
    memo of each word's candidate readings that may be shared between calls."""
    out = [""] * len(tokens)
    options_of = {} if options_of is None else options_of
    for token in tokens:
        if token.is_chinese and token.text not in options_of:
            options_of[token.text] = candidates(entries_of(token))
    context.prepare(
        tokens, [i for i, t in enumerate(tokens) if t.is_chinese and len(options_of[t.text]) > 1]
    )
    for index, token in enumerate(tokens):
        if not token.is_chinese:
            continue
        options = options_of[token.text]
        if not options:
            out[index] = _char_readings(token, entries_of)
            continue
        if len(options) == 1:
            out[index] = options[0].pinyin
        else:
            particle = particle_reading(tokens, index, options)
            out[index] = particle or choose(options, context.syllables(tokens, index))
            surname = _surname(options) if len(token.text) == 1 else ""
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if surname and is_addressed(to_simplified(token.text), to_simplified(following)):
                out[index] = surname
    for index, reading in enumerate(out):
        if reading[:1].isupper() and len(tokens[index].text) == 1:
            # A character whose only entry is a name is read in lower case mid-text.
            out[index] = reading.lower()
    return out


def _surname(options: list[Candidate]) -> str:
    return next((c.pinyin for c in options if c.demoted and c.pinyin[:1].isupper()), "")


def _char_readings(token: Token, entries_of) -> str:
    """A token with no word entry (the user split or merged it): read it char by char."""
    readings = []
    for ch in token.text:
        options = candidates(entries_of(Token(ch, 0, 1, Kind.CHINESE)))
        readings.append(choose(options, None) if options else "")
    return " ".join(r for r in readings if r)
