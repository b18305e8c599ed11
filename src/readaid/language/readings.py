"""Choosing the reading of each Chinese token in context.

The dictionary's reading of the whole word comes first. Where a word has several, in order:
a few very common characters (得, 地, 着, 长, 还, 为...) are read from their neighbours; a
dictionary word the segmenter cut apart around the token gives its reading; otherwise the
candidates are ranked (surname-only, variant-only and proper-noun readings last, then
agreement with pypinyin's reading of the surrounding run of characters, whose phrase data
knows 银行 from 行走; where candidates differ only by a neutral tone, the one with more senses,
and on a tie the neutral one: 地方 dì fang, 告诉 gào su). Where no phrase decided an uncommon
character, the learned disambiguator chooses among its readings. A character that starts a
person's name gets its surname reading.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from readaid.language.candidates import Candidate, candidates
from readaid.language.context import ContextReader
from readaid.language.disambiguator import Disambiguator
from readaid.language.document import Token
from readaid.language.learned import is_open, learned_readings
from readaid.language.neighbours import particle_reading
from readaid.language.pinyin import tone_of
from readaid.language.script import to_simplified
from readaid.language.segment import Kind, person_name_length

#: Characters no given name holds: where the name tagger takes a phrase for a name.
NOT_IN_NAMES = frozenset("的得地了着著过過是在和与與也就都不没沒")


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


def read_tokens(
    tokens: Sequence[Token],
    entries_of,
    context: ContextReader,
    options_of: dict[str, list[Candidate]] | None = None,
    model: Callable[[], Disambiguator | None] | None = None,
) -> list[str]:
    """Numbered readings for ``tokens`` (empty for non-Chinese ones); ``options_of`` is a
    memo of each word's candidate readings that may be shared between calls. ``model``
    gives the disambiguator that chooses where no neighbour rule decides; it is asked only
    when some token needs it."""
    options_of = {} if options_of is None else options_of
    for token in tokens:
        if token.is_chinese and token.text not in options_of:
            options_of[token.text] = candidates(entries_of(token))
    # A word no dictionary has (the learner merged 首部曲) is read character by character,
    # each in its context as if the merge had not happened.
    owners = []
    expanded: list[Token] = []
    for index, token in enumerate(tokens):
        if token.is_chinese and len(token.text) > 1 and not options_of[token.text]:
            for offset, ch in enumerate(token.text):
                start = token.start + offset
                expanded.append(Token(ch, start, start + 1, token.kind))
                owners.append(index)
                if ch not in options_of:
                    options_of[ch] = candidates(entries_of(expanded[-1]))
        else:
            expanded.append(token)
            owners.append(index)
    if len(expanded) == len(tokens):
        return _read(tokens, entries_of, context, options_of, model)
    out: list[list[str]] = [[] for _ in tokens]
    readings = _read(expanded, entries_of, context, options_of, model)
    for owner, reading in zip(owners, readings, strict=True):
        if reading:
            out[owner].append(reading)
    return [" ".join(parts) for parts in out]


def _read(
    tokens: Sequence[Token],
    entries_of,
    context: ContextReader,
    options_of: dict[str, list[Candidate]],
    model: Callable[[], Disambiguator | None] | None,
) -> list[str]:
    out: list[str] = [""] * len(tokens)
    in_name: set[int] = set()  # tokens of a person's name, which keep their capitals
    context.prepare(
        tokens, [i for i, t in enumerate(tokens) if t.is_chinese and len(options_of[t.text]) > 1]
    )
    undecided = []
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
            if particle is not None:
                out[index] = particle
                continue
            spanning = context.spanning_word(tokens, index)
            if spanning:
                out[index] = spanning  # 黑 + 冠 + 长臂猿, 出了事: the word jieba cut apart
                continue
            syllables, from_phrase = context.reading(tokens, index)
            out[index] = choose(options, syllables)
            # A phrase pypinyin knows around the token (太重了, 一只) decides; the model,
            # trained on encyclopaedia text, misreads such everyday phrases.
            if (
                not from_phrase
                and model is not None
                and is_open(token, options, context.text_of(token))
            ):
                undecided.append(index)
    learned: dict[int, str] = {}
    disambiguator = model() if undecided and model is not None else None
    if disambiguator is not None:
        simplified, base = context.simplified
        learned = learned_readings(tokens, undecided, options_of, simplified, base, disambiguator)
        for index, reading in learned.items():
            out[index] = reading
    for index, token in enumerate(tokens):
        options = options_of[token.text] if token.is_chinese else []
        if len(options) < 2:
            continue
        # Only where the surname is spelt differently (曾 Zēng, not céng); where only the
        # tone or capital differs (过 Guō / guò, 段 Duàn / duàn) the tagger is too unsure.
        # A reading the model chose that is also a surname's (覃 Tán, 隗 Wěi) stands; one
        # that is only a surname's (翟 Zhái) starts a name like any other.
        surnames = [c.pinyin for c in options if c.demoted and c.pinyin[:1].isupper()]
        if not surnames or index in in_name:
            continue
        read = _toneless(out[index])
        matching = [s for s in surnames if _toneless(s) == read]
        everyday = {_toneless(c.pinyin) for c in options if not c.demoted}
        if matching and (index not in learned or read in everyday):
            continue
        length = _person_name_length(tokens, index, entries_of)
        if length:
            out[index] = (matching or surnames)[0]
            in_name.update(_tokens_within(tokens, index, length))
    for index, reading in enumerate(out):
        if index in in_name and index - 1 in in_name:
            # CEDICT writes names with the given name capitalised: 毛泽东 Mao2 Ze2 dong1.
            starts_given_name = index - 2 not in in_name
            out[index] = reading[:1].upper() + reading[1:] if starts_given_name else reading.lower()
        elif index not in in_name and reading[:1].isupper() and len(tokens[index].text) == 1:
            # A character whose only entry is a name is read in lower case mid-text.
            out[index] = reading.lower()
    return out


def _tokens_within(tokens: Sequence[Token], index: int, length: int) -> range:
    end = tokens[index].start + length
    last = index
    while last + 1 < len(tokens) and tokens[last + 1].end <= end:
        last += 1
    return range(index, last + 1)


def _person_name_length(tokens: Sequence[Token], index: int, entries_of) -> int:
    """How many characters of a person's name start at the single-character token
    ``index`` (曾国洋 -> 3), or 0: where a surname reading applies at all."""
    if len(tokens[index].text) != 1:
        return 0
    last = index
    while last + 1 < len(tokens) and last - index < 3 and tokens[last + 1].is_chinese:
        last += 1
    if last == index:
        return 0
    run = to_simplified("".join(t.text for t in tokens[index : last + 1]))
    length = person_name_length(run)
    # The tagger takes some phrases for names (过得爽, 于清华): a given name holds no
    # particle and is not itself a dictionary word.
    given = run[1:length]
    if not length or any(ch in NOT_IN_NAMES for ch in given):
        return 0
    if len(given) > 1 and any(not e.fallback for e in entries_of(given)):
        return 0
    if any(not e.fallback for e in entries_of(run[:length])):
        return 0  # 蔚然 "luxuriant" is a word, not Mr Yu Ran
    return length


def _char_readings(token: Token, entries_of) -> str:
    """A token with no word entry (the user split or merged it): read it char by char."""
    readings = []
    for ch in token.text:
        options = candidates(entries_of(Token(ch, 0, 1, Kind.CHINESE)))
        readings.append(choose(options, None) if options else "")
    return " ".join(r for r in readings if r)
