"""Where things are in a laid-out article: the paragraph, row and line of a screen line,
the row and line of a token, the word nearest a column. A mixin of
:class:`~readaid.tui.flow.ArticleFlow`, which lays out each paragraph on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readaid.language.document import Document
from readaid.tui.layout import Piece
from readaid.tui.lineindex import LineIndex

if TYPE_CHECKING:
    from readaid.tui.flow import ParagraphLayout


class LinePositions:
    document: Document
    index: LineIndex
    row_height: int

    def layout(self, paragraph: int) -> ParagraphLayout:  # pragma: no cover - ArticleFlow's
        raise NotImplementedError

    def is_laid_out(self, paragraph: int) -> bool:  # pragma: no cover - ArticleFlow's
        raise NotImplementedError

    def locate(self, line: int) -> tuple[int, int, int]:
        """``(paragraph, row, line within row)`` of a line; row may equal len(rows)
        for the blank line after a paragraph."""
        paragraph, offset = self.index.find(line)
        if not self.is_laid_out(paragraph):
            # Its measured height replaces the estimate: the line may now be elsewhere.
            self.layout(paragraph)
            paragraph, offset = self.index.find(line)
        return paragraph, offset // self.row_height, offset % self.row_height

    def row_of(self, paragraph: int, token_index: int) -> int:
        for number, row in enumerate(self.layout(paragraph).rows):
            if any(piece.index == token_index for piece in row):
                return number
        return 0

    def line_of(self, paragraph: int, token_index: int) -> int:
        row = self.row_of(paragraph, token_index)
        return self.index.top(paragraph) + row * self.row_height

    def piece_of(self, paragraph: int, token_index: int) -> Piece | None:
        row = (
            self.layout(paragraph).rows[self.row_of(paragraph, token_index)]
            if self.layout(paragraph).rows
            else ()
        )
        return next((piece for piece in row if piece.index == token_index), None)

    def word_near(self, paragraph: int, row: int, column: int) -> int | None:
        """The word in a row whose column is closest to ``column``."""
        rows = self.layout(paragraph).rows
        if not 0 <= row < len(rows):
            return None
        tokens = self.document.tokens(paragraph)
        best, best_distance = None, None
        for piece in rows[row]:
            if not tokens[piece.index].is_word:
                continue
            if piece.column <= column < piece.column + piece.width:
                return piece.index
            distance = min(abs(piece.column - column), abs(piece.column + piece.width - 1 - column))
            if best_distance is None or distance < best_distance:
                best, best_distance = piece.index, distance
        return best
