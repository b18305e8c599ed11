"""jieba's words of many runs at once, made to agree with the dictionary as
:func:`readaid.language.segment.segment` makes them, for :mod:`readaid.language.wordcount`.

The fixes (a word no dictionary has split into the words it has; single
characters in a row joined into the content words they make) look at each word in both
scripts. A word written in Traditional is therefore kept with the Simplified form it had
where it stood (``銀行<TAB>银行``), never a form remembered from elsewhere: 藉 is 借 in 藉由
but stays 藉 in 出藉, and the fixes must see which.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate

from readaid.language.dictionary import Dictionary
from readaid.language.jieba_engine import cut_han
from readaid.language.script import to_simplified
from readaid.language.segment import FUNCTION_CHARACTERS
from readaid.language.word_split import (
    DEGREE_BEFORE_MANY,
    IsWord,
    Split,
    longest_first,
    unknown_word_split,
)

#: Between a word as written and its Simplified form, in the key of a word written otherwise.
SEPARATOR = "\t"
#: A word of degree longer than a character is kept as this mark, not a line break: the 多
#: after it stands alone (see ``word_split.stands_alone``), as after 很, 太 and 挺.
_DEGREE_MARK = "\x01"
_LONGER_DEGREE = {w for w in DEGREE_BEFORE_MANY if len(w) > 1}
#: No content word holds a grammatical character (in either script), so single characters
#: in a row are joined piece by piece between them: the pieces are short and repeat. (Found
#: in a string where every longer token is a line break or the mark above.)
_CONTENT_PART = re.compile(
    "(?:(?<![{}])多|[^\n{}多{}])".format(
        "".join(w for w in DEGREE_BEFORE_MANY if len(w) == 1) + _DEGREE_MARK,
        _DEGREE_MARK,
        "".join(ch for ch in FUNCTION_CHARACTERS if to_simplified(ch) in FUNCTION_CHARACTERS),
    )
    + "{2,}"
)


def _break(simplified: str) -> str:
    """What stands for a word longer than a character among the single ones."""
    return _DEGREE_MARK if simplified in _LONGER_DEGREE else "\n"


def _forms(key: str) -> tuple[str, str]:
    """A key's word as written and its Simplified form."""
    written, _, simplified = key.partition(SEPARATOR)
    return written, simplified or written


def _key(written: str, simplified: str) -> str:
    return written if written == simplified else written + SEPARATOR + simplified


class BatchWords:
    """The words of batches of runs, with the dictionary asked once for all the batches."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.headwords = dictionary.headwords()
        #: key -> the words a Document keeps, as written, spaced ("\n" separates runs)
        self._pieces: dict[str, str] = {"\n": "\n"}
        #: key -> its one-character pieces as they are, each longer one a line break:
        #: joined, a batch's single characters in a row stand between line breaks. As
        #: written, and in Simplified.
        self._singles: dict[str, str] = {"\n": "\n"}
        self._plain_singles: dict[str, str] = {"\n": "\n"}
        self._unknown: set[str] = set()  # keys of jieba's words split into pieces
        self._joined: dict[str, list[str]] = {}  # single characters in a row -> words

    def cut(self, runs: list[str], simplified_runs: list[str]) -> list[str]:
        """The keys of jieba's words of ``runs`` (cut in Simplified), a line break between
        runs. Runs written in Simplified are given as ``simplified_runs`` itself."""
        joined_simplified = "\n".join(simplified_runs)
        words = cut_han(joined_simplified)
        if runs is not simplified_runs:
            joined = "\n".join(runs)
            ends = list(accumulate(map(len, words)))
            originals = [joined[s:e] for s, e in zip([0, *ends[:-1]], ends, strict=True)]
            words = [
                o if o == w else o + SEPARATOR + w for o, w in zip(originals, words, strict=True)
            ]
        return words

    def split_unknown(self, keys: Iterable[str]) -> None:
        """Words jieba made that no dictionary has become the words it has (see
        ``segment._agree_with_dictionary``)."""
        new = [key for key in keys if key not in self._pieces]
        known = self.headwords
        unknown = []
        for key in new:
            written, simplified = _forms(key)
            self._pieces[key] = written
            if len(written) == 1:
                self._singles[key], self._plain_singles[key] = written, simplified
                continue
            self._singles[key] = self._plain_singles[key] = _break(simplified)
            if written not in known and simplified not in known:
                unknown.append(key)
        for key, pieces in self._split(unknown, known.__contains__, unknown_word_split).items():
            written, simplified = _forms(key)
            self._pieces[key] = " ".join(pieces)
            self._unknown.add(key)
            plains = [
                simplified[end - len(p) : end]
                for p, end in zip(pieces, accumulate(map(len, pieces)), strict=True)
            ]
            self._singles[key] = "".join(
                p if len(p) == 1 else _break(plain) for p, plain in zip(pieces, plains, strict=True)
            )
            self._plain_singles[key] = "".join(
                plain if len(plain) == 1 else _break(plain) for plain in plains
            )

    def stretches(self, words: list[str], simplified: bool) -> list[str]:
        """Single characters in a row (after :meth:`split_unknown`) between grammatical
        characters, keyed as words are (``simplified``: the batch is written in Simplified,
        every key its own Simplified form)."""
        written = "".join(map(self._singles.__getitem__, words))
        if simplified:
            return _CONTENT_PART.findall(written)
        plain = "".join(map(self._plain_singles.__getitem__, words))
        return [
            _key(m.group(), plain[m.start() : m.end()]) for m in _CONTENT_PART.finditer(written)
        ]

    def words(self, keys: Counter[str], stretches: Counter[str]) -> Counter[str]:
        """The Document's words (as written) with how often each occurs, from how often
        each of jieba's words (by key) and each stretch of single characters occur."""
        # Each stretch as the longest content words in it (see
        # ``segment._join_single_characters``).
        new = list(set(stretches).difference(self._joined))
        self._joined.update(self._split(new, self._is_content_word, longest_first))
        counts = Counter(keys)  # a copy, made in C
        counts.pop("\n", None)
        for key in counts.keys() & self._unknown:
            times = counts.pop(key)
            for piece in self._pieces[key].split(" "):
                counts[piece] += times
        for key in [k for k in counts if SEPARATOR in k]:
            counts[_forms(key)[0]] += counts.pop(key)
        lowered: set[str] = set()
        for part, times in stretches.items():
            joined = self._joined[part]
            written = _forms(part)[0]
            if len(joined) < len(written):
                lowered.update(written)
                for ch in written:
                    counts[ch] -= times
                for word in joined:
                    counts[word] += times
        for ch in lowered:  # a character that only stood in stretches now joined
            if counts[ch] <= 0:
                del counts[ch]
        return counts

    def _split(self, keys: list[str], is_word: IsWord, split: Split) -> dict[str, list[str]]:
        """Each key's word cut into words ``is_word`` accepts in either script, as ``split``
        cuts (as ``segment._longest_words`` does), as written."""
        out = {}
        for key in keys:
            text, form = _forms(key)
            pieces, i = [], 0
            for length in split(text, form, is_word):
                pieces.append(text[i : i + length])
                i += length
            out[key] = pieces
        return out

    def _is_content_word(self, word: str) -> bool:
        return word in self.headwords and FUNCTION_CHARACTERS.isdisjoint(word)
