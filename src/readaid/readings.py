"""Choosing the reading of each Chinese token in context.

The dictionary's reading of the whole word comes first. Where a word has several, the
candidates are ranked: surname-only, variant-only and proper-noun readings last; then
agreement with pypinyin's reading of the surrounding run of characters (its phrase data
knows 银行 from 行走); where candidates differ only by a neutral tone, which pypinyin
tends to miss, the reading with more senses (the everyday word: 地方 dì fang); finally
a few structural particles are read from their neighbours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readaid.cedict import Entry
from readaid.document import Token
from readaid.pinyin import tone_of
from readaid.script import to_simplified
from readaid.segment import Kind

PRONOUNS = frozenset("我 你 他 她 它 我们 你们 他们 她们 咱们 大家 谁 我們 你們 他們 她們 咱們 誰".split())
# 得 before a verb after these means "must" (dei3): 我得走了, 就得, 还得.
MODAL_LEAD = PRONOUNS | frozenset("就 还 還 也 都 总 總 必须 必須 只 又".split())


@dataclass(frozen=True, slots=True)
class Candidate:
    pinyin: str
    senses: int
    demoted: bool
    order: int


def candidates(entries: Sequence[Entry]) -> list[Candidate]:
    by_reading: dict[str, list[Entry]] = {}
    for entry in entries:
        if not entry.fallback:
            by_reading.setdefault(entry.pinyin, []).append(entry)
    out = []
    for order, (pinyin, group) in enumerate(by_reading.items()):
        demoted = all(e.is_surname_only or e.is_variant_only or e.is_proper_noun for e in group)
        out.append(Candidate(pinyin, sum(len(e.senses) for e in group), demoted, order))
    return out


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
            for ours, theirs in zip(syllables, context):
                toneless += ours.rstrip("12345").replace("u:", "v") == theirs.rstrip("12345")
                tones += ours.replace("u:", "v") == theirs
        if neutral_only:
            tones = 0
        return (-toneless, -tones, -c.senses, c.order)

    return min(preferred, key=score).pinyin


def _toneless(pinyin: str) -> str:
    return pinyin.lower().translate(str.maketrans("", "", "12345"))


def _differ_only_by_neutral(options: list[Candidate]) -> bool:
    columns = zip(*(c.pinyin.lower().split() for c in options))
    return all(len({tone_of(s) for s in column} - {5}) <= 1 for column in columns)


def particle_reading(tokens: Sequence[Token], index: int, options: list[Candidate]) -> str | None:
    """Readings of 得, 地 and 着/著 from their neighbours, where pypinyin is weakest."""
    text = tokens[index].text
    previous = _neighbour(tokens, index, -1)
    readings = {c.pinyin for c in options}
    if text == "得" and {"de5", "dei3"} <= readings:
        if previous is None or previous.text in MODAL_LEAD:
            return "dei3"
        return "de5" if previous.is_chinese else None
    if text == "地" and "de5" in readings and previous is not None and previous.is_chinese:
        # Adverbial 地 follows a two-syllable modifier: 认真地, 慢慢地; 土地 is one token.
        return "de5" if len(previous.text) >= 2 and not previous.text.endswith("的") else None
    if text in ("着", "著") and "zhe5" in readings and previous is not None and previous.is_chinese:
        return "zhe5"
    return None


def _neighbour(tokens: Sequence[Token], index: int, step: int) -> Token | None:
    index += step
    while 0 <= index < len(tokens):
        if tokens[index].kind is not Kind.SPACE:
            return tokens[index]
        index += step
    return None


class ContextReader:
    """pypinyin's per-character reading of a run of Han characters, memoised per run."""

    def __init__(self) -> None:
        self._memo: dict[str, list[str] | None] = {}

    def syllables(self, run: str) -> list[str] | None:
        if run not in self._memo:
            from pypinyin import Style, lazy_pinyin

            result = lazy_pinyin(
                run, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: ["?"] * len(s)
            )
            self._memo[run] = result if len(result) == len(run) else None
        return self._memo[run]


def read_tokens(tokens: Sequence[Token], entries_of, context: ContextReader) -> list[str]:
    """Numbered readings for ``tokens`` (empty for non-Chinese ones)."""
    out = [""] * len(tokens)
    runs = _han_runs(tokens)
    for index, token in enumerate(tokens):
        if not token.is_chinese:
            continue
        options = candidates(entries_of(token))
        if not options:
            out[index] = _char_readings(token, entries_of)
            continue
        if len(options) == 1:
            out[index] = options[0].pinyin
            continue
        particle = particle_reading(tokens, index, options)
        if particle:
            out[index] = particle
            continue
        run_start, run_text = runs[index]
        syllables = context.syllables(to_simplified(run_text))
        here = None
        if syllables is not None:
            offset = token.start - run_start
            here = syllables[offset : offset + len(token.text)]
        out[index] = choose(options, here)
    return out


def _char_readings(token: Token, entries_of) -> str:
    """A token with no word entry (the user split or merged it): read it char by char."""
    readings = []
    for ch in token.text:
        options = candidates(entries_of(Token(ch, 0, 1, Kind.CHINESE)))
        readings.append(choose(options, None) if options else "")
    return " ".join(r for r in readings if r)


def _han_runs(tokens: Sequence[Token]) -> dict[int, tuple[int, str]]:
    """For each Chinese token, the contiguous run of Chinese tokens around it."""
    runs: dict[int, tuple[int, str]] = {}
    index = 0
    while index < len(tokens):
        if not tokens[index].is_chinese:
            index += 1
            continue
        last = index
        while last + 1 < len(tokens) and tokens[last + 1].is_chinese:
            last += 1
        start = tokens[index].start
        text = "".join(t.text for t in tokens[index : last + 1])
        for member in range(index, last + 1):
            runs[member] = (start, text)
        index = last + 1
    return runs
