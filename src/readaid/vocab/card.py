"""The flashcard for a saved word: its note fields as HTML, tags and a stable GUID.
Every piece of saved text is HTML-escaped here, once, for all Anki exports."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from readaid.language.pinyin import (
    TONE_COLOURS,
    separators,
    syllable_to_marks,
    syllables,
    tone_of,
    word_marks,
)
from readaid.language.segment import Kind
from readaid.vocab.model import Context, SavedWord


@dataclass(frozen=True)
class Card:
    guid: str
    fields: tuple[str, ...]  # in notetype.FIELDS order
    tags: tuple[str, ...]


def card_for(word: SavedWord) -> Card:
    context = word.context
    return Card(
        guid=note_guid(word),
        fields=(
            escape(word.simplified),
            escape(word.traditional),
            coloured_pinyin(word.pinyin),
            meaning(word),
            highlighted_sentence(context, word) if context else "",
            escape(sentence_pinyin(context.sentence)) if context else "",
            escape(context.source) if context else "",
        ),
        tags=anki_tags(word),
    )


def note_guid(word: SavedWord) -> str:
    """The same word and reading always gets the same GUID, so a re-import updates the
    note instead of adding a second one."""
    import genanki

    return genanki.guid_for("readaid", word.simplified, word.traditional, word.pinyin)


def meaning(word: SavedWord) -> str:
    return "; ".join(escape(sense) for sense in word.senses)


def coloured_pinyin(numbered: str) -> str:
    """Tone-marked syllables, each coloured by its tone (class and inline colour, so it
    shows in any note type)."""
    numbered_syllables = syllables(numbered)
    marked = [syllable_to_marks(s) for s in numbered_syllables]
    spans = []
    # Written as the reader writes the word (fáng'ài, Zēng Guóyáng).
    for separator, syllable, shown in zip(
        separators(marked), numbered_syllables, marked, strict=True
    ):
        tone = tone_of(syllable)
        spans.append(
            f'{separator}<span class="tone{tone}" style="color: {TONE_COLOURS[tone]}">'
            f"{escape(shown)}</span>"
        )
    return "".join(spans)


def highlighted_sentence(context: Context, word: SavedWord) -> str:
    """The sentence with the word in bold, found at its saved position (or, if the
    sentence was edited, its first occurrence in either script)."""
    sentence = context.sentence
    forms = (word.simplified, word.traditional)
    start = context.position
    length = next((len(f) for f in forms if f and sentence[start : start + len(f)] == f), 0)
    if not length:
        found = [(sentence.find(f), len(f)) for f in forms if f and f in sentence]
        if not found:
            return escape(sentence)
        start, length = min(found)
    return (
        escape(sentence[:start])
        + f"<b>{escape(sentence[start : start + length])}</b>"
        + escape(sentence[start + length :])
    )


def sentence_pinyin(sentence: str) -> str:
    """The sentence's reading with tone marks, word by word as the reader segments it."""
    from readaid.language.reader import get_core

    core = get_core()
    document = core.open(sentence)
    parts: list[str] = []
    for paragraph in range(len(document.paragraphs)):
        tokens = document.tokens(paragraph)
        for token, reading in zip(tokens, core.readings(document, paragraph), strict=True):
            text = token.text.strip()
            if reading:
                parts.append(word_marks(reading))
            elif text and token.kind is Kind.PUNCTUATION:
                # Pinyin is written with Western punctuation, which sticks to the word
                # before it ("yínháng." not "yínháng。").
                mark = text.translate(PINYIN_PUNCTUATION)
                if parts and not mark.startswith(('"', "(")):
                    parts[-1] += mark
                else:
                    parts.append(mark)
            elif text:
                parts.append(text)
    return " ".join(parts)


#: Chinese punctuation as pinyin text writes it.
PINYIN_PUNCTUATION = str.maketrans(
    {
        "。": ".",
        "，": ",",
        "、": ",",
        "！": "!",
        "？": "?",
        "：": ":",
        "；": ";",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "（": "(",
        "）": ")",
        "…": "...",
        "—": "-",
        "《": '"',
        "》": '"',
        "「": '"',
        "」": '"',
    }
)


def anki_tags(word: SavedWord) -> tuple[str, ...]:
    """The word's tags (Anki's cannot contain spaces) and its HSK level (``HSK::3``, in
    the 2025 syllabus), which Anki shows as a tag tree."""
    from readaid.language.levels import hsk_label, hsk_level

    tags = ["_".join(tag.split()) for tag in word.tags if tag.strip()]
    level = hsk_label(hsk_level(word.simplified))
    if level:
        tags.append(f"HSK::{level}")
    return tuple(dict.fromkeys(tags))
