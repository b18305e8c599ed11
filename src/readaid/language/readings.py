"""Choosing the reading of each Chinese token in context.

The dictionary's reading of the whole word comes first. Where a word has several, in order:
a few very common characters (得, 地, 着, 长, 还, 为...) are read from their neighbours; a
dictionary word the segmenter cut apart around the token gives its reading; otherwise the
candidates are ranked (surname-only, variant-only and proper-noun readings last, then
agreement with pypinyin's reading of the surrounding run of characters, whose phrase data
knows 银行 from 行走; where candidates differ only by a neutral tone, the one with more senses,
and on a tie the neutral one: 地方 dì fang, 告诉 gào su). Where no phrase decided an uncommon
character, the learned disambiguator chooses among its readings. People's names are single
tokens by now (see ``names``), read from their own entry; a lone surname before a title or
form of address keeps its surname reading (单老师).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readaid.language.candidates import Candidate, candidates
from readaid.language.collocations import collocation_reading
from readaid.language.context import ContextReader
from readaid.language.disambiguator import Disambiguator
from readaid.language.document import Token
from readaid.language.learned import is_open, learned_readings
from readaid.language.name_reading import is_addressed, unsettled_characters
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
            if particle is None:
                particle = collocation_reading(tokens, index, options)
            if particle is not None:
                out[index] = particle
                continue
            spanning = context.spanning_word(tokens, index)
            if spanning:
                out[index] = spanning  # 黑 + 冠 + 长臂猿, 出了事: the word jieba cut apart
                continue
            syllables, from_phrase = context.reading(tokens, index)
            out[index] = choose(options, syllables)
            surname = _surname(options) if len(token.text) == 1 else ""
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if surname and is_addressed(to_simplified(token.text), to_simplified(following)):
                out[index] = surname
                continue
            # A phrase pypinyin knows around the token (太重了, 一只) decides; the model,
            # trained on encyclopaedia text, misreads such everyday phrases.
            if (
                not from_phrase
                and model is not None
                and is_open(token, options, context.text_of(token))
            ):
                undecided.append(index)
    questions = [(tokens[i], options_of[tokens[i].text]) for i in undecided]
    owners = list(undecided)
    if model is not None:
        for owner, character in _name_questions(tokens, entries_of, context):
            questions.append(character)
            owners.append(owner)
    disambiguator = model() if questions and model is not None else None
    if disambiguator is not None:
        simplified, base = context.simplified
        learned = learned_readings(tokens, questions, simplified, base, disambiguator)
        for owner, (asked, _), reading in zip(owners, questions, learned, strict=True):
            if reading is None:
                continue
            if asked is tokens[owner]:
                out[owner] = reading
            else:
                out[owner] = _replace_syllable(
                    out[owner], asked.start - tokens[owner].start, reading
                )
    for index, reading in enumerate(out):
        if reading[:1].isupper() and len(tokens[index].text) == 1:
            # A character whose only entry is a name is read in lower case mid-text.
            out[index] = reading.lower()
    return out


def _name_questions(
    tokens: Sequence[Token], entries_of, context: ContextReader
) -> list[tuple[int, tuple[Token, list[Candidate]]]]:
    """The given-name characters of found names that no phrase reads and whose readings
    differ (孙大镐 hào, 钱德勒 lè), each with its owner token's index. A variant's reading
    is among them (隽 jùn, written for 俊 in names); a surname's is not."""
    out = []
    for index, token in enumerate(tokens):
        if not token.is_name:
            continue
        simplified = context.text_of(token)
        for offset in unsettled_characters(simplified, context.phrase):
            start = token.start + offset
            character = Token(token.text[offset], start, start + 1, Kind.CHINESE)
            lower = [c for c in candidates(entries_of(character)) if c.pinyin[:1].islower()]
            if is_open(character, lower, simplified[offset]):
                out.append((index, (character, lower)))
    return out


def _replace_syllable(reading: str, offset: int, syllable: str) -> str:
    """``reading`` with its syllable at ``offset`` replaced, keeping a name's capital."""
    syllables = reading.split()
    if syllables[offset][:1].isupper():
        syllable = syllable[:1].upper() + syllable[1:]
    syllables[offset] = syllable
    return " ".join(syllables)


def _surname(options: list[Candidate]) -> str:
    return next((c.pinyin for c in options if c.demoted and c.pinyin[:1].isupper()), "")


def _char_readings(token: Token, entries_of) -> str:
    """A token with no word entry (the user split or merged it): read it char by char."""
    readings = []
    for ch in token.text:
        options = candidates(entries_of(Token(ch, 0, 1, Kind.CHINESE)))
        readings.append(choose(options, None) if options else "")
    return " ".join(r for r in readings if r)
