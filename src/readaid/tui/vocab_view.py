"""The vocabulary list as the screen shows it: filtering, sorting and the cells of a row.

Pure functions over saved words (``readaid.vocab.model.SavedWord``), with no Textual in
them, so the screen stays a thin layer and these are tested as tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from rich.style import Style
from rich.text import Text

from readaid.language.pinyin import to_marks, word_marks

#: Sort orders by name: each returns a key.
SORTS: dict[str, Callable[[Any], Any]] = {
    "added": lambda w: (w.added or datetime.min, w.id),
    "sentences": lambda w: (-len(w.contexts), w.simplified),
    "status": lambda w: (STATUS_ORDER.get(_status(w), 9), w.simplified),
    "source": lambda w: (_source(w).lower(), w.added or datetime.min, w.id),
    "hsk": lambda w: (_hsk(w), w.simplified),
}
SORT_LABELS = {
    "added": "date added",
    "sentences": "most sentences",
    "status": "status",
    "source": "source",
    "hsk": "HSK level",
}
STATUS_ORDER = {"new": 0, "learning": 1, "known": 2, "ignored": 3}
#: The status filter's choices, the first the default: the words being learnt (new and
#: learning, what ``vocab export`` takes by default); "all" shows every status.
TO_LEARN = "to learn"
STATUS_FILTERS = (TO_LEARN, "all", *STATUS_ORDER)
#: Meaning right after the reading: at 80 columns the columns after it are off screen.
COLUMNS = ("Word", "Pinyin", "Meaning", "Status", "Contexts", "Source", "Added", "Tags")
MEANING_WIDTH = 40
#: Sources are titles, which can be long; the full one is in the details below the table.
SOURCE_WIDTH = 16


def _status(word: Any) -> str:
    return getattr(word.status, "value", str(word.status))


def _hsk(word: Any) -> int:
    """The word's HSK level (2025 syllabus); words no level lists sort last."""
    from readaid.language.levels import hsk_level

    level = hsk_level(word.simplified)
    return level if level is not None else 99


def _source(word: Any) -> str:
    return word.contexts[0].source if word.contexts else ""


def _tone_free(pinyin: str) -> str:
    return "".join(ch for ch in pinyin.lower() if not ch.isdigit() and ch != " ")


def matches(word: Any, query: str) -> bool:
    """Does ``query`` occur in the word (either script), its reading (marks, numbers, or
    without tones or spaces), senses, tags, named lists, note or sentences?
    Case-insensitive."""
    query = query.strip().lower()
    if not query:
        return True
    reading = word.pinyin.lower()
    haystacks: Iterable[str] = (
        word.simplified,
        word.traditional,
        reading,
        to_marks(reading) if reading else "",
        *word.senses,
        *word.tags,
        *getattr(word, "lists", ()),
        word.note,
        *(c.sentence for c in word.contexts),
    )
    if any(query in text.lower() for text in haystacks):
        return True
    return bool(reading) and _tone_free(query) != "" and _tone_free(query) in _tone_free(reading)


#: The list selector's value for every word, in any list or none.
ALL_LISTS = ""


def list_names(words: Sequence[Any]) -> list[str]:
    """The named lists the saved words are in, for the list selector."""
    return sorted({name for word in words for name in word.lists})


def shown_words(
    words: Sequence[Any],
    query: str,
    status: str,
    sort: str,
    reverse: bool = False,
    in_list: str = ALL_LISTS,
) -> list[Any]:
    """The words that pass the text, status and list filters, in the chosen order."""
    wanted = {"all": set(STATUS_ORDER), TO_LEARN: {"new", "learning"}}.get(status, {status})
    kept = [
        w
        for w in words
        if _status(w) in wanted and matches(w, query) and (not in_list or in_list in w.lists)
    ]
    return sorted(kept, key=SORTS[sort], reverse=reverse)


def row_cells(word: Any) -> tuple[Text, ...]:
    """A table row; every cell is plain ``Text`` (saved words are data, never markup)."""
    head = (
        word.simplified
        if word.traditional == word.simplified
        else f"{word.simplified} {word.traditional}"
    )
    meaning = "; ".join(word.senses)
    if len(meaning) > MEANING_WIDTH:
        meaning = meaning[: MEANING_WIDTH - 1] + "…"
    added = word.added.strftime("%Y-%m-%d") if word.added else ""
    source = Text(_source(word))
    source.truncate(SOURCE_WIDTH, overflow="ellipsis")
    return (
        Text(head, style=Style(bold=True)),
        Text(word_marks(word.pinyin) if word.pinyin else ""),
        Text(meaning),
        Text(_status(word)),
        Text(str(len(word.contexts)), justify="right"),
        source,
        Text(added),
        Text(", ".join(word.tags)),
    )


def details(word: Any, highlight: Style) -> Text:
    """The word's note and every sentence it was saved from, the word itself highlighted."""
    text = Text(word.simplified, style=Style(bold=True))
    if word.pinyin:
        text.append("  " + word_marks(word.pinyin))
    if word.note:
        text.append(f"\nNote: {word.note}")
    if not word.contexts:
        text.append("\n(no sentence saved)")
    for number, context in enumerate(word.contexts, start=1):
        text.append(f"\n{number}. ")
        sentence, start = context.sentence, context.position
        length = len(word.simplified)
        if 0 <= start <= len(sentence) - length:
            text.append(sentence[:start])
            text.append(sentence[start : start + length], highlight)
            text.append(sentence[start + length :])
        else:
            text.append(sentence)
        if context.source:
            text.append(f"  — {context.source}")
    return text


def parse_tags(value: str) -> tuple[str, ...]:
    """Tags typed as ``a, b c``: split on commas and spaces, repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for tag in value.replace(",", " ").split():
        seen.setdefault(tag, None)
    return tuple(seen)
