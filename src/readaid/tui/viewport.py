"""Where the article view stands: its size, which paragraphs around the screen are laid
out, rows kept whole while scrolling, and bringing the cursor into sight. A mixin of
:class:`~readaid.tui.article.ArticleView`."""

from __future__ import annotations

from textual import events
from textual.geometry import Region, Size

from readaid.tui.activity import Activity
from readaid.tui.flow import ArticleFlow

TokenId = tuple[int, int]


class Viewport:
    flow: ArticleFlow | None
    cursor: TokenId | None
    _preparing: bool
    activity: Activity

    def _content_width(self) -> int:
        return max(self.scrollable_content_region.width, 4)

    def on_resize(self, event: events.Resize) -> None:
        if self.flow is not None and self.flow.width != self._content_width():
            self.relayout()

    def _sync_size(self) -> None:
        if self.flow is not None:
            self.virtual_size = Size(self._content_width(), self.flow.total_lines)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        self.activity.touch()
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
        """Lay out the paragraphs on screen (those around it are read ahead in a worker),
        keeping the top line's paragraph in place while estimated heights above it
        become measured ones."""
        flow = self.flow
        if flow is None or self._preparing or not len(flow.document.paragraphs):
            return
        self._preparing = True
        try:
            top = round(self.scroll_y)
            height = max(self.size.height, 1)
            anchor, anchor_offset = flow.index.find(top)
            paragraph = anchor
            while paragraph < len(flow.index) and flow.index.top(paragraph) < top + height:
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
        if flow is None or flow.is_draft or not len(flow.document.paragraphs):
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
