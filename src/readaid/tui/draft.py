"""The first frame: the text as it stands, wrapped by the same layout engine, before the
segmenter, the dictionary and the readings are loaded (they take a few tenths of a second
more). Rows keep the room their pinyin will take, and page furniture is already collapsed,
so when the words arrive the text spreads a little instead of jumping.

A :class:`DraftFlow` answers the article view as an :class:`ArticleFlow` does, with one
item per character (Latin words whole) and no tokens, readings or statuses.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from readaid.language.document import Document
from readaid.tui.flow import ArticleFlow, ParagraphLayout
from readaid.tui.layout import Item, Row, Ruby, layout_paragraph, visible
from readaid.tui.view_settings import ViewSettings

#: Whitespace; a run of narrow characters (a Latin word, a number); any other character
#: alone (a Han character or full-width punctuation, where a line may break).
_CHUNK = re.compile(r"(\s+)|([\u0021-\u024f\u2010-\u2027]+)|(.)", re.S)


class DraftFlow(ArticleFlow):
    #: The view draws a draft's rows as plain text and places no cursor in it.
    is_draft = True

    def __init__(self, document: Document, settings: ViewSettings, width: int) -> None:
        super().__init__(document, None, settings, width)  # type: ignore[arg-type]

    def plain_items(self, paragraph: int) -> list[Item]:
        start, end = self.document.paragraphs[paragraph]
        return [
            Item("", space=True) if "\n" in chunk else Item(visible(chunk), space=chunk.isspace())
            for chunk in _chunks(self.document.text[start:end])
        ]

    def _build(self, paragraph: int) -> ParagraphLayout:
        if self.hidden(paragraph):
            return self._collapsed(paragraph)
        items = self.plain_items(paragraph)
        rows = layout_paragraph(items, self.width, Ruby.NONE)
        return ParagraphLayout(rows, items, [()] * len(items), [-1] * len(items))

    def _estimates(self) -> list[int]:
        """Rows of the paragraphs not laid out yet: their cells over the width (no
        readings), in one pass (a novel has a few hundred thousand paragraphs, and this
        is on the way to the first frame)."""
        text, width, row_height = self.document.text, self.width, self.row_height
        heights = []
        for start, end in self.document.paragraphs:
            length = end - start
            blank = length == 0 or (length <= 8 and text[start:end].isspace())
            heights.append(0 if blank else -(-length * 2 // width) * row_height + 1)
        return heights

    def status(self, token) -> str | None:
        return None

    def line_of_offset(self, offset: int) -> int:
        """The first line of the row holding character ``offset`` of the text."""
        paragraph = self.document.paragraph_at(offset)
        start, end = self.document.paragraphs[paragraph]
        index, position = 0, start
        for chunk in _chunks(self.document.text[start:end]):
            position += len(chunk)
            if position > offset:
                break
            index += 1
        rows = self.layout(paragraph).rows
        row = next((n for n, r in enumerate(rows) if any(p.index >= index for p in r)), 0)
        return self.index.top(paragraph) + row * self.row_height


def _chunks(text: str) -> list[str]:
    return [match.group() for match in _CHUNK.finditer(text)]


def draw_draft_row(
    layout: ParagraphLayout, pieces: Row, ruby_line: bool, width: int, style: Style
) -> Strip:
    """A draft row: the characters, or the blank line where their pinyin will go."""
    if ruby_line:
        return Strip.blank(width, style)
    segments, column = [], 0
    for piece in pieces:
        if piece.column > column:
            segments.append(Segment(" " * (piece.column - column), style))
        segments.append(Segment(layout.items[piece.index].text[piece.start : piece.end], style))
        column = piece.column + piece.width
    return Strip(segments, column).extend_cell_length(width, style).crop(0, width)
