"""Glosses as Rich ``Text``: a one-line tooltip and the full entry for the panel and modal.

Built from plain strings only (``Text.append``), never markup, so a sense containing
``[brackets]`` shows as written. Styles come in as a mapping so the widgets can pass
their theme's component styles; nothing here imports Textual.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

from readaid.language.cedict import Entry, Reference
from readaid.language.pinyin import joined, render, separators, syllables, tone_of
from readaid.language.senses import characters_in_context, lead_with

ToneStyles = Mapping[int, Style]
SHORT_SENSES = 3
SHORT_WIDTH = 70


@dataclass(frozen=True)
class GlossStyles:
    """How the parts of a gloss look; widgets fill it from their component classes."""

    tones: ToneStyles = field(default_factory=dict)
    heading: Style = field(default_factory=lambda: Style(bold=True))
    muted: Style = field(default_factory=lambda: Style(dim=True))
    link: Style = field(default_factory=lambda: Style(underline=True))
    pinyin_style: str = "marks"


def shown_reading(numbered: str, style: str) -> str:
    """A word's reading as the learner chose to see it: tone marks written together
    (``xī'ān``, a name as two words: ``Lǐ Dàhǎi``), numbers and zhuyin a syllable at a
    time (``yu3 zhou4``)."""
    shown = render(numbered, style)
    return joined(shown) if style == "marks" else shown


def coloured_pinyin(numbered: str, styles: GlossStyles) -> Text:
    """A reading with each syllable in its tone's style, spelt as :func:`shown_reading`
    spells it (tone marks written together: fáng'ài)."""
    text = Text()
    parts = syllables(numbered)
    shown = [render(syllable, styles.pinyin_style) for syllable in parts]
    if styles.pinyin_style == "marks":
        between = separators(shown)
    else:
        between = [" " if number else "" for number in range(len(parts))]
    for separator, syllable, written in zip(between, parts, shown, strict=True):
        text.append(separator)
        text.append(written, styles.tones.get(tone_of(syllable), Style()))
    return text


def headword(entry: Entry) -> str:
    if entry.traditional == entry.simplified:
        return entry.simplified
    return f"{entry.simplified} · {entry.traditional}"


def short_gloss(
    word: str,
    reading: str,
    entries: Sequence[Entry],
    styles: GlossStyles,
    characters: Sequence[tuple[str, Sequence[Entry]]] = (),
) -> Text:
    """One or two lines for the tooltip: word, reading, first senses of the reading and
    sense in use (a word no dictionary has, such as one the learner merged: its
    characters' first senses, each for its own syllable)."""
    entries = lead_with(entries, reading)
    characters = characters_in_context(characters, reading)
    text = Text(word, styles.heading)
    if reading:
        text.append("  ")
        text.append_text(coloured_pinyin(reading, styles))
    if not entries:
        glossed = [(ch, e[0].senses[0]) for ch, e in characters if e and e[0].senses]
        if not glossed:
            text.append("\n(no dictionary entry)", styles.muted)
        for ch, sense in glossed:
            text.append(f"\n{ch} ", styles.heading)
            text.append(_cut(sense, SHORT_WIDTH))
        return text
    chosen = [e for e in entries if _same_reading(e.pinyin, reading)] or list(entries)
    senses = [s for e in chosen for s in e.senses][:SHORT_SENSES]
    text.append("\n" + _cut("; ".join(senses), SHORT_WIDTH))
    others = len(entries) - len(chosen)
    if others > 0:
        text.append(f"  (+{others} more reading{'s' if others > 1 else ''})", styles.muted)
    return text


def full_gloss(
    word: str,
    reading: str,
    entries: Sequence[Entry],
    characters: Sequence[tuple[str, Sequence[Entry]]],
    styles: GlossStyles,
) -> Text:
    """Every entry and sense, classifiers, links, then each character with its own gloss;
    the reading and sense the text uses lead, for the word and for each character.

    The reading in context goes under the headword only when no entry starts with it
    (each entry shows its own). A word no dictionary has shows its characters."""
    entries = lead_with(entries, reading)
    characters = characters_in_context(characters, reading)
    text = Text()
    heads = list(dict.fromkeys(headword(e) for e in entries)) or [word]
    text.append(" / ".join(heads), styles.heading)
    level = _hsk(word, entries)
    if level:
        text.append(f"  HSK {level}", styles.muted)
    if reading and not any(_same_reading(e.pinyin, reading) for e in entries):
        text.append("\n")
        text.append_text(coloured_pinyin(reading, styles))
    for entry in entries:
        text.append("\n\n")
        text.append_text(entry_text(entry, styles, show_headword=len(heads) > 1))
    if not entries and not characters:
        text.append("\n\n(no dictionary entry)", styles.muted)
    if len(characters) > 1 or (characters and characters[0][0] != word):
        text.append("\n\nCharacters", styles.heading)
        for ch, char_entries in characters:
            text.append("\n")
            text.append_text(character_line(ch, char_entries, styles))
    return text


def _hsk(word: str, entries: Sequence[Entry]) -> str:
    """The word's HSK level (2025 syllabus) by its Simplified form, or ""."""
    from readaid.language.levels import hsk_label, hsk_level
    from readaid.language.script import to_simplified

    simplified = {e.simplified for e in entries if not e.fallback} or {to_simplified(word)}
    levels = [level for form in simplified if (level := hsk_level(form)) is not None]
    return hsk_label(min(levels)) if levels else ""


def entry_text(entry: Entry, styles: GlossStyles, show_headword: bool = True) -> Text:
    text = Text()
    if entry.pinyin:
        text.append_text(coloured_pinyin(entry.pinyin, styles))
    if show_headword:
        text.append("  " + headword(entry), styles.muted)
    for number, sense in enumerate(entry.senses, start=1):
        text.append(f"\n{number:>2}. " if len(entry.senses) > 1 else "\n    ")
        text.append(sense)
    _append_references(text, "CL", entry.classifiers, styles)
    _append_references(text, "variant of", entry.variant_of, styles)
    _append_references(text, "see", entry.see_also, styles)
    if entry.taiwan_pinyin:
        text.append("\n    Taiwan: ", styles.muted)
        text.append_text(coloured_pinyin(entry.taiwan_pinyin, styles))
    text.append(f"\n    [{entry.source}]", styles.muted)
    return text


def character_line(ch: str, entries: Sequence[Entry], styles: GlossStyles) -> Text:
    text = Text(ch, styles.heading)
    for number, entry in enumerate(entries[:3]):
        text.append("  " if not number else "\n    ")
        if entry.pinyin:
            text.append_text(coloured_pinyin(entry.pinyin, styles))
            text.append(" ")
        text.append("; ".join(entry.senses[:2]))  # wraps to the panel's or modal's width
    return text


def references(entries: Sequence[Entry]) -> list[Reference]:
    """Every entry's links (see, variant of, classifiers), without repeats, in order."""
    seen, out = set(), []
    for entry in entries:
        for reference in (*entry.see_also, *entry.variant_of, *entry.classifiers):
            if reference.word not in seen:
                seen.add(reference.word)
                out.append(reference)
    return out


def reference_label(reference: Reference, styles: GlossStyles) -> Text:
    text = Text(reference.simplified, styles.link)
    if reference.traditional != reference.simplified:
        text.append(f" · {reference.traditional}", styles.muted)
    if reference.pinyin:
        text.append("  ")
        text.append_text(coloured_pinyin(reference.pinyin, styles))
    return text


def _append_references(
    text: Text, label: str, refs: Sequence[Reference], styles: GlossStyles
) -> None:
    if not refs:
        return
    text.append(f"\n    {label}: ", styles.muted)
    for number, reference in enumerate(refs):
        if number:
            text.append(", ")
        text.append_text(reference_label(reference, styles))


def _cut(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def _same_reading(a: str, b: str) -> bool:
    return bool(b) and a.lower().replace(" ", "") == b.lower().replace(" ", "")
