"""Wrapping a paragraph's tokens into display rows, measured in terminal cells.

A pure function of its input, so it is tested without a terminal: CJK characters,
full-width punctuation, emoji and astral-plane characters take two cells
(``rich.cells.cell_len``), and a token wider than the row (a long URL, a run of Latin
without spaces) is cut into pieces that each fit.

In ``over`` mode a row is two terminal lines, pinyin above the characters, and each
word's column is as wide as the wider of the two. In ``inline`` mode the pinyin follows
the word on the same line. Two neighbouring words that both show pinyin get a one-cell
gap so their readings never run together.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from rich.cells import cell_len


class Ruby(str, Enum):
    """Where a word's reading goes."""

    OVER = "over"
    INLINE = "inline"
    NONE = "none"

    @property
    def row_height(self) -> int:
        return 2 if self is Ruby.OVER else 1


@dataclass(frozen=True, slots=True)
class Item:
    """One token as it is to be shown: its visible text and its reading, if any."""

    text: str
    #: The reading split in syllables, already rendered (marks, numbers or zhuyin).
    syllables: tuple[str, ...] = ()
    #: Whitespace: dropped where a row starts, and a newline is never drawn.
    space: bool = False
    #: What joins the syllables of one word ("" for pinyin, " " for zhuyin).
    joiner: str = ""

    @property
    def ruby(self) -> str:
        return self.joiner.join(self.syllables)


@dataclass(frozen=True, slots=True)
class Piece:
    """Where (part of) token ``index`` is drawn in a row."""

    index: int
    column: int
    width: int
    #: The slice of the token's text shown here (all of it unless the token was cut).
    start: int
    end: int
    #: The slice of its syllables shown here.
    syllable_start: int = 0
    syllable_end: int = 0


Row = tuple[Piece, ...]

_VISIBLE_CONTROL = {0x7F: "\u2421"}
_NO_LINE_START = frozenset("，。、；：？！）」』”’》〉】〕〗〙〛…‥・·,.;:?!)]}%％）")
_INVISIBLE_FORMAT = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def visible(text: str) -> str:
    """``text`` with control characters made visible, one character for one.

    ESC becomes U+241B (␛) and so on, a tab a space, and bidirectional overrides a
    replacement character: nothing read from a file can drive the terminal.
    """
    if text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\t":
            out.append(" ")
        elif code < 0x20:
            out.append(chr(0x2400 + code))
        elif code in _VISIBLE_CONTROL:
            out.append(_VISIBLE_CONTROL[code])
        elif ch in _INVISIBLE_FORMAT or unicodedata.category(ch) in ("Cc", "Cs", "Co"):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def item_width(item: Item, ruby: Ruby) -> int:
    text_cells = cell_len(item.text)
    if not item.syllables or ruby is Ruby.NONE:
        return text_cells
    ruby_cells = cell_len(item.ruby)
    if ruby is Ruby.OVER:
        return max(text_cells, ruby_cells)
    return text_cells + ruby_cells


def layout_paragraph(items: Sequence[Item], width: int, ruby: Ruby) -> list[Row]:
    """Greedy wrapping of ``items`` into rows no wider than ``width`` cells."""
    width = max(width, 2)
    rows: list[Row] = []
    row: list[Piece] = []
    column = 0
    previous_has_ruby = False
    for index, item in enumerate(items):
        if item.space and ("\n" in item.text or not item.text):
            continue
        has_ruby = bool(item.syllables) and ruby is not Ruby.NONE
        cells = item_width(item, ruby)
        gap = 1 if (has_ruby and previous_has_ruby and row) else 0
        if row and column + gap + cells > width:
            carried = _carried(row, items, cells, width) if closes_line(item.text) else []
            del row[len(row) - len(carried) :]
            rows.append(tuple(row))
            row, column, gap = [], 0, 0
            for piece in carried:  # the word before the punctuation moves down with it
                row.append(
                    Piece(
                        piece.index,
                        column,
                        piece.width,
                        piece.start,
                        piece.end,
                        piece.syllable_start,
                        piece.syllable_end,
                    )
                )
                column += piece.width
        if not row and item.space:
            previous_has_ruby = False
            continue
        if cells <= width - column - gap:
            syllables = len(item.syllables) if has_ruby else 0
            row.append(Piece(index, column + gap, cells, 0, len(item.text), 0, syllables))
            column += gap + cells
        else:
            for piece_start, piece_end, syl_start, syl_end in _cut(item, width, ruby, has_ruby):
                piece_item = Item(
                    item.text[piece_start:piece_end],
                    item.syllables[syl_start:syl_end],
                    joiner=item.joiner,
                )
                cells = item_width(piece_item, ruby)
                if row and column + cells > width:
                    rows.append(tuple(row))
                    row, column = [], 0
                row.append(Piece(index, column, cells, piece_start, piece_end, syl_start, syl_end))
                column += cells
        previous_has_ruby = has_ruby
    if row:
        rows.append(tuple(row))
    return rows


def closes_line(text: str) -> bool:
    """Punctuation that must not start a line (，。、；：？！ and closing brackets/quotes)."""
    return bool(text) and all(ch in _NO_LINE_START for ch in text)


def _carried(row: list[Piece], items: Sequence[Item], cells: int, width: int) -> list[Piece]:
    """The pieces at the end of a full row to move down with closing punctuation: back to
    and including the last word, if they and the punctuation fit on one row and at least
    one piece stays behind; else none (the punctuation then starts the row after all)."""
    count = 0
    while count < len(row) - 1:
        piece = row[-1 - count]
        item = items[piece.index]
        if item.space or piece.start != 0 or piece.end != len(item.text):
            return []
        count += 1
        if not closes_line(item.text):
            break
    else:
        return []
    carried = row[len(row) - count :]
    # Readings over both: no gap is kept between the carried word and the punctuation.
    if sum(piece.width for piece in carried) + cells > width:
        return []
    return carried


def _cut(item: Item, width: int, ruby: Ruby, has_ruby: bool):
    """Slices of a token too wide for a row: ``(start, end, syllable_start, syllable_end)``.

    Syllables follow their characters when there is one per character; otherwise the
    reading rides on the first piece only if it fits, and is dropped from the rest.
    """
    per_char = has_ruby and len(item.syllables) == len(item.text)
    start = 0
    while start < len(item.text):
        end = start
        cells = 0
        while end < len(item.text):
            char_cells = cell_len(item.text[end])
            if per_char:
                syllable = cell_len(item.syllables[end]) + (
                    cell_len(item.joiner) if end > start else 0
                )
                char_cells = (
                    char_cells + syllable if ruby is Ruby.INLINE else max(char_cells, syllable)
                )
            if cells + char_cells > width and end > start:
                break
            cells += char_cells
            end += 1
        if per_char:
            yield start, end, start, end
        else:
            yield start, end, 0, 0
        start = end
