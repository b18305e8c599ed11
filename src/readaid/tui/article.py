"""The article view: a Line-API widget that draws only the rows in view.

Rows come from :class:`ArticleFlow`; each drawn row is a :class:`Strip` kept in an LRU
cache keyed by what can change it (the cursor or the mouse being on one of its words),
so moving the cursor redraws two rows and scrolling redraws nothing it has seen. Every
word's cells carry ``{"token": (paragraph, index)}`` in their style meta, which is how
the mouse finds a word even on the second cell of a double-width character.
"""

from __future__ import annotations

import re

from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from readaid.language.pinyin import TONE_COLOURS
from readaid.tui.flow import ArticleFlow
from readaid.tui.navigation import Navigation
from readaid.tui.painting import RowPainter
from readaid.tui.read_ahead import ReadAhead

TokenId = tuple[int, int]
_TONE_CSS = "\n".join(
    f"ArticleView > .article--tone-{tone} {{ color: {colour}; }}"
    for tone, colour in TONE_COLOURS.items()
)


class ArticleView(Navigation, RowPainter, ReadAhead, ScrollView, can_focus=True):
    COMPONENT_CLASSES = {
        "article--word-a",
        "article--word-b",
        "article--punctuation",
        "article--ruby",
        "article--cursor",
        "article--hover",
        "article--learning",
        "article--new",
        "article--known",
        "article--match",
        "article--furniture",
        *(f"article--tone-{tone}" for tone in TONE_COLOURS),
    }
    DEFAULT_CSS = (
        """
    /* A stable gutter: rows are laid out before the scrollbar appears, and it must not
       then cover the end of each row. */
    ArticleView {
        background: $surface;
        color: $foreground;
        padding: 0 1;
        scrollbar-gutter: stable;
    }
    ArticleView > .article--word-a { }
    ArticleView > .article--word-b { background: $foreground 9%; }
    ArticleView > .article--punctuation { color: $foreground-muted; }
    ArticleView > .article--ruby { color: $text-muted; }
    ArticleView > .article--cursor { text-style: reverse bold; }
    ArticleView > .article--hover { text-style: underline; }
    ArticleView > .article--learning { color: $warning; text-style: underline; }
    ArticleView > .article--new { color: $accent; }
    ArticleView > .article--known { }
    ArticleView > .article--match { background: $warning 35%; }
    ArticleView > .article--furniture { text-style: dim italic; }
    """
        + _TONE_CSS
    )
    BINDINGS = Navigation.NAVIGATION_BINDINGS

    class CursorMoved(Message):
        """The keyboard cursor is on another word."""

        def __init__(self, token: TokenId) -> None:
            super().__init__()
            self.token = token

    class FurnitureClicked(Message):
        """The line standing for a collapsed run of page furniture was clicked."""

    class TokenHovered(Message):
        """The mouse is over another word (``None``: over no word)."""

        def __init__(self, token: TokenId | None) -> None:
            super().__init__()
            self.token = token

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.flow: ArticleFlow | None = None
        self.cursor: TokenId | None = None
        self.hover: TokenId | None = None
        self._strips: LRUCache[tuple, Strip] = LRUCache(2048)
        self._styles: dict[str, Style] = {}
        #: Memo of style sums: drawing a row adds the same few styles thousands of times.
        self._sums: dict[tuple[Style, Style], Style] = {}
        self._preparing = False
        #: What the last search looks for, and which tokens of each paragraph it matches.
        self.search_pattern: re.Pattern[str] | None = None
        self._matched: dict[int, frozenset[int]] = {}

    # -- set-up from the screen ------------------------------------------------------
    def show(self, flow: ArticleFlow, cursor: TokenId | None) -> None:
        self.flow = flow
        self.clear_cache()
        self._prepare()
        if cursor is not None:
            # A reopened text starts where the learner stopped: that word a third of the
            # way down the screen, with the text before it for context.
            self.move_cursor(cursor, scroll=False)
            self._sync_size()
            line = self._cursor_line() - max(self.size.height // 3, 0)
            self.scroll_to(y=max(0, line), animate=False, immediate=True, force=True)
            self._prepare()

    def relayout(self, **changes) -> None:
        """Apply new settings/statuses keeping the cursor's word at the same place on screen."""
        if self.flow is None:
            return
        screen_line = self._cursor_line() - self.scroll_y if self.cursor else None
        self.flow.reset(width=self._content_width(), **changes)
        self.clear_cache()
        self._sync_size()
        if self.cursor is not None and screen_line is not None:
            line = self.flow.line_of(*self.cursor)
            self._sync_size()
            # After a resize to a smaller terminal the old place may be below the view.
            screen_line = min(screen_line, max(self.size.height - self.flow.row_height, 0))
            self.scroll_to(y=max(0, line - screen_line), animate=False, immediate=True, force=True)
        self._prepare()
        self.refresh()

    def redraw_paragraph(self, paragraph: int) -> None:
        """Lay a paragraph out again (its words were split, merged or changed status)."""
        if self.flow is None:
            return
        self.flow.forget(paragraph)
        self._matched.clear()
        self.clear_cache()
        self.flow.layout(paragraph)
        self._sync_size()
        self.refresh()

    def highlight(self, pattern: re.Pattern[str] | None) -> None:
        """Mark every token the search pattern touches (None: clear the marks)."""
        self.search_pattern = pattern
        self._matched.clear()
        self.clear_cache()
        self.refresh()

    def matched(self, paragraph: int) -> frozenset[int]:
        if self.search_pattern is None or self.flow is None:
            return frozenset()
        found = self._matched.get(paragraph)
        if found is None:
            document = self.flow.document
            start, end = document.paragraphs[paragraph]
            spans = [
                m.span()
                for m in self.search_pattern.finditer(document.text, start, end)
                if m.end() > m.start()
            ]
            found = frozenset(
                index
                for index, token in enumerate(document.tokens(paragraph))
                if any(s < token.end and token.start < e for s, e in spans)
            )
            self._matched[paragraph] = found
        return found

    def clear_cache(self) -> None:
        self._strips.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._sums.clear()
        self._strips.clear()

    # -- geometry --------------------------------------------------------------------
    def _content_width(self) -> int:
        return max(self.scrollable_content_region.width, 4)

    def on_resize(self, event: events.Resize) -> None:
        if self.flow is not None and self.flow.width != self._content_width():
            self.relayout()

    def _sync_size(self) -> None:
        if self.flow is not None:
            self.virtual_size = Size(self._content_width(), self.flow.total_lines)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._prepare()
        self._snap_to_row(old_value, new_value)

    def _snap_to_row(self, old_value: float, new_value: float) -> None:
        """With pinyin over the text a row is two lines: never leave a row's characters at
        the top with its pinyin scrolled away; step on to the next row (or back)."""
        flow = self.flow
        if (
            flow is None
            or flow.row_height != 2
            or self._preparing
            or not len(flow.document.paragraphs)
        ):
            return
        top = round(self.scroll_y)
        paragraph, row, sub = flow.locate(top)
        if sub != 1 or row >= len(flow.layout(paragraph).rows):
            return
        forward = new_value > old_value and top + 1 <= self.max_scroll_y
        self.set_scroll(None, top + 1 if forward else top - 1)

    def _prepare(self) -> None:
        """Lay out the paragraphs around the viewport, keeping the top line's paragraph in
        place while estimated heights above it become measured ones."""
        flow = self.flow
        if flow is None or self._preparing or not len(flow.document.paragraphs):
            return
        self._preparing = True
        try:
            top = round(self.scroll_y)
            height = max(self.size.height, 1)
            anchor, anchor_offset = flow.index.find(top)
            paragraph, _ = flow.index.find(max(0, top - height))
            while paragraph < len(flow.index) and flow.index.top(paragraph) < top + 2 * height:
                flow.layout(paragraph)
                paragraph += 1
            self._sync_size()
            anchored = flow.index.top(anchor) + min(anchor_offset, flow.index.height(anchor))
            if anchored != top:
                self.set_scroll(None, anchored)
                self.refresh()
        finally:
            self._preparing = False
        self.read_ahead()

    def _cursor_line(self) -> int:
        assert self.flow is not None and self.cursor is not None
        return self.flow.line_of(*self.cursor)

    def _token_lines(self, token: TokenId | None) -> Region | None:
        if token is None or self.flow is None:
            return None
        paragraph, index = token
        rows = [
            n
            for n, row in enumerate(self.flow.layout(paragraph).rows)
            if any(p.index == index for p in row)
        ]
        if not rows:
            return None
        height = self.flow.row_height
        top = self.flow.index.top(paragraph) + rows[0] * height
        return Region(
            0, top - round(self.scroll_y), self.size.width, (rows[-1] - rows[0] + 1) * height
        )

    def _refresh_token(self, token: TokenId | None) -> None:
        region = self._token_lines(token)
        if region is not None:
            self.refresh(region)

    def scroll_to_cursor(self) -> None:
        if self.flow is None or self.cursor is None:
            return
        line = self._cursor_line()
        self._sync_size()
        row_height = self.flow.row_height
        margin = 2 * row_height
        height = self.size.height
        top = round(self.scroll_y)
        # force: right after the text arrives, Textual has not shown a scrollbar yet and
        # would refuse to scroll.
        if line < top + margin:
            self.scroll_to(y=max(0, line - margin), animate=False, immediate=True, force=True)
        elif line + row_height > top + height - margin:
            self.scroll_to(
                y=line + row_height - height + margin, animate=False, immediate=True, force=True
            )

    def visible_tokens(self) -> list[TokenId]:
        """Every token whose characters are on screen now, in reading order (a row whose
        reading line shows but whose characters do not is left out)."""
        flow = self.flow
        if flow is None or not len(flow.document.paragraphs):
            return []
        top = round(self.scroll_y)
        seen: dict[TokenId, None] = {}
        for line in range(top, min(top + self.size.height, flow.total_lines)):
            paragraph, row, sub = flow.locate(line)
            if flow.hidden(paragraph):
                continue  # collapsed furniture shows a marker, not its tokens
            rows = flow.layout(paragraph).rows
            if row < len(rows) and sub == flow.row_height - 1:
                for piece in rows[row]:
                    seen.setdefault((paragraph, piece.index), None)
        return list(seen)

    # -- the cursor ------------------------------------------------------------------
    def move_cursor(self, token: TokenId | None, scroll: bool = True) -> None:
        if token is None:
            return
        old, self.cursor = self.cursor, token
        self._refresh_token(old)
        if scroll:
            self.scroll_to_cursor()
        self._refresh_token(token)
        if old != token:
            self.post_message(self.CursorMoved(token))

    def move_cursor_to_top(self, token: TokenId) -> None:
        """Move the cursor and scroll its row to the top of the screen (a chapter start)."""
        self.move_cursor(token, scroll=False)
        self._sync_size()
        self.scroll_to(y=self._cursor_line(), animate=False, immediate=True)

    # -- mouse -----------------------------------------------------------------------
    def on_mouse_move(self, event: events.MouseMove) -> None:
        token = event.style.meta.get("token")
        self._set_hover(tuple(token) if token is not None else None)

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def on_click(self, event: events.Click) -> None:
        if event.style.meta.get("furniture"):
            self.post_message(self.FurnitureClicked())
            return
        token = event.style.meta.get("token")
        if token is not None:
            self.move_cursor(tuple(token), scroll=False)

    def _set_hover(self, token: TokenId | None) -> None:
        if token == self.hover:
            return
        old, self.hover = self.hover, token
        self._refresh_token(old)
        self._refresh_token(token)
        self.post_message(self.TokenHovered(token))

    # -- drawing ---------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        flow = self.flow
        width = self.size.width
        base = self.rich_style
        if flow is None or not len(flow.document.paragraphs):
            return Strip.blank(width, base)
        line = round(self.scroll_y) + y
        if line >= flow.total_lines:
            return Strip.blank(width, base)
        paragraph, row, sub = flow.locate(line)
        layout = flow.layout(paragraph)
        if row >= len(layout.rows):
            return Strip.blank(width, base)
        pieces = layout.rows[row]
        indices = {piece.index for piece in pieces}
        cursor = (
            self.cursor[1]
            if self.cursor and self.cursor[0] == paragraph and self.cursor[1] in indices
            else None
        )
        hover = (
            self.hover[1]
            if self.hover and self.hover[0] == paragraph and self.hover[1] in indices
            else None
        )
        key = (paragraph, row, sub, cursor, hover, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._draw_row(paragraph, layout, pieces, sub, cursor, hover, width, base)
            self._strips[key] = strip
        return strip
