"""Saved words out to flashcard programs: an Anki package, Anki's own text format, a
spreadsheet-safe CSV, Pleco flashcards and a Zhongwen word list. Every export is written
as :mod:`readaid.output` writes: a regular file through a temporary file beside it, so a
crash never leaves half a file where the learner's previous export was."""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from readaid.language.pinyin import syllables, to_display_numbers, to_marks, word_marks
from readaid.vocab import notetype
from readaid.vocab.card import card_for
from readaid.vocab.model import SavedWord, WordStatus

FORMATS = ("apkg", "anki-txt", "csv", "pleco", "zhongwen")
DEFAULT_DECK = "readaid"


class ExportError(Exception):
    """A one-line reason an export could not be written."""


def export(
    words: Sequence[SavedWord],
    export_format: str,
    path: Path,
    *,
    deck: str = DEFAULT_DECK,
    bom: bool = False,
) -> None:
    if export_format == "apkg":
        write_file(path, lambda stream: write_apkg(words, stream, deck))
        return
    text = {
        "anki-txt": lambda: anki_text(words, deck),
        "csv": lambda: spreadsheet_csv(words),
        "pleco": lambda: pleco_text(words),
        "zhongwen": lambda: zhongwen_text(words),
    }[export_format]()
    encoding = "utf-8-sig" if bom and export_format == "csv" else "utf-8"
    write_file(path, lambda stream: stream.write(text.encode(encoding)))


def write_file(path: Path, write: Callable[[BinaryIO], object]) -> None:
    from readaid.output import OutputError, write_output

    try:
        write_output(path, write)
    except OutputError as error:
        raise ExportError(str(error)) from None


def deck_id(deck: str) -> int:
    """A stable id per deck name, so re-exports land in the same deck."""
    return int.from_bytes(hashlib.sha1(deck.encode()).digest()[:4], "big") | (1 << 30)


def anki_model():
    import genanki

    return genanki.Model(
        notetype.MODEL_ID,
        notetype.NAME,
        fields=[{"name": name} for name in notetype.FIELDS],
        templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in notetype.TEMPLATES],
        css=notetype.CSS,
    )


def write_apkg(words: Sequence[SavedWord], stream: BinaryIO, deck: str) -> None:
    import genanki

    model = anki_model()
    anki_deck = genanki.Deck(deck_id(deck), deck)
    for word in words:
        card = card_for(word)
        anki_deck.add_note(
            genanki.Note(
                model=model, fields=list(card.fields), tags=list(card.tags), guid=card.guid
            )
        )
    _write_package(genanki.Package(anki_deck), stream)


def _write_package(package, stream: BinaryIO) -> None:
    """genanki's ``write_to_file``, but its SQLite collection lives in a folder that is
    removed afterwards (genanki leaves its temporary file in $TMPDIR for good)."""
    import itertools
    import sqlite3
    import time
    import zipfile

    with tempfile.TemporaryDirectory(prefix="readaid-apkg-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            timestamp = time.time()
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(stream, "w") as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")


def anki_text(words: Sequence[SavedWord], deck: str) -> str:
    """Anki's "Notes in plain text" format, headers included, so File > Import needs no
    choices: it finds the note type, deck, GUID and tags columns by itself."""
    columns = ["guid", *notetype.FIELDS, "tags"]
    out = io.StringIO()
    for header in (
        "separator:tab",
        "html:true",
        f"notetype:{notetype.NAME}",
        f"deck:{deck}",
        "guid column:1",
        f"tags column:{len(columns)}",
        "columns:" + "\t".join(columns),
    ):
        out.write(f"#{header}\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    for word in words:
        card = card_for(word)
        writer.writerow([card.guid, *card.fields, " ".join(card.tags)])
    return out.getvalue()


CSV_COLUMNS = (
    "simplified",
    "traditional",
    "pinyin",
    "pinyin_marks",
    "meaning",
    "status",
    "sentence",
    "source",
    "added",
    "tags",
    "note",
)


def _neutralised(cell: str) -> str:
    """A cell a spreadsheet would run as a formula is prefixed with a quote."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def spreadsheet_csv(words: Sequence[SavedWord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180: CRLF line ends, quotes where needed
    writer.writerow(CSV_COLUMNS)
    for word in words:
        context = word.context
        row = [
            word.simplified,
            word.traditional,
            word.pinyin,
            word_marks(word.pinyin),
            "; ".join(word.senses),
            word.status.value,
            context.sentence if context else "",
            context.source if context else "",
            word.added.isoformat(timespec="seconds") if word.added else "",
            " ".join(word.tags),
            word.note,
        ]
        writer.writerow([_neutralised(cell) for cell in row])
    return out.getvalue()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def pleco_text(words: Sequence[SavedWord]) -> str:
    """Pleco flashcards: ``简体[繁體]<TAB>pinyin<TAB>definition`` under ``//`` categories,
    one category per status."""
    lines = []
    for status in WordStatus:
        group = [word for word in words if word.status is status]
        if group:
            lines.append(f"//readaid/{status.value}")
        for word in group:
            headword = word.simplified
            if word.traditional != word.simplified:
                headword += f"[{word.traditional}]"
            pinyin = "".join(to_display_numbers(s) for s in syllables(word.pinyin))
            lines.append(f"{headword}\t{pinyin}\t{_one_line('; '.join(word.senses))}")
    return "".join(line + "\n" for line in lines)


def zhongwen_text(words: Sequence[SavedWord]) -> str:
    """The Zhongwen extension's word-list layout: simplified, traditional, tone-marked
    pinyin, definition, notes; tab-separated, CRLF line ends."""
    return "".join(
        "\t".join(
            _one_line(cell)
            for cell in (
                word.simplified,
                word.traditional,
                to_marks(word.pinyin),
                "; ".join(word.senses),
                word.note,
            )
        )
        + "\r\n"
        for word in words
    )
