"""The dictionary: every source parsed once into a SQLite cache, then looked up from it.

The cache file is named after a hash of the sources' bytes and ``FORMAT_VERSION``, so a
changed source or a new format builds a new cache (atomically: temp file, then rename)
and later starts open it in a fraction of a millisecond instead of re-parsing.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from readaid import paths
from readaid.language.cedict import Entry, Reference, is_han
from readaid.language.dictcache import build_cache, cache_key
from readaid.language.dictnames import NameQuestions
from readaid.language.dictsearch import Searches
from readaid.language.glosses import ShortGlosses, lookup_order
from readaid.language.sources import Source, default_sources
from readaid.sqlchunks import in_batches

log = logging.getLogger(__name__)

#: Compiled caches kept side by side (one per set of sources, e.g. with and without --dict).
KEPT_CACHES = 3
#: The longest lookup or search query: words and phrases, not paragraphs (a long English
#: or pinyin query asks the index for many words and freezes whoever waits).
QUERY_LIMIT = 100


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    path: str
    licence: str
    attribution: str
    header: dict[str, str]
    entries: int


def _remember(memo: dict[str, bool], asked: Sequence[str], found: set[str]) -> None:
    """Keep each answer in one update: a thread reading the memo meanwhile (the reader
    counts in a worker) sees a word's answer or none, never a provisional one."""
    memo.update({word: word in found for word in asked})


def _connect(db_path: Path) -> sqlite3.Connection:
    """A read-only connection to a compiled cache, shared by the reader's threads. No
    Python function is registered on it: SQLite would call one holding the connection's
    mutex, waiting for the interpreter, while another thread holding the interpreter waits
    for that mutex (the reader froze so, counting words while it read ahead)."""
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)


#: A reading written capitalised, as CEDICT writes a name's or a place's
#: (:attr:`Entry.is_proper_noun`), in SQL.
_CAPITALISED = "coalesce(substr(e.pinyin, 1, 1) BETWEEN 'A' AND 'Z', 0)"


class Dictionary(Searches, NameQuestions, ShortGlosses):
    """Lookups over a compiled cache. Cheap to open; results are memoised per word."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self._db = _connect(db_path)
        # A plain dict, not lru_cache: on the segmentation path the memo is hit per token.
        self._memo: dict[str, list[Entry]] = {}
        self._known: dict[str, bool] = {}  # headword or not, for the segmenter
        self._context_memo: dict[str, str] = {}  # "" marks a phrase pypinyin doesn't know
        self._common_memo: dict[str, str] = {}
        self._usual: dict[str, str] | None = None
        self._headwords: frozenset[str] | None = None
        self._name_memo: dict[str, bool] = {}  # only a name or place, or not
        self._name_only: frozenset[str] | None = None
        self._common_words: dict[str, bool] = {}  # an everyday word, or not
        self._source_names = {
            row[0]: row[1] for row in self._db.execute("SELECT id, name FROM sources")
        }
        self._inherited: list[sqlite3.Connection] = []

    def reopen(self) -> None:
        """A connection of this process's own, in a process forked from the one that opened
        the dictionary (a SQLite connection must not be used across a fork). The inherited
        one is kept, never used nor closed: closing it could disturb the parent's."""
        self._inherited.append(self._db)
        self._db = _connect(self.path)

    # -- headwords -------------------------------------------------------------------
    def lookup(self, word: str) -> list[Entry]:
        """Entries whose Simplified or Traditional headword is ``word``."""
        hit = self._memo.get(word)
        if hit is None:
            self.prefetch([word])
            hit = self._memo[word]
        return hit

    def prefetch(self, words: Iterable[str]) -> None:
        """Look ``words`` up in one query per 500, so that :meth:`lookup` then answers
        from memory (a paragraph's tokens are fetched together)."""
        missing = list({w for w in words if w not in self._memo})
        for chunk, marks in in_batches(missing):
            found: dict[str, list[Entry]] = {word: [] for word in chunk}
            rows = self._db.execute(
                f"SELECT h.word, e.* FROM headwords h JOIN entries e ON e.id = h.entry "
                f"WHERE h.word IN ({marks}) ORDER BY e.id",
                chunk,
            )
            for row in rows:
                found[row[0]].append(self._entry(row[1:-1]))
            for word, entries in found.items():
                entries.sort(key=lookup_order)  # stable: otherwise the sources' own order
                self._memo[word] = entries

    def usual_traditional(self, simplified: str) -> str:
        """How people write ``simplified`` in Traditional where the dictionary has several
        ways, each its own sense (台风: 颱風 "typhoon", not 臺風 "stage presence"); ""
        for a word written one way. The table (about a thousand rows) is read once."""
        if self._usual is None:
            self._usual = dict(self._db.execute("SELECT simplified, traditional FROM usual_forms"))
        return self._usual.get(simplified, "")

    def extra_words(self) -> list[str]:
        """Simplified headwords of every source after CC-CEDICT, for the segmenter to learn."""
        rows = self._db.execute("SELECT DISTINCT simplified FROM entries WHERE source > 1")
        return [row[0] for row in rows if len(row[0]) > 1]

    def __contains__(self, word: str) -> bool:
        return bool(self.lookup(word))

    def known_words(self, words: Iterable[str]) -> set[str]:
        """Which of ``words`` are headwords, in one query (segmentation asks in batches)."""
        if self._headwords is not None:  # read already for a whole book: no query
            return set(self._headwords.intersection(words))
        wanted = set(words)
        known = self._known
        unknown = [w for w in wanted if w not in self._memo and w not in known]
        for chunk, marks in in_batches(unknown):
            rows = self._db.execute(
                f"SELECT DISTINCT word FROM headwords WHERE word IN ({marks})", chunk
            )
            _remember(known, chunk, {row[0] for row in rows})
        found = {w for w in wanted if known.get(w) or self._memo.get(w)}
        return found

    def common_words(self, words: Iterable[str]) -> set[str]:
        """Which of ``words`` the dictionary has as everyday words, not only as names
        (南北 "north and south" is; 陈美, a violinist's name, is not)."""
        if self._headwords is not None:  # a whole book: no query
            name_only = self.name_only_words()
            return {w for w in self._headwords.intersection(words) if w not in name_only}
        wanted = set(words)
        memo = self._common_words
        missing = [w for w in wanted if w not in memo]
        # Asked of the entries' readings in SQL (``Entry.is_proper_noun``), not by parsing
        # every entry: the name finder asks about tens of thousands of words in a book.
        for chunk, marks in in_batches(missing):
            rows = self._db.execute(
                "SELECT DISTINCT h.word FROM headwords h JOIN entries e ON e.id = h.entry"
                f" WHERE h.word IN ({marks}) AND NOT {_CAPITALISED}",
                chunk,
            )
            _remember(memo, chunk, {row[0] for row in rows})
        return {w for w in wanted if memo[w]}

    def headwords(self) -> frozenset[str]:
        """Every headword of every source, in either script, read once (0.05 s): for work
        over a whole book, where asking per batch of words costs more."""
        if self._headwords is None:
            self._headwords = self._word_list("headwords")
        return self._headwords

    def character(self, ch: str) -> list[Entry]:
        """Entries for one character; a Han character no source has gets a fallback entry."""
        entries = self.lookup(ch)
        if entries or not is_han(ch):
            return entries
        return [_fallback_entry(ch, self)]

    def characters(self, word: str) -> list[tuple[str, list[Entry]]]:
        """Each Han character of ``word`` with its own entries (for the per-character gloss)."""
        return [(ch, self.character(ch)) for ch in word if is_han(ch)]

    # -- context for readings (pypinyin's phrase data, compiled into the cache) -------------
    def context_phrases(self, phrases: Iterable[str]) -> dict[str, str]:
        """pypinyin's numbered reading of each of ``phrases`` it knows (Simplified)."""
        memo = self._context_memo
        wanted = [p for p in set(phrases) if p not in memo]
        for chunk, marks in in_batches(wanted):
            rows = self._db.execute(
                f"SELECT phrase, pinyin FROM context_phrases WHERE phrase IN ({marks})", chunk
            )
            answers = dict.fromkeys(chunk, "")
            answers.update(rows)
            memo.update(answers)  # in one update: another thread never sees a provisional ""
        return {p: memo[p] for p in phrases if memo[p]}

    def common_reading(self, ch: str) -> str:
        """The character's most frequent reading according to pypinyin ("" if unknown)."""
        if ch not in self._common_memo:
            row = self._db.execute(
                "SELECT pinyin FROM common_readings WHERE ch = ?", (ch,)
            ).fetchone()
            self._common_memo[ch] = row[0] if row else ""
        return self._common_memo[ch]

    # -- about -----------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        rows = self._db.execute(
            "SELECT name, path, licence, attribution, header, entries FROM sources ORDER BY id"
        )
        return [SourceInfo(n, p, lic, a, json.loads(h), c) for n, p, lic, a, h, c in rows]

    def _entry(self, row: Sequence) -> Entry:
        _id, source, traditional, simplified, pinyin, body = row
        senses, classifiers, variants, see, taiwan, jyutping = json.loads(body)
        return Entry(
            traditional=traditional,
            simplified=simplified,
            pinyin=pinyin,
            senses=tuple(senses),
            classifiers=tuple(Reference(*r) for r in classifiers),
            variant_of=tuple(Reference(*r) for r in variants),
            see_also=tuple(Reference(*r) for r in see),
            taiwan_pinyin=taiwan,
            jyutping=jyutping,
            source=self._source_names.get(source, "?"),
        )


def _fallback_entry(ch: str, dictionary: Dictionary) -> Entry:
    """A character no source lists: name its variant if OpenCC knows one; pypinyin's reading."""
    from readaid.language.script import get_converter

    senses = []
    for config in ("t2s", "s2t"):
        variant = get_converter(config).convert(ch)
        if variant != ch and dictionary.lookup(variant):
            senses.append(f"variant of {variant}")
            break
    reading = dictionary.common_reading(ch)
    senses.append("(no dictionary entry for this character)")
    return Entry(ch, ch, reading, tuple(senses), source="fallback", fallback=True)


def open_dictionary(
    sources: Sequence[Source] | None = None,
    cache: Path | None = None,
    on_build: Callable[[], None] | None = None,
    report: Callable[[str], None] | None = None,
) -> Dictionary:
    """Open the compiled cache for ``sources``, building it first if it is missing or stale
    (``on_build`` is told first: it takes several seconds; ``report`` hears each step)."""
    sources = list(sources) if sources is not None else default_sources()
    cache = cache or paths.cache_dir()
    target = _compiled_path(sources, cache)
    if target.is_file():
        os.utime(target)  # most recently used: the last to be cleaned away
    else:
        log.info("building dictionary cache %s", target)
        if on_build is not None:
            on_build()
        build_cache(sources, target, report)
        # Keep a few caches, so switching between --dict sets does not rebuild each time.
        caches = sorted(
            cache.glob("dictionary-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in caches[KEPT_CACHES:]:
            old.unlink(missing_ok=True)
    return Dictionary(target)


def compiled_dictionary() -> Dictionary | None:
    """The default dictionary if it is compiled already (None rather than compile it)."""
    target = _compiled_path(default_sources(), paths.cache_dir())
    return Dictionary(target) if target.is_file() else None


def _compiled_path(sources: Sequence[Source], cache: Path) -> Path:
    return cache / f"dictionary-{cache_key(sources)}.sqlite"


@cache
def get_dictionary(
    extra: tuple[Path, ...] = (),
    on_build: Callable[[], None] | None = None,
    report: Callable[[str], None] | None = None,
) -> Dictionary:
    """The default dictionary (plus ``extra`` CEDICT files), opened once per process."""
    return open_dictionary(default_sources(extra), on_build=on_build, report=report)
