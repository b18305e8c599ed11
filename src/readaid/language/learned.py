"""Where the rules leave a token's reading open, let the learned model choose among the
dictionary's own readings of it (never a reading the dictionary does not give the word)."""

from __future__ import annotations

from collections.abc import Sequence

from readaid.language.candidates import Candidate
from readaid.language.disambiguator import Disambiguator, Query
from readaid.language.document import SENTENCE_END, Token
from readaid.language.frequency import count
from readaid.language.pinyin import tone_of

_BOUNDARIES = SENTENCE_END | {"\n"}
#: Characters jieba's dictionary counts this often or more are left to the rules.
COMMON = 2000


def is_open(token: Token, options: Sequence[Candidate], simplified: str) -> bool:
    """Whether the model should weigh in on ``token`` (``simplified`` is its Simplified
    text): an uncommon character with several readings, or a word whose readings differ
    by more than a neutral tone."""
    if len({c.pinyin.lower() for c in options}) < 2:
        return False  # 是 shì / Shì, the surname, differ only by the capital
    if len(token.text) == 1:
        # On everyday characters the rules and pypinyin's phrases, tuned on everyday text,
        # do better than the model, trained on encyclopaedia sentences: on the user's
        # articles it read 更好 hào, 藏着 zàng, 没觉得 mò. It knows the rare ones (蛤蜊
        # gé, 翟 Zhái, 粘 nián) far better.
        return _frequency(simplified) < COMMON
    return _word_is_open(token, options)


_frequencies: dict[str, int] = {}  # a plain dict: this is asked for most tokens


def _frequency(character: str) -> int:
    found = _frequencies.get(character)
    if found is None:
        found = _frequencies[character] = count(character)
    return found


def _word_is_open(token: Token, options: Sequence[Candidate]) -> bool:
    comparable = _comparable(token, options)
    if len(comparable) < 2:
        return False
    columns = zip(*(c.pinyin.lower().split() for c in comparable), strict=True)
    return any(
        len({tone_of(s) for s in column} - {5}) > 1 or _letters(column) for column in columns
    )


def learned_readings(
    tokens: Sequence[Token],
    questions: Sequence[tuple[Token, Sequence[Candidate]]],
    simplified: str,
    base: int,
    model: Disambiguator,
) -> list[str | None]:
    """The model's pick for each question (a token :func:`is_open` accepts, or one
    character of a name, with its readings), or None where it cannot tell them apart.
    ``tokens`` are the paragraph's, ``simplified`` their Simplified text, from ``base``."""
    text = model.spelling("".join(t.text for t in tokens), simplified)
    queries: list[Query] = []
    asked: list[list[str]] = []
    plans: list[tuple[Sequence[Candidate], list[int]]] = []  # options, query rows
    for token, options in questions:
        if len(token.text) > 1:
            options = _comparable(token, options)
        split = [c.pinyin.lower().split() for c in options]
        rows = []
        for offset in range(len(token.text)):
            column = [syllables[offset] for syllables in split]
            if len(set(column)) > 1:
                sentence, position = _sentence(text, token.start - base + offset)
                rows.append(len(queries))
                queries.append(Query(sentence, position))
                asked.append(column)
        plans.append((options, rows))
    scores = model.scores(queries, asked)
    return [_best(options, rows, asked, scores) for options, rows in plans]


def _best(
    options: Sequence[Candidate],
    rows: list[int],
    asked: list[list[str]],
    scores: list[dict[str, float]],
) -> str | None:
    """The option whose syllables the model scores highest over ``rows``."""
    if any(len(scores[row]) < 2 for row in rows):
        return None  # the model cannot tell this character's readings apart
    best: tuple[float, str] | None = None
    for number, option in enumerate(options):
        total = 0.0
        for row in rows:
            syllable = asked[row][number]
            if syllable not in scores[row]:
                break
            total += scores[row][syllable]
        else:
            if best is None or total > best[0]:
                best = (total, option.pinyin)
    return None if best is None else best[1]


def _comparable(token: Token, options: Sequence[Candidate]) -> list[Candidate]:
    """A word's readings with one syllable per character, names included: 明朝 in running
    text is far more often the dynasty (Míng Cháo) than "tomorrow" (míngzhāo)."""
    return [c for c in options if len(c.pinyin.split()) == len(token.text)]


def _letters(column: Sequence[str]) -> bool:
    return len({s.lower().rstrip("12345") for s in column}) > 1


def _sentence(text: str, index: int) -> tuple[str, int]:
    """The sentence of ``text`` around ``index``, and the index within it."""
    start = index
    while start > 0 and text[start - 1] not in _BOUNDARIES:
        start -= 1
    end = index + 1
    while end < len(text) and text[end - 1] not in _BOUNDARIES:
        end += 1
    return text[start:end], index - start
