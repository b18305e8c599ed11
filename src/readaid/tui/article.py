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
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from readaid.language.pinyin import TONE_COLOURS
from readaid.tui.activity import Activity
from readaid.tui.draft import DraftFlow
from readaid.tui.flow import ArticleFlow
from readaid.tui.navigation import Navigation
from readaid.tui.painting import Look, RowPainter, WordStyles
from readaid.tui.read_ahead import ReadAhead
from readaid.tui.search_marks import SearchMarks
from readaid.tui.viewport import Viewport

TokenId = tuple[int, int]
_TONE_CSS = "\n".join(
    f"ArticleView > .article--tone-{tone} {{ color: {colour}; }}"
    for tone, colour in TONE_COLOURS.items()
)


class ArticleView(
    Navigation, SearchMarks, RowPainter, Viewport, ReadAhead, ScrollView, can_focus=True
):
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
        #: Memos of style sums: each look of a word, and each word's with its id in meta.
        self._sums: dict[tuple[Look, int], Style] = {}
        self._token_styles: dict[tuple[TokenId, Look], WordStyles] = {}
        self._base_style: Style | None = None
        #: ``_size`` when the width was last worked out, and that width.
        self._width_of: object = None
        self._known_width = 0
        #: When the view last drew: background work keeps off the interpreter then.
        self.activity = Activity()
        self._preparing = False
        self._init_read_ahead()
        #: Where a draft starts (a character offset of the text).
        self._draft_offset = 0
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

    def show_draft(self, flow: DraftFlow, offset: int) -> None:
        """The text before its words: from ``offset`` (where the learner stopped), placed
        a third of the way down as the cursor's word will be."""
        self.flow, self.cursor, self._draft_offset = flow, None, offset
        self.clear_cache()
        if self.size.width:  # else laid out once the view has its size (on_resize)
            self._place_draft()

    def _place_draft(self) -> None:
        flow = self.flow
        assert isinstance(flow, DraftFlow)
        height = self.size.height
        line = 0
        if self._draft_offset:
            # Measured heights around the place, so that it lands where the cursor will.
            paragraph = flow.document.paragraph_at(self._draft_offset)
            flow.lay_out_around(paragraph, height // 3 + flow.row_height, height)
            line = flow.line_of_offset(self._draft_offset) - height // 3
        self._sync_size()
        self.scroll_to(y=max(0, line), animate=False, immediate=True, force=True)
        self._prepare()
        self.refresh()

    def relayout(self, **changes) -> None:
        """Apply new settings/statuses keeping the cursor's word at the same place on screen."""
        if self.flow is None:
            return
        screen_line = self._cursor_line() - self.scroll_y if self.cursor else None
        self.flow.reset(width=self._content_width(), **changes)
        self.clear_cache()
        if isinstance(self.flow, DraftFlow):
            self._place_draft()
            return
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

    def clear_cache(self) -> None:
        self._strips.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base_style = None
        self._width_of = None  # padding may have changed
        self._styles.clear()
        self._sums.clear()
        self._token_styles.clear()
        self._strips.clear()

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
    def _width(self) -> int:
        """The view's width, worked out again only when Textual gives the view a new
        size or style (``self.size`` asks the screen where the view is, on every row)."""
        outer = self._size
        if outer is not self._width_of:
            self._width_of, self._known_width = outer, self.size.width
        return self._known_width

    def render_line(self, y: int) -> Strip:
        flow = self.flow
        width = self._width()
        self.activity.touch()
        if flow is not None and flow.is_draft and flow.width != self._content_width():
            # The first frame: the view got its size only now, and the text must be in it.
            self.relayout()
        base = self._base_style
        if base is None:
            # Textual works it out from every ancestor on each call: once per style change.
            base = self._base_style = self.rich_style
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
        cursor = _index_in(self.cursor, paragraph, pieces)
        hover = _index_in(self.hover, paragraph, pieces)
        key = (paragraph, row, sub, cursor, hover, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._draw_row(paragraph, layout, pieces, sub, cursor, hover, width, base)
            self._strips[key] = strip
        return strip


def _index_in(token: TokenId | None, paragraph: int, pieces) -> int | None:
    """The token's index if it is drawn in this row of ``paragraph``."""
    if token is None or token[0] != paragraph:
        return None
    index = token[1]
    return index if any(piece.index == index for piece in pieces) else None
