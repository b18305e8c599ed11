"""Known-word lists in, so a learner starts at their real level: a plain word list, a
CSV, a Pleco flashcard export or an Anki "notes in plain text" export. Only the
characters matter here (statuses are per word); readings are left to later saves."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice, takewhile
from pathlib import Path

from readaid.language.cedict import is_han

FORMATS = ("auto", "words", "csv", "pleco", "anki")
_HEADWORD_COLUMNS = ("simplified", "traditional", "word", "hanzi", "chinese", "词", "词语", "汉字")
_TAG = re.compile(r"<[^>]*>")
_PLECO_HEADWORD = re.compile(r"^([^\[\t]+)\[([^\]\t]+)\]$")
_WORD_SEPARATORS = re.compile(r"[\s,，、;；]+")
_SNIFF_LINES = 1000  # the format shows in a list's first lines
_LONGEST_CELL = 1000  # longer is a text, not a word (even with HTML around it)


class ImportFileError(Exception):
    """A one-line reason a word list could not be read."""


@dataclass(frozen=True)
class KnownWords:
    words: list[tuple[str, str, str]]  # (simplified, traditional, pinyin)
    skipped: int  # entries with no Chinese word in them


def read_known_words(path: Path, file_format: str = "auto") -> KnownWords:
    """The words in ``path``: a regular file within readaid's input limit, read line by
    line after decoding, so a long list costs little more than its own text."""
    from readaid.text import InputError, decode
    from readaid.text.files import read_file

    try:
        text = decode(read_file(path), path.name).lstrip("\ufeff")
    except InputError as error:
        raise ImportFileError(f"cannot read {error}") from None
    if file_format == "auto":
        file_format = detect_format(path, text)
    headwords = {
        "words": _plain_words,
        "csv": _csv_words,
        "pleco": _pleco_words,
        "anki": _anki_words,
    }[file_format](text)
    try:
        return _to_known_words(headwords)
    except csv.Error as error:  # a field over the csv module's limit, a stray NUL
        raise ImportFileError(f"{path.name}: not a readable {file_format} list ({error})") from None


def detect_format(path: Path, text: str) -> str:
    lines = list(islice((line for line in _lines(text) if line.strip()), _SNIFF_LINES))
    if any(line.startswith(("#separator:", "#html:", "#notetype")) for line in lines[:20]):
        return "anki"
    if path.suffix.lower() == ".csv":
        return "csv"
    if any(line.startswith("//") or _PLECO_HEADWORD.match(line.split("\t")[0]) for line in lines):
        return "pleco"
    if any("\t" in line for line in lines):
        return "anki"
    return "words"


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time (``splitlines`` would hold them all at once)."""
    return (line.rstrip("\r\n") for line in io.StringIO(text, newline=None))


@lru_cache(maxsize=1 << 16)  # lists repeat their words; checking each character is the cost
def _chinese(cell: str) -> str:
    """The cell's text without HTML, if it is a Chinese word; otherwise ""."""
    if len(cell) > _LONGEST_CELL:
        return ""
    text = html.unescape(_TAG.sub("", cell)).strip()
    return text if text and all(is_han(ch) or ch == "·" for ch in text) else ""


def _plain_words(text: str) -> Iterator[tuple[str, str | None]]:
    for line in _lines(text):
        if line.lstrip().startswith("#"):
            continue
        for chunk in _WORD_SEPARATORS.split(line):
            if chunk:
                yield _chinese(chunk), None


def _csv_words(text: str) -> Iterator[tuple[str, str | None]]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = (row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row))
    first = next(rows, None)
    if first is None:
        return
    header = [cell.strip().lower() for cell in first]
    named = [i for i, name in enumerate(header) if name in _HEADWORD_COLUMNS]
    for row in rows if named else chain([first], rows):
        cells = [row[i] for i in named if i < len(row)] if named else row
        yield next((word for word in map(_chinese, cells) if word), ""), None


def _pleco_words(text: str) -> Iterator[tuple[str, str | None]]:
    for line in _lines(text):
        if not line.strip() or line.startswith("//"):
            continue
        headword = line.split("\t")[0].strip()
        if match := _PLECO_HEADWORD.match(headword):
            simplified, traditional = (_chinese(part) for part in match.groups())
            yield simplified, traditional or None
        else:
            yield _chinese(headword), None


def _anki_words(text: str) -> Iterator[tuple[str, str | None]]:
    """The first field of each note; Anki's header lines say which columns are not fields."""
    header_lines = takewhile(lambda line: line.startswith("#"), _lines(text))
    headers = dict(line[1:].split(":", 1) for line in header_lines if ":" in line)
    separator = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|"}.get(
        headers.get("separator", "tab").strip().lower(), "\t"
    )
    not_fields = {  # guid, notetype, deck and tags columns
        int(value) - 1
        for key, value in headers.items()
        if key.endswith(" column") and value.strip().isascii() and value.strip().isdigit()
    }
    # Lines keep their ends here: a quoted field may span lines.
    body = (line for line in io.StringIO(text, newline=None) if not line.startswith("#"))
    for row in csv.reader(body, delimiter=separator):
        fields = [cell for i, cell in enumerate(row) if i not in not_fields]
        if fields:
            yield _chinese(fields[0]), None


def _to_known_words(headwords: Iterable[tuple[str, str | None]]) -> KnownWords:
    from readaid.language.script import Script, convert, to_simplified

    found: dict[str, tuple[str, str, str]] = {}
    seen: set[tuple[str, str | None]] = set()  # lists repeat words: convert each spelling once
    skipped = 0
    for word, traditional in headwords:
        if not word:
            skipped += 1
            continue
        if (word, traditional) in seen:
            continue
        seen.add((word, traditional))
        simplified = to_simplified(word)
        if simplified not in found:
            found[simplified] = (simplified, traditional or convert(word, Script.TRADITIONAL), "")
    return KnownWords(list(found.values()), skipped)
