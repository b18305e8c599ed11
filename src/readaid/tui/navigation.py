"""Moving the keyboard cursor: by word, line, sentence, paragraph, page and unknown word.

A mixin for :class:`ArticleView` so the drawing code and the walking code stay small.
Every binding has a stable id, which is what a user's ``[keys]`` config remaps.
"""

from __future__ import annotations

from textual.binding import Binding

from readaid.tui.flow import ArticleFlow

TokenId = tuple[int, int]


class Navigation:
    NAVIGATION_BINDINGS = [
        Binding("right,l", "word(1)", "Next word", id="word-next", show=False),
        Binding("left,h", "word(-1)", "Previous word", id="word-previous", show=False),
        Binding("down,j", "line(1)", "Next line", id="line-down", show=False),
        Binding("up,k", "line(-1)", "Previous line", id="line-up", show=False),
        Binding(
            "full_stop,right_parenthesis",
            "sentence(1)",
            "Next sentence",
            id="sentence-next",
            show=False,
        ),
        Binding(
            "comma,left_parenthesis",
            "sentence(-1)",
            "Previous sentence",
            id="sentence-previous",
            show=False,
        ),
        Binding(
            "right_curly_bracket,ctrl+down",
            "paragraph(1)",
            "Next paragraph",
            id="paragraph-next",
            show=False,
        ),
        Binding(
            "left_curly_bracket,ctrl+up",
            "paragraph(-1)",
            "Previous paragraph",
            id="paragraph-previous",
            show=False,
        ),
        Binding("pagedown,space", "page(1)", "Page down", id="page-down", show=False),
        Binding("pageup,b", "page(-1)", "Page up", id="page-up", show=False),
        Binding("home,g", "edge(-1)", "Start of text", id="text-start", show=False),
        Binding("end,G", "edge(1)", "End of text", id="text-end", show=False),
        Binding("u", "unknown(1)", "Next unknown word", id="unknown-next"),
        Binding("U", "unknown(-1)", "Previous unknown word", id="unknown-previous", show=False),
    ]

    flow: ArticleFlow | None
    cursor: TokenId | None
    _goal_column: int | None = None

    def move_cursor(self, token: TokenId | None, scroll: bool = True) -> None:  # pragma: no cover
        raise NotImplementedError

    def _go(self, token: TokenId | None, keep_column: bool = False) -> None:
        if token is None:
            return
        if not keep_column:
            self._goal_column = None
        self.move_cursor(token)

    def action_word(self, step: int) -> None:
        if self.flow and self.cursor:
            self._go(self.flow.next_word(*self.cursor, step))

    def action_unknown(self, step: int) -> None:
        if self.flow and self.cursor:
            found = self.flow.next_word(*self.cursor, step, unknown=True)
            if found is None:
                self.notify("No more unknown words this way.", timeout=2)  # type: ignore[attr-defined]
            self._go(found)

    def action_line(self, step: int, rows: int = 1) -> None:
        if not (self.flow and self.cursor):
            return
        flow = self.flow
        paragraph, index = self.cursor
        row = flow.row_of(paragraph, index)
        if self._goal_column is None:
            piece = flow.piece_of(paragraph, index)
            self._goal_column = piece.column + piece.width // 2 if piece else 0
        target = self.cursor
        for _ in range(rows):
            found = self._row_step(paragraph, row, step)
            if found is None:
                break
            paragraph, row, target = found
        self._go(target, keep_column=True)

    def _row_step(self, paragraph: int, row: int, step: int):
        """The word nearest the goal column on the next row with words, or None."""
        flow = self.flow
        assert flow is not None
        count = len(flow.document.paragraphs)
        row += step
        while 0 <= paragraph < count:
            if flow.hidden(paragraph):  # a collapsed run of furniture has no words to visit
                paragraph += step
                row = None
                continue
            rows = flow.layout(paragraph).rows
            if row is None:  # entering a paragraph: its first or last row
                row = 0 if step > 0 else len(rows) - 1
            while 0 <= row < len(rows):
                index = flow.word_near(paragraph, row, self._goal_column or 0)
                if index is not None:
                    return paragraph, row, (paragraph, index)
                row += step
            paragraph += step
            row = None
        return None

    def action_page(self, step: int) -> None:
        if self.flow:
            rows = max(1, self.size.height // self.flow.row_height - 2)  # type: ignore[attr-defined]
            self.action_line(step, rows)

    def action_sentence(self, step: int) -> None:
        """Sentence by sentence through the article text (page furniture is skipped)."""
        if not (self.flow and self.cursor):
            return
        document = self.flow.document
        paragraph, index = self.cursor
        sentences = document.sentences(paragraph)
        current = next((n for n, (first, last) in enumerate(sentences) if first <= index < last), 0)
        if step > 0:
            if current + 1 < len(sentences):
                self._go(self.flow.first_word(paragraph, sentences[current + 1][0], True))
            else:
                end = len(document.tokens(paragraph))
                self._go(self.flow.next_word(paragraph, end, 1, text_only=True))
            return
        if document.is_furniture(paragraph):
            sentences = []
        start = self.flow.first_word(paragraph, sentences[current][0], True) if sentences else None
        if (
            start is not None
            and start != self.cursor
            and start[0] == paragraph
            and start[1] < index
        ):
            self._go(start)
            return
        if current > 0 and sentences:
            self._go(self.flow.first_word(paragraph, sentences[current - 1][0], True))
            return
        previous = self.flow.next_word(paragraph, 0, -1, text_only=True)
        if previous is not None:
            p_sentences = document.sentences(previous[0])
            self._go(
                self.flow.first_word(previous[0], p_sentences[-1][0], True)
                if p_sentences
                else previous
            )

    def action_paragraph(self, step: int) -> None:
        """Paragraph by paragraph through the article text (page furniture is skipped)."""
        if not (self.flow and self.cursor):
            return
        flow = self.flow
        paragraph, index = self.cursor
        if step > 0:
            end = len(flow.document.tokens(paragraph))
            self._go(flow.next_word(paragraph, end, 1, text_only=True))
            return
        start = flow.first_word(paragraph, text_only=True)
        if start is not None and start[0] == paragraph and start[1] < index:
            self._go(start)
            return
        previous = flow.next_word(paragraph, 0, -1, text_only=True)
        if previous is not None:
            self._go(flow.first_word(previous[0], text_only=True))

    def action_edge(self, step: int) -> None:
        if not self.flow:
            return
        count = len(self.flow.document.paragraphs)
        if step < 0:
            self._go(self.flow.first_word(0))
        else:
            last = count - 1
            self._go(self.flow.next_word(last, len(self.flow.document.tokens(last)), -1))
