"""The dictionary: every source parsed once into a SQLite cache, then looked up from it.

The cache file is named after a hash of the sources' bytes and ``FORMAT_VERSION``, so a
changed source or a new format builds a new cache (atomically: temp file, then rename)
and later starts open it in a fraction of a millisecond instead of re-parsing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from readaid import paths
from readaid.cedict import Entry, Reference, is_han, parse_lines
from readaid.pinyin import marks_to_numbered, search_keys
from readaid.sources import Source, default_sources

log = logging.getLogger(__name__)

FORMAT_VERSION = 5
_SCHEMA = """
CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT, path TEXT, licence TEXT,
                      attribution TEXT, header TEXT, entries INTEGER);
CREATE TABLE entries (id INTEGER PRIMARY KEY, source INTEGER, traditional TEXT,
                      simplified TEXT, pinyin TEXT, body TEXT);
CREATE TABLE headwords (word TEXT NOT NULL, entry INTEGER NOT NULL);
CREATE TABLE pinyin_keys (letters TEXT NOT NULL, tones TEXT NOT NULL, entry INTEGER NOT NULL);
CREATE VIRTUAL TABLE english USING fts5(senses, tokenize = 'porter unicode61');
CREATE TABLE context_phrases (phrase TEXT PRIMARY KEY, pinyin TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE common_readings (ch TEXT PRIMARY KEY, pinyin TEXT NOT NULL) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX headwords_word ON headwords (word);
CREATE INDEX pinyin_letters ON pinyin_keys (letters);
"""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    path: str
    licence: str
    attribution: str
    header: dict[str, str]
    entries: int


class Dictionary:
    """Lookups over a compiled cache. Cheap to open; results are memoised per word."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self._db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        # A plain dict, not lru_cache: on the segmentation path the memo is hit per token.
        self._memo: dict[str, list[Entry]] = {}
        self._context_memo: dict[str, str] = {}  # "" marks a phrase pypinyin doesn't know
        self._common_memo: dict[str, str] = {}
        self._source_names = {row[0]: row[1] for row in self._db.execute("SELECT id, name FROM sources")}

    # -- headwords -------------------------------------------------------------------
    def lookup(self, word: str) -> list[Entry]:
        """Entries whose Simplified or Traditional headword is ``word``, sources in order."""
        hit = self._memo.get(word)
        if hit is None:
            rows = self._db.execute(
                "SELECT e.* FROM headwords h JOIN entries e ON e.id = h.entry "
                "WHERE h.word = ? ORDER BY e.id",
                (word,),
            ).fetchall()
            hit = self._memo[word] = [self._entry(row) for row in rows]
        return hit

    def extra_words(self) -> list[str]:
        """Simplified headwords of every source after CC-CEDICT, for the segmenter to learn."""
        rows = self._db.execute("SELECT DISTINCT simplified FROM entries WHERE source > 1")
        return [row[0] for row in rows if len(row[0]) > 1]

    def __contains__(self, word: str) -> bool:
        return bool(self.lookup(word))

    def known_words(self, words: Iterable[str]) -> set[str]:
        """Which of ``words`` are headwords, in one query (segmentation asks in batches)."""
        unknown = [w for w in set(words) if w not in self._memo]
        found = {w for w in set(words) if self._memo.get(w)}
        for start in range(0, len(unknown), 500):
            chunk = unknown[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT DISTINCT word FROM headwords WHERE word IN ({marks})", chunk
            )
            found.update(row[0] for row in rows)
        return found

    def character(self, ch: str) -> list[Entry]:
        """Entries for one character; a Han character no source has gets a fallback entry."""
        entries = self.lookup(ch)
        if entries or not is_han(ch):
            return entries
        return [_fallback_entry(ch, self)]

    def characters(self, word: str) -> list[tuple[str, list[Entry]]]:
        """Each Han character of ``word`` with its own entries (for the per-character gloss)."""
        return [(ch, self.character(ch)) for ch in word if is_han(ch)]

    # -- search ----------------------------------------------------------------------
    def search_pinyin(self, query: str, limit: int = 50) -> list[Entry]:
        """By reading, with or without tones or spaces: ``yinhang``, ``yin2hang2``, ``yín háng``."""
        letters, tones = search_keys(query)
        if not letters:
            return []
        rows = self._db.execute(
            "SELECT e.*, k.tones FROM pinyin_keys k JOIN entries e ON e.id = k.entry "
            "WHERE k.letters = ? ORDER BY e.id",
            (letters,),
        ).fetchall()
        entries = [self._entry(row[:-1]) for row in rows if not tones or row[-1] == tones]
        # Common words before names, and the more senses the more likely the word meant.
        entries.sort(key=lambda e: (e.is_proper_noun, e.is_variant_only, -len(e.senses)))
        return entries[:limit]

    def search_english(self, query: str, limit: int = 50) -> list[Entry]:
        """Reverse lookup: entries with a sense matching ``query``, exact senses first."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split()]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = self._db.execute(
            "SELECT e.*, bm25(english) FROM english JOIN entries e ON e.id = english.rowid "
            "WHERE english MATCH ? ORDER BY bm25(english) LIMIT 500",
            (match,),
        ).fetchall()
        wanted = query.strip().lower()

        def rank(row: tuple) -> tuple:
            entry = self._entry(row[:-1])
            senses = [s.lower() for s in entry.senses]
            exact = wanted in senses or f"to {wanted}" in senses
            return (not exact, entry.is_proper_noun, row[-1], len(entry.simplified))

        rows.sort(key=rank)
        return [self._entry(row[:-1]) for row in rows[:limit]]

    # -- context for readings (pypinyin's phrase data, compiled into the cache) -------------
    def context_phrases(self, phrases: Iterable[str]) -> dict[str, str]:
        """pypinyin's numbered reading of each of ``phrases`` it knows (Simplified)."""
        memo = self._context_memo
        wanted = [p for p in set(phrases) if p not in memo]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT phrase, pinyin FROM context_phrases WHERE phrase IN ({marks})", chunk
            )
            memo.update(dict.fromkeys(chunk, ""))
            memo.update(rows)
        return {p: memo[p] for p in phrases if memo[p]}

    def common_reading(self, ch: str) -> str:
        """The character's most frequent reading according to pypinyin ("" if unknown)."""
        if ch not in self._common_memo:
            row = self._db.execute("SELECT pinyin FROM common_readings WHERE ch = ?", (ch,)).fetchone()
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
    from readaid.script import get_converter

    senses = []
    for config in ("t2s", "s2t"):
        variant = get_converter(config).convert(ch)
        if variant != ch and dictionary.lookup(variant):
            senses.append(f"variant of {variant}")
            break
    reading = dictionary.common_reading(ch)
    senses.append("(no dictionary entry for this character)")
    return Entry(ch, ch, reading, tuple(senses), source="fallback", fallback=True)


# -- building the cache ----------------------------------------------------------------
def cache_key(sources: Sequence[Source]) -> str:
    digest = hashlib.sha256(f"readaid-dictionary-{FORMAT_VERSION}".encode())
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.digest().encode())
    for data in _pypinyin_data():
        digest.update(hashlib.sha256(data.read_bytes()).hexdigest().encode())
    return digest.hexdigest()[:20]


def build_cache(sources: Sequence[Source], target: Path) -> None:
    """Parse ``sources`` into a new SQLite file at ``target``, written atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".dictionary-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(_SCHEMA)
        entry_id = 0
        for source_id, source in enumerate(sources, start=1):
            header = source.header()
            entries = list(parse_lines(source.lines(), source.name))
            rows, heads, keys, english = [], [], [], []
            for entry in entries:
                entry_id += 1
                body = json.dumps(
                    [
                        entry.senses,
                        [_ref(r) for r in entry.classifiers],
                        [_ref(r) for r in entry.variant_of],
                        [_ref(r) for r in entry.see_also],
                        entry.taiwan_pinyin,
                        entry.jyutping,
                    ],
                    ensure_ascii=False,
                )
                rows.append((entry_id, source_id, entry.traditional, entry.simplified, entry.pinyin, body))
                heads.append((entry.simplified, entry_id))
                if entry.traditional != entry.simplified:
                    heads.append((entry.traditional, entry_id))
                letters, tones = search_keys(entry.pinyin.replace("5", ""))
                keys.append((letters, tones, entry_id))
                english.append((entry_id, " / ".join(entry.senses)))
            db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?)", rows)
            db.executemany("INSERT INTO headwords VALUES (?,?)", heads)
            db.executemany("INSERT INTO pinyin_keys VALUES (?,?,?)", keys)
            db.executemany("INSERT INTO english (rowid, senses) VALUES (?,?)", english)
            db.execute(
                "INSERT INTO sources VALUES (?,?,?,?,?,?,?)",
                (source_id, source.name, str(source.path), source.licence, source.attribution,
                 json.dumps(header), len(entries)),
            )
        _add_context_data(db)
        db.executescript(_INDEXES)
        db.commit()
        db.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _pypinyin_data() -> list[Path]:
    """pypinyin's phrase and character data files, found without importing pypinyin
    (its import builds a segmenter we don't use)."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations)))
    return [folder / "phrases_dict.json", folder / "pinyin_dict.json"]


def _add_context_data(db: sqlite3.Connection) -> None:
    files = _pypinyin_data()
    if not files or not all(f.is_file() for f in files):
        log.warning("pypinyin data not found: readings will not use phrase context")
        return
    phrases = json.loads(files[0].read_text(encoding="utf-8"))
    db.executemany(
        "INSERT OR REPLACE INTO context_phrases VALUES (?, ?)",
        ((phrase, _numbered(r[0] for r in readings)) for phrase, readings in phrases.items()),
    )
    characters = json.loads(files[1].read_text(encoding="utf-8"))
    db.executemany(
        "INSERT OR REPLACE INTO common_readings VALUES (?, ?)",
        ((chr(int(code)), _numbered([readings.split(",")[0]])) for code, readings in characters.items()),
    )


def _numbered(marked_syllables: Iterable[str]) -> str:
    out = []
    for syllable in marked_syllables:
        numbered = marks_to_numbered(syllable)
        out.append(numbered if numbered[-1:].isdigit() else numbered + "5")
    return " ".join(out)


def _ref(ref: Reference) -> tuple[str, str, str]:
    return (ref.traditional, ref.simplified, ref.pinyin)


def open_dictionary(sources: Sequence[Source] | None = None, cache: Path | None = None) -> Dictionary:
    """Open the compiled cache for ``sources``, building it first if it is missing or stale."""
    sources = list(sources) if sources is not None else default_sources()
    cache = cache or paths.cache_dir()
    target = cache / f"dictionary-{cache_key(sources)}.sqlite"
    if not target.is_file():
        log.info("building dictionary cache %s", target)
        build_cache(sources, target)
        for old in cache.glob("dictionary-*.sqlite"):
            if old != target:
                old.unlink(missing_ok=True)
    return Dictionary(target)


@lru_cache(maxsize=None)
def get_dictionary(extra: tuple[Path, ...] = ()) -> Dictionary:
    """The default dictionary (plus ``extra`` CEDICT files), opened once per process."""
    return open_dictionary(default_sources(extra))
