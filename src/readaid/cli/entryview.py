"""Dictionary entries for the terminal, built from rich ``Text`` objects (dictionary text is
data, never markup): tone-coloured pinyin, numbered senses, classifiers, characters."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from readaid.language.cedict import Entry, Reference
from readaid.language.dictionary import Dictionary
from readaid.language.pinyin import (
    TONE_COLOURS,
    separators,
    syllable_to_marks,
    syllables,
    tone_of,
)


def coloured_pinyin(numbered: str) -> Text:
    """Tone-coloured, written as the reader and the cards write the word (fáng'ài)."""
    text = Text()
    numbered_syllables = syllables(numbered)
    marked = [syllable_to_marks(s) for s in numbered_syllables]
    for separator, syllable, shown in zip(
        separators(marked), numbered_syllables, marked, strict=True
    ):
        text.append(separator)
        text.append(shown, style=TONE_COLOURS[tone_of(syllable)])
    return text


def references(refs: tuple[Reference, ...]) -> Text:
    text = Text()
    for index, ref in enumerate(refs):
        if index:
            text.append(", ")
        word = (
            ref.simplified
            if ref.simplified == ref.traditional
            else f"{ref.simplified} ({ref.traditional})"
        )
        text.append(word, style="bold")
        if ref.pinyin:
            text.append(" ")
            text.append_text(coloured_pinyin(ref.pinyin))
    return text


def headline(entry: Entry) -> Text:
    text = Text()
    text.append(entry.simplified, style="bold")
    if entry.traditional != entry.simplified:
        text.append(f" ({entry.traditional})", style="bold")
    text.append("  ")
    text.append_text(coloured_pinyin(entry.pinyin))
    if entry.taiwan_pinyin:
        text.append("  Taiwan: ", style="dim")
        text.append_text(coloured_pinyin(entry.taiwan_pinyin))
    if entry.jyutping:
        text.append(f"  Cantonese: {entry.jyutping}", style="dim")
    if entry.source != "CC-CEDICT":
        text.append(f"  [{entry.source}]", style="dim")
    return text


def entry_view(entry: Entry, dictionary: Dictionary, with_characters: bool = True) -> Group:
    """An entry as rows whose wrapped lines stay indented under their label."""
    rows = Table.grid(padding=(0, 1))
    rows.add_column(justify="right", style="dim", no_wrap=True)
    rows.add_column()
    for number, sense in enumerate(entry.senses, start=1):
        rows.add_row(f"{number}.", Text(sense))
    for label, refs in (
        ("CL", entry.classifiers),
        ("variant of", entry.variant_of),
        ("see", entry.see_also),
    ):
        if refs:
            rows.add_row(label, references(refs))
    if with_characters and len(entry.simplified) > 1:
        for ch, char_entries in dictionary.characters(entry.simplified):
            rows.add_row(Text(ch, style="bold"), character_gloss(char_entries))
    return Group(headline(entry), Padding(rows, (0, 0, 0, 2), expand=False))


def character_gloss(entries: list[Entry]) -> Text:
    """A character's readings with their first senses; surname-only readings only when
    there is nothing else."""
    useful = [e for e in entries if not e.is_surname_only] or entries
    text = Text()
    for index, entry in enumerate(useful[:3]):
        if index:
            text.append(" | ", style="dim")
        text.append_text(coloured_pinyin(entry.pinyin))
        text.append(" " + "; ".join(entry.senses[:3]))
    return text


def print_entries(dictionary: Dictionary, found: list[tuple[str, list[Entry]]]) -> None:
    console = Console(highlight=False)
    if not console.is_terminal:
        # Into a pipe or file: one line per sense, never wrapped at an arbitrary width.
        console = Console(highlight=False, width=10_000)
    first = True
    for _query, entries in found:
        for entry in entries:
            if not first:
                console.print()
            console.print(entry_view(entry, dictionary))
            first = False
