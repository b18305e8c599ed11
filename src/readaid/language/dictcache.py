"""Compiling dictionary sources into the SQLite cache readaid looks words up in.

Every CEDICT-format source is parsed once; pypinyin's phrase and character data, which the
readings use for context, go into the same file. The file is named after a hash of all of
it and ``FORMAT_VERSION``, so any change builds a new cache.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from readaid.language.cedict import Reference, parse_lines
from readaid.language.dictrank import rank_entries
from readaid.language.pinyin import marks_to_numbered, parse_pinyin_query
from readaid.language.sources import Source

log = logging.getLogger(__name__)

FORMAT_VERSION = 11
_SCHEMA = """
CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT, path TEXT, licence TEXT,
                      attribution TEXT, header TEXT, entries INTEGER);
CREATE TABLE entries (id INTEGER PRIMARY KEY, source INTEGER, traditional TEXT,
                      simplified TEXT, pinyin TEXT, body TEXT, commonness INTEGER DEFAULT 0);
CREATE TABLE headwords (word TEXT NOT NULL, entry INTEGER NOT NULL);
CREATE TABLE pinyin_keys (letters TEXT NOT NULL, entry INTEGER NOT NULL);
CREATE VIRTUAL TABLE english USING fts5(senses, tokenize = 'porter unicode61');
CREATE TABLE context_phrases (phrase TEXT PRIMARY KEY, pinyin TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE common_readings (ch TEXT PRIMARY KEY, pinyin TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE usual_forms (simplified TEXT PRIMARY KEY, traditional TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE word_lists (name TEXT PRIMARY KEY, words TEXT NOT NULL) WITHOUT ROWID;
"""
#: Lists of words a whole book needs at once, each kept joined by line breaks: one string to
#: read instead of a row per word (0.05 s less each time a book is counted).
_WORD_LISTS = """
INSERT INTO word_lists SELECT 'headwords', coalesce(group_concat(word, char(10)), '')
    FROM (SELECT DISTINCT word FROM headwords);
INSERT INTO word_lists SELECT 'name_only', coalesce(group_concat(word, char(10)), '')
    FROM (SELECT h.word FROM headwords h JOIN entries e ON e.id = h.entry GROUP BY h.word
          HAVING min(coalesce(substr(e.pinyin, 1, 1) BETWEEN 'A' AND 'Z', 0)) = 1);
"""
_INDEXES = """
CREATE INDEX headwords_word ON headwords (word);
CREATE INDEX pinyin_letters ON pinyin_keys (letters);
"""


def cache_key(sources: Sequence[Source]) -> str:
    digest = hashlib.sha256(f"readaid-dictionary-{FORMAT_VERSION}".encode())
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.digest().encode())
    for data in _pypinyin_data():
        digest.update(hashlib.sha256(data.read_bytes()).hexdigest().encode())
    return digest.hexdigest()[:20]


def build_cache(
    sources: Sequence[Source], target: Path, report: Callable[[str], None] | None = None
) -> None:
    """Parse ``sources`` into a new SQLite file at ``target``, written atomically;
    ``report`` hears each step as it starts ("reading CC-CEDICT", "indexing")."""
    tell = report or (lambda step: None)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".dictionary-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(_SCHEMA)
        entry_id = 0
        for source_id, source in enumerate(sources, start=1):
            tell(f"reading {source.name}")
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
                rows.append(
                    (entry_id, source_id, entry.traditional, entry.simplified, entry.pinyin, body)
                )
                heads.append((entry.simplified, entry_id))
                if entry.traditional != entry.simplified:
                    heads.append((entry.traditional, entry_id))
                keys.append((parse_pinyin_query(entry.pinyin).letters, entry_id))
                english.append((entry_id, " / ".join(entry.senses)))
            db.executemany(
                "INSERT INTO entries (id, source, traditional, simplified, pinyin, body)"
                " VALUES (?,?,?,?,?,?)",
                rows,
            )
            db.executemany("INSERT INTO headwords VALUES (?,?)", heads)
            db.executemany("INSERT INTO pinyin_keys VALUES (?,?)", keys)
            db.executemany("INSERT INTO english (rowid, senses) VALUES (?,?)", english)
            db.execute(
                "INSERT INTO sources VALUES (?,?,?,?,?,?,?)",
                (
                    source_id,
                    source.name,
                    str(source.path),
                    source.licence,
                    source.attribution,
                    json.dumps(header),
                    len(entries),
                ),
            )
        tell("adding phrase readings")
        _add_context_data(db)
        tell("ranking entries")
        rank_entries(db)
        _add_usual_forms(db)
        db.executescript(_WORD_LISTS)
        tell("indexing")
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
        (
            (chr(int(code)), _numbered([readings.split(",")[0]]))
            for code, readings in characters.items()
        ),
    )


def _add_usual_forms(db: sqlite3.Connection) -> None:
    """For each Simplified headword the dictionary writes several ways in Traditional
    (台风: 臺風 "stage presence", 颱風 "typhoon"), the way OpenCC's phrase table writes it:
    the everyday word, as people write it (see ``readaid.language.senses``)."""
    from readaid.language.script import get_converter

    rows = db.execute(
        "SELECT simplified FROM entries GROUP BY simplified HAVING COUNT(DISTINCT traditional) > 1"
    ).fetchall()
    converter = get_converter("s2t")
    db.executemany(
        "INSERT INTO usual_forms VALUES (?, ?)",
        ((simplified, converter.convert(simplified)) for (simplified,) in rows),
    )


def _numbered(marked_syllables: Iterable[str]) -> str:
    out = []
    for syllable in marked_syllables:
        numbered = marks_to_numbered(syllable)
        out.append(numbered if numbered[-1:].isdigit() else numbered + "5")
    return " ".join(out)


def _ref(ref: Reference) -> tuple[str, str, str]:
    return (ref.traditional, ref.simplified, ref.pinyin)
