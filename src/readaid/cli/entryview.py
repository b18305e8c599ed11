"""Dictionary entries for the terminal, built from rich ``Text`` objects (dictionary text is
data, never markup): tone-coloured pinyin, numbered senses, classifiers, characters."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from readaid.cedict import Entry, Reference
from readaid.dictionary import Dictionary
from readaid.pinyin import TONE_COLOURS, syllable_to_marks, syllables, tone_of


def coloured_pinyin(numbered: str) -> Text:
    text = Text()
    for index, syllable in enumerate(syllables(numbered)):
        if index:
            text.append(" ")
        text.append(syllable_to_marks(syllable), style=TONE_COLOURS[tone_of(syllable)])
    return text


def references(label: str, refs: tuple[Reference, ...]) -> Text:
    text = Text(f"  {label}: ", style="dim")
    for index, ref in enumerate(refs):
        if index:
            text.append(", ")
        text.append(ref.simplified if ref.simplified == ref.traditional else f"{ref.simplified} ({ref.traditional})", style="bold")
        if ref.pinyin:
            text.append(" ")
            text.append_text(coloured_pinyin(ref.pinyin))
    return text


def entry_text(entry: Entry, dictionary: Dictionary, with_characters: bool = True) -> Text:
    text = Text()
    text.append(entry.simplified, style="bold")
    if entry.traditional != entry.simplified:
        text.append(f" ({entry.traditional})", style="bold")
    text.append("  ")
    text.append_text(coloured_pinyin(entry.pinyin))
    if entry.taiwan_pinyin:
        text.append("  Taiwan: ", style="dim")
        text.append_text(coloured_pinyin(entry.taiwan_pinyin))
    if entry.source != "CC-CEDICT":
        text.append(f"  [{entry.source}]", style="dim")
    for number, sense in enumerate(entry.senses, start=1):
        text.append(f"\n  {number}. ", style="dim")
        text.append(sense)
    for label, refs in (("classifiers", entry.classifiers), ("variant of", entry.variant_of), ("see", entry.see_also)):
        if refs:
            text.append("\n")
            text.append_text(references(label, refs))
    if with_characters and len(entry.simplified) > 1:
        for ch, char_entries in dictionary.characters(entry.simplified):
            text.append(f"\n  {ch} ", style="bold")
            glosses = [
                (e.pinyin, "; ".join(e.senses[:3])) for e in char_entries if not e.is_surname_only
            ] or [(e.pinyin, "; ".join(e.senses[:3])) for e in char_entries]
            for index, (pinyin, gloss) in enumerate(glosses[:3]):
                if index:
                    text.append(" | ", style="dim")
                text.append_text(coloured_pinyin(pinyin))
                text.append(f" {gloss}")
    return text


def print_entries(dictionary: Dictionary, found: list[tuple[str, list[Entry]]]) -> None:
    console = Console(highlight=False)
    for index, (_query, entries) in enumerate(found):
        for entry in entries:
            if index or entry is not entries[0]:
                console.print()
            console.print(entry_text(entry, dictionary), soft_wrap=False)
