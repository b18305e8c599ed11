"""Counting a whole text's Chinese words fast: the same tokens a :class:`Document` gives
(and so ``readaid annotate``), without building one token object per word.

A novel of ten megabytes has two million words; segmenting it paragraph by paragraph
costs half a minute in Python. Here the work is done once per distinct run of Han
characters (runs repeat: 他说, 是的, names), batched so that OpenCC, rjieba, the
dictionary and ``collections.Counter`` each run over many runs in one C-level call, and
the dictionary fixes of :mod:`readaid.language.segment` are applied once per distinct word
or stretch of single characters instead of once per occurrence (:mod:`batch_words`). Runs
holding a person's name, found without tagging most runs, take the exact path.

One difference from a Document, on purpose: a line of more than ``MAX_PARAGRAPH``
characters with no sentence end and no space is cut by the Document at an arbitrary
point; here its runs stay whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, compress, islice
from operator import itemgetter

from readaid.language.batch_words import BatchWords
from readaid.language.dictionary import Dictionary
from readaid.language.jieba_engine import tag
from readaid.language.names import (
    AMBIGUOUS_COMPOUNDS,
    COMPOUND_SURNAMES,
    COUNTING,
    NOT_IN_GIVEN_NAMES,
    SURNAMES,
    TRANSLITERATION,
    KnownWords,
    find_names,
)
from readaid.language.script import to_simplified
from readaid.language.segment import _HAN, Kind, pretokenize, segment

_HAN_RUN = re.compile(f"[{_HAN}]+")
#: A name's ``(start, end)`` in its run.
Name = tuple[int, int]
#: Lines where a URL may hold Han characters (those are not Chinese words): segmented the
#: slow, exact way.
_URL_LINE = re.compile(r"^.*(?:https?://|www\.).*$", re.M)
#: A run the segmenter may end with 了事 as one word (see ``segment._join_settle``).
_SETTLE_AT_END = re.compile("^.*了事$", re.M)


def han_runs(text: str) -> Counter[str]:
    """How often each run of Han characters occurs, outside URLs."""
    if "://" not in text and "www." not in text:
        return Counter(_HAN_RUN.findall(text))
    runs = Counter(_HAN_RUN.findall(_URL_LINE.sub("", text)))
    for line in _URL_LINE.findall(text):
        runs.update(line[s:e] for s, e, group in pretokenize(line) if group == "han")
    return runs


def count_words(text: str, dictionary: Dictionary) -> Counter[str]:
    """Each Chinese word of ``text`` (as written there) with how often it occurs."""
    tally = WordTally(dictionary)
    tally.add(text)
    return tally.counts()


class WordTally:
    """The words of a text given in pieces (a book cut at line breaks), counted as one: each
    piece's words are added to running counts (in C, with ``collections.Counter``), and the
    dictionary fixes of :class:`BatchWords` worked out once per word and applied once, to
    the counts of the whole."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        # Every headword, read before the named runs are segmented: asking SQL which of their
        # words are headwords cost more than reading them all, which the rest needs anyway.
        self._batch = BatchWords(dictionary)
        self._keys: Counter[str] = Counter()  # jieba's words, by key (see batch_words)
        self._stretches: Counter[str] = Counter()  # single characters in a row, by key
        self._exact: Counter[str] = Counter()  # the words of runs segmented the exact way

    def add(self, text: str) -> None:
        """Count the words of ``text`` with those of the pieces added before."""
        runs = han_runs(text)
        if not runs:
            return
        # Each distinct run beside its Simplified form and how often it occurs, in lists side
        # by side: a dict from run to form costs more to build and ask than the work it saves.
        lines = to_simplified("\n".join(runs))
        plains = lines.split("\n")
        # A run holding a person's name is segmented as a Document segments it (the name one
        # token); only such runs pay for the exact path.
        found = names_in_runs(lines, self.dictionary.common_words)
        # So does a run ending in 了事, which the segmenter may make one word ("to get it over
        # with": 赔钱了事) looking at the word before it.
        for plain in _SETTLE_AT_END.findall(lines):
            found.setdefault(plain, [])
        named: list[tuple[str, str, int]] = []
        # Runs that occur equally often are segmented together, and their words counted once;
        # runs written in Simplified apart from the others, which need slicing back.
        groups: dict[tuple[int, bool], tuple[list[str], list[str]]] = {}
        for (run, times), plain in zip(runs.items(), plains, strict=True):
            if plain in found:
                named.append((run, plain, times))
                continue
            kind = (times, plain == run)
            members = groups.get(kind) or groups.setdefault(kind, ([], []))
            members[0].append(run)
            members[1].append(plain)
        if named:
            self._exact.update(_count_named_runs(named, found, self.dictionary))
        batch = self._batch
        for (times, simplified), (group, plain_group) in groups.items():
            keys = batch.cut(plain_group if simplified else group, plain_group)
            seen = len(self._keys)
            _count(self._keys, keys, times)
            # The keys never counted before, which a Counter keeps last, are those to fix.
            batch.split_unknown(islice(reversed(self._keys), len(self._keys) - seen))
            _count(self._stretches, batch.stretches(keys, simplified), times)

    def counts(self) -> Counter[str]:
        """Each word (as written) of the pieces added, with how often it occurs."""
        counts = self._batch.words(self._keys, self._stretches)
        counts.update(self._exact)
        return counts


def _count(counts: Counter[str], keys: list[str], times: int) -> None:
    """Add ``keys``, each occurring ``times`` times as often, to ``counts``."""
    if times == 1:
        counts.update(keys)  # counted in C
    else:
        for key, n in Counter(keys).items():
            counts[key] += n * times


def found_names(words: Iterable[str], dictionary: Dictionary) -> set[str]:
    """Which of the counted ``words`` are people's names found in the text: every other
    word of more than one character is a dictionary word in one script or the other (a
    token no dictionary has is split into dictionary words)."""
    longer = [w for w in words if len(w) > 1]
    known = dictionary.known_words(longer)
    unknown = [w for w in longer if w not in known]
    if not unknown:
        return set()
    simplified = to_simplified("\n".join(unknown)).split("\n")
    known = dictionary.known_words(simplified)
    return {w for w, form in zip(unknown, simplified, strict=True) if form not in known}


def _count_named_runs(
    named: list[tuple[str, str, int]], found: dict[str, list[Name]], dictionary: Dictionary
) -> Counter[str]:
    """The words of the ``named`` runs (as written, in Simplified, how often), those that
    hold a person's name or 了事 at their end (``found``: the names in each, by Simplified
    form), counted the exact way: segmented together, a line break between runs (the
    segmenter's fixes stop at one), with the names found before (not tagged again)."""
    joined = "\n".join(run for run, _, _ in named)
    starts = [0, *accumulate(len(run) + 1 for run, _, _ in named)]  # where each line starts
    names = [
        (start + s, start + e)
        for (_, plain, _), start in zip(named, starts, strict=False)
        for s, e in found[plain]
    ]
    plain_joined = "\n".join(plain for _, plain, _ in named)
    counts: Counter[str] = Counter()
    index = 0
    for start, end, kind in segment(
        joined, dictionary.known_words, names=names, simplified=plain_joined
    ):
        if kind in (Kind.CHINESE, Kind.NAME):
            while start >= starts[index + 1]:
                index += 1
            counts[joined[start:end]] += named[index][2]
    return counts


#: The first character of any name :func:`find_names` gives: a name starts with a surname
#: (single or compound) and has a given name after it (see ``names._plausible``).
_NAME_STARTS = SURNAMES | {surname[0] for surname in COMPOUND_SURNAMES}
#: Compound surnames that make a name without the tagger marking one.
_UNTAGGED_COMPOUND = re.compile("|".join(sorted(COMPOUND_SURNAMES - AMBIGUOUS_COMPOUNDS)))
#: A line (a run) holding what every name :func:`find_names` keeps holds: a surname, not
#: after a counting word (一段时间), then a character a given name may start with (no
#: grammar word, no transliteration). One regex over all the runs joined.
_MAY_HOLD_NAME = re.compile(
    # (A first character of a surname before anything else: twice as fast.)
    "^(?=.*?(?=[{}])(?<![{}])(?:[{}]|{})[^{}\n]).*".format(
        "".join(sorted(_NAME_STARTS)),
        "".join(sorted(COUNTING)),
        "".join(sorted(SURNAMES)),
        "|".join(sorted(COMPOUND_SURNAMES)),
        "".join(sorted(NOT_IN_GIVEN_NAMES | TRANSLITERATION)),
    ),
    re.M,
)


def names_in_runs(plains: str, common_words: KnownWords) -> dict[str, list[Name]]:
    """The runs of ``plains`` (Simplified Han runs, one per line) that hold a name
    :func:`find_names` finds, with what it finds, without asking it about most: a run with
    no surname followed by what may start a given name (``_MAY_HOLD_NAME``) holds none, and
    one with no compound surname, where the tagger marks no name (tag ``nr``) starting with
    or following a surname, gets no proposal. The tagger runs once over all the rest, a line
    break between runs (it tags each run apart, as on its own)."""
    candidates = _MAY_HOLD_NAME.findall(plains)
    if not candidates:
        return {}
    joined = "\n".join(candidates)
    tagged = tag(joined)
    # The tagger's words and tags are looked through in C (compress, map): there are
    # hundreds of thousands, the names among them a few thousand.
    words = list(map(itemgetter(0), tagged))
    tags = list(map(itemgetter(1), tagged))
    # Where each run's tagging starts (after a line break), and one past where it ends.
    breaks = compress(range(1, len(words) + 1), map("\n".__eq__, words))
    bounds = [0, *breaks, len(tagged) + 1]
    assert len(bounds) == len(candidates) + 1, "a line break the tagger did not keep apart"
    # A name tag proposes a name only on a word starting with a surname, or after one.
    name_tags = {t for t in set(tags) if t[:2] == "nr"}
    maybe = {
        bisect_right(bounds, i) - 1
        for i in compress(range(len(tags)), map(name_tags.__contains__, tags))
        if words[i][0] in _NAME_STARTS or words[i - 1][0] in SURNAMES
    }
    offsets = [0, *accumulate(len(plain) + 1 for plain in candidates)]
    maybe.update(bisect_right(offsets, m.start()) - 1 for m in _UNTAGGED_COMPOUND.finditer(joined))
    found = {}
    for k in maybe:
        names = find_names(candidates[k], tagged[bounds[k] : bounds[k + 1] - 1], common_words)
        if names:
            found[candidates[k]] = names
    return found
