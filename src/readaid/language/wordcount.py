"""Counting a whole text's Chinese words fast: the same tokens a :class:`Document` gives
(and so ``readaid annotate``), without building one token object per word.

A novel of ten megabytes has two million words; segmenting it paragraph by paragraph
costs half a minute in Python. Here the work is done once per distinct run of Han
characters (runs repeat: 他说, 是的, names), batched so that OpenCC, rjieba, the
dictionary and ``collections.Counter`` each run over many runs in one C-level call, and
the dictionary fixes of :mod:`readaid.language.segment` are applied once per distinct word
or stretch of single characters instead of once per occurrence.

One difference from a Document, on purpose: a line of more than ``MAX_PARAGRAPH``
characters with no sentence end and no space is cut by the Document at an arbitrary
point; here its runs stay whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import accumulate

from readaid.language.dictionary import Dictionary
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
from readaid.language.segment import (
    _HAN,
    FUNCTION_CHARACTERS,
    MAX_WORD_LENGTH,
    Kind,
    cut_han,
    pretokenize,
    segment,
    tag,
)

_HAN_RUN = re.compile(f"[{_HAN}]+")
#: A name's ``(start, end)`` in its run.
Name = tuple[int, int]
#: Lines where a URL may hold Han characters (those are not Chinese words): segmented the
#: slow, exact way.
_URL_LINE = re.compile(r"^.*(?:https?://|www\.).*$", re.M)
#: A run the segmenter may end with 了事 as one word (see ``segment._join_settle``).
_SETTLE_AT_END = re.compile("^.*了事$", re.M)
#: No content word holds a grammatical character (in either script), so single characters
#: in a row are joined piece by piece between them: the pieces are short and repeat. (Found
#: in a string where every longer token is a line break.)
_CONTENT_PART = re.compile(
    "[^\n"
    + "".join(ch for ch in FUNCTION_CHARACTERS if to_simplified(ch) in FUNCTION_CHARACTERS)
    + "]{2,}"
)


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
    runs = han_runs(text)
    if not runs:
        return Counter()
    # Each distinct run beside its Simplified form and how often it occurs, in lists side
    # by side: a dict from run to form costs more to build and ask than the work it saves.
    plains = to_simplified("\n".join(runs)).split("\n")
    # A run holding a person's name is segmented as a Document segments it (the name one
    # token); only such runs pay for the exact path.
    found = names_in_runs(plains, dictionary.common_words)
    # So does a run ending in 了事, which the segmenter may make one word ("to get it over
    # with": 赔钱了事) looking at the word before it.
    for plain in _SETTLE_AT_END.findall("\n".join(plains)):
        found.setdefault(plain, [])
    total = _count_named_runs(runs, plains, found, dictionary) if found else Counter()
    # Runs that occur equally often are segmented together, and their words counted once;
    # runs written in Simplified apart from the others, which need slicing back.
    groups: dict[tuple[int, bool], tuple[list[str], list[str]]] = {}
    for (run, times), plain in zip(runs.items(), plains, strict=True):
        if plain not in found:
            key = (times, plain == run)
            group = groups.get(key) or groups.setdefault(key, ([], []))
            group[0].append(run)
            group[1].append(plain)
    words = _Words(dictionary)
    batches = [
        (times, words.cut(group, plain_group))
        for (times, _), (group, plain_group) in groups.items()
    ]
    words.split_unknown(counts for _, (_, counts) in batches)
    stretches = [words.stretches(cut) for _, (cut, _) in batches]
    words.join_stretches(stretches)
    for (times, (_, counts)), parts in zip(batches, stretches, strict=True):
        words.apply(counts, parts)
        total.update(counts if times == 1 else {w: n * times for w, n in counts.items()})
    return +total


def _count_named_runs(
    runs: Counter[str], plains: list[str], found: dict[str, list[Name]], dictionary: Dictionary
) -> Counter[str]:
    """The words of the runs that hold a person's name or 了事 at their end (``found``: the
    names in each, by Simplified form) counted the exact way: segmented together, a line
    break between runs (the segmenter's fixes stop at one), with the names found before
    (not tagged and found a second time)."""
    named = [(run, plain) for run, plain in zip(runs, plains, strict=True) if plain in found]
    joined = "\n".join(run for run, _ in named)
    starts = [0, *accumulate(len(run) + 1 for run, _ in named)]  # where each run's line starts
    names = [
        (start + s, start + e)
        for (_, plain), start in zip(named, starts, strict=False)
        for s, e in found[plain]
    ]
    plain_joined = "\n".join(plain for _, plain in named)
    counts: Counter[str] = Counter()
    index = 0
    for start, end, kind in segment(
        joined, dictionary.known_words, names=names, simplified=plain_joined
    ):
        if kind in (Kind.CHINESE, Kind.NAME):
            while start >= starts[index + 1]:
                index += 1
            counts[joined[start:end]] += runs[named[index][0]]
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


def names_in_runs(plains: Iterable[str], common_words: KnownWords) -> dict[str, list[Name]]:
    """The runs of ``plains`` (Simplified Han runs) that hold a name :func:`find_names`
    finds, with what it finds, without asking it about most: a run with no surname followed
    by what may start a given name (``_MAY_HOLD_NAME``) holds none, and one with no
    compound surname, where the tagger marks no name (tag ``nr``) starting with or following
    a surname, gets no proposal. The tagger runs once over all the rest, a line break
    between runs (it tags each run apart, as on its own)."""
    candidates = _MAY_HOLD_NAME.findall("\n".join(plains))
    if not candidates:
        return {}
    joined = "\n".join(candidates)
    tagged = tag(joined)
    # Where each run's tagging starts (after a line break), and one past where it ends.
    bounds = [0, *(i + 1 for i, (word, _) in enumerate(tagged) if word == "\n"), len(tagged) + 1]
    assert len(bounds) == len(candidates) + 1, "a line break the tagger did not keep apart"
    # A name tag proposes a name only on a word starting with a surname, or after one.
    maybe = {
        bisect_right(bounds, i) - 1
        for i, (word, its_tag) in enumerate(tagged)
        if its_tag[:2] == "nr" and (word[0] in _NAME_STARTS or tagged[i - 1][0] in SURNAMES)
    }
    offsets = [0, *accumulate(len(plain) + 1 for plain in candidates)]
    maybe.update(bisect_right(offsets, m.start()) - 1 for m in _UNTAGGED_COMPOUND.finditer(joined))
    found = {}
    for k in maybe:
        names = find_names(candidates[k], tagged[bounds[k] : bounds[k + 1] - 1], common_words)
        if names:
            found[candidates[k]] = names
    return found


class _Words:
    """jieba's words made to agree with the dictionary as :func:`segment.segment` does,
    with the dictionary asked once for all the batches' words."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.headwords = dictionary.headwords()
        #: jieba's word -> the words a Document keeps, spaced ("\n" separates runs)
        self._pieces: dict[str, str] = {"\n": "\n"}
        #: jieba's word -> its one-character pieces as they are, each longer one a line break:
        #: joined, a batch's single characters in a row stand between line breaks
        self._singles: dict[str, str] = {"\n": "\n"}
        self._unknown: set[str] = set()  # jieba's words that are split into pieces
        self._joined: dict[str, list[str]] = {}  # single characters in a row -> words
        #: a word as written -> its Simplified form, where the two differ
        self._simplified: dict[str, str] = {}

    def cut(self, runs: list[str], simplified_runs: list[str]) -> tuple[list[str], Counter[str]]:
        """jieba's words of ``runs`` (cut in Simplified, as written), and their counts."""
        joined_simplified = "\n".join(simplified_runs)
        words = cut_han(joined_simplified)
        joined = "\n".join(runs)
        if joined != joined_simplified:
            ends = list(accumulate(map(len, words)))
            originals = [joined[s:e] for s, e in zip([0, *ends[:-1]], ends, strict=True)]
            pairs = {o: w for o, w in zip(originals, words, strict=True) if o != w}
            self._simplified.update({w: pairs[w] for w in pairs.keys() - self._simplified.keys()})
            words = originals
        counts = Counter(words)
        counts.pop("\n", None)
        return words, counts

    def split_unknown(self, batches: Iterable[Counter[str]]) -> None:
        """Words jieba made that no dictionary has become the longest words it has (see
        ``segment._agree_with_dictionary``)."""
        new = {w for counts in batches for w in counts if w not in self._pieces}
        short = [w for w in new if len(w) == 1]
        self._pieces.update(zip(short, short, strict=True))
        self._singles.update(zip(short, short, strict=True))
        long = [w for w in new if len(w) > 1]
        known = self.headwords
        unknown = [w for w in long if w not in known and self._simplified.get(w, w) not in known]
        self._pieces.update(zip(long, long, strict=True))
        self._singles.update(dict.fromkeys(long, "\n"))
        found = self._longest(unknown, known.__contains__)
        for word, pieces in found.items():
            self._pieces[word] = " ".join(pieces)
            self._singles[word] = "".join(p if len(p) == 1 else "\n" for p in pieces)
            self._unknown.add(word)
            simple = self._simplified.get(word, word)
            position = 0
            for piece in pieces:
                end = position + len(piece)
                if piece != simple[position:end]:
                    self._simplified.setdefault(piece, simple[position:end])
                position = end

    def stretches(self, words: list[str]) -> Counter[str]:
        """Single characters in a row (after :meth:`split_unknown`) between grammatical
        characters, with how often each occurs."""
        return Counter(_CONTENT_PART.findall("".join(map(self._singles.__getitem__, words))))

    def join_stretches(self, batches: Iterable[Counter[str]]) -> None:
        """Each stretch as the longest content words in it (see
        ``segment._join_single_characters``)."""
        new = {part for parts in batches for part in parts if part not in self._joined}
        self._joined.update(self._longest(list(new), self._is_content_word))

    def apply(self, counts: Counter[str], stretches: Counter[str]) -> None:
        """Turn a batch's counts of jieba's words into counts of the Document's words."""
        for word in counts.keys() & self._unknown:
            times = counts.pop(word)
            for piece in self._pieces[word].split(" "):
                counts[piece] += times
        for part, times in stretches.items():
            joined = self._joined[part]
            if len(joined) < len(part):
                for ch in part:
                    counts[ch] -= times
                for word in joined:
                    counts[word] += times

    def _longest(self, texts: list[str], is_word: Callable[[str], bool]) -> dict[str, list[str]]:
        """Each text cut into the longest words ``is_word`` accepts, left to right, in
        either script (as ``segment._longest_words`` does)."""
        simplified = self._simplified
        changing = {
            a
            for word, form in simplified.items()
            for a, b in zip(word, form, strict=True)
            if a != b
        }

        def in_simplified(text: str) -> str:
            if changing.isdisjoint(text):
                return text
            return simplified.get(text) or "".join([simplified.get(ch, ch) for ch in text])

        out = {}
        for text in texts:
            form = in_simplified(text)
            pieces, i, n = [], 0, len(text)
            while i < n:
                j = i + MAX_WORD_LENGTH if i + MAX_WORD_LENGTH < n else n
                while j > i + 1 and not is_word(text[i:j]) and not is_word(form[i:j]):
                    j -= 1
                pieces.append(text[i:j])
                i = j
            out[text] = pieces
        return out

    def _is_content_word(self, word: str) -> bool:
        return word in self.headwords and FUNCTION_CHARACTERS.isdisjoint(word)
