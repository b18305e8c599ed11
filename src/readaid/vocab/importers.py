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
from pathlib import Path

from readaid.language.cedict import is_han

FORMATS = ("auto", "words", "csv", "pleco", "anki")
_HEADWORD_COLUMNS = ("simplified", "traditional", "word", "hanzi", "chinese", "词", "词语", "汉字")
_TAG = re.compile(r"<[^>]*>")
_PLECO_HEADWORD = re.compile(r"^([^\[\t]+)\[([^\]\t]+)\]$")


class ImportFileError(Exception):
    """A one-line reason a word list could not be read."""


@dataclass(frozen=True)
class KnownWords:
    words: list[tuple[str, str, str]]  # (simplified, traditional, pinyin)
    skipped: int  # entries with no Chinese word in them


def read_known_words(path: Path, file_format: str = "auto") -> KnownWords:
    from readaid.text import InputError, decode

    try:
        text = decode(path.read_bytes(), path.name).lstrip("\ufeff")
    except OSError as error:
        raise ImportFileError(f"cannot read {path}: {error.strerror}") from None
    except InputError as error:
        raise ImportFileError(str(error)) from None
    if file_format == "auto":
        file_format = detect_format(path, text)
    headwords = {
        "words": _plain_words,
        "csv": _csv_words,
        "pleco": _pleco_words,
        "anki": _anki_words,
    }[file_format](text)
    return _to_known_words(headwords)


def detect_format(path: Path, text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if any(line.startswith(("#separator:", "#html:", "#notetype")) for line in lines[:20]):
        return "anki"
    if path.suffix.lower() == ".csv":
        return "csv"
    if any(line.startswith("//") or _PLECO_HEADWORD.match(line.split("\t")[0]) for line in lines):
        return "pleco"
    if any("\t" in line for line in lines):
        return "anki"
    return "words"


def _chinese(cell: str) -> str:
    """The cell's text without HTML, if it is a Chinese word; otherwise ""."""
    text = html.unescape(_TAG.sub("", cell)).strip()
    return text if text and all(is_han(ch) or ch == "·" for ch in text) else ""


def _plain_words(text: str) -> Iterator[tuple[str, str | None]]:
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for chunk in re.split(r"[\s,，、;；]+", line):
            if chunk:
                yield _chinese(chunk), None


def _csv_words(text: str) -> Iterator[tuple[str, str | None]]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if not rows:
        return
    header = [cell.strip().lower() for cell in rows[0]]
    named = [i for i, name in enumerate(header) if name in _HEADWORD_COLUMNS]
    if named:
        rows = rows[1:]
    for row in rows:
        cells = [row[i] for i in named if i < len(row)] if named else row
        yield next((word for word in map(_chinese, cells) if word), ""), None


def _pleco_words(text: str) -> Iterator[tuple[str, str | None]]:
    for line in text.splitlines():
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
    lines = text.splitlines()
    headers = dict(line[1:].split(":", 1) for line in lines if line.startswith("#") and ":" in line)
    separator = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|"}.get(
        headers.get("separator", "tab").strip().lower(), "\t"
    )
    not_fields = {  # guid, notetype, deck and tags columns
        int(value) - 1
        for key, value in headers.items()
        if key.endswith(" column") and value.strip().isdigit()
    }
    body = "\n".join(line for line in lines if not line.startswith("#"))
    for row in csv.reader(io.StringIO(body), delimiter=separator):
        fields = [cell for i, cell in enumerate(row) if i not in not_fields]
        if fields:
            yield _chinese(fields[0]), None


def _to_known_words(headwords: Iterable[tuple[str, str | None]]) -> KnownWords:
    from readaid.language.script import Script, convert, to_simplified

    found: dict[str, tuple[str, str, str]] = {}
    skipped = 0
    for word, traditional in headwords:
        if not word:
            skipped += 1
            continue
        simplified = to_simplified(word)
        found.setdefault(
            simplified, (simplified, traditional or convert(word, Script.TRADITIONAL), "")
        )
    return KnownWords(list(found.values()), skipped)
