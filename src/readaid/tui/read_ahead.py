"""Reading ahead: the paragraphs just below the screen are segmented, read and laid out
while the learner reads, one per tick of an idle timer, so scrolling onto them draws
from the cache instead of paying for their words and readings inside the frame.

It runs on the UI thread in small steps rather than in a thread: a layout touches the
document's caches, which splitting or merging a word also changes, and one paragraph at a
time keeps every step short. A mixin for :class:`~readaid.tui.article.ArticleView`.
"""

from __future__ import annotations

#: How far ahead to lay out, in screens.
SCREENS_AHEAD = 3
#: Seconds between steps: short enough to stay ahead of a held-down key.
STEP = 0.005


class ReadAhead:
    _read_ahead_timer = None

    def read_ahead(self) -> None:
        """Start (or keep) reading ahead from where the screen is now, once the screen
        has been drawn (the first frame must not wait for it)."""
        if self._read_ahead_timer is None and self.flow is not None:
            self._read_ahead_timer = self.set_interval(STEP, self._read_ahead_step, pause=True)
            self.call_after_refresh(self._read_ahead_timer.resume)

    def next_unread_paragraph(self) -> int | None:
        """The first paragraph below the screen, within reach, not laid out yet."""
        flow = self.flow
        if flow is None or not len(flow.document.paragraphs):
            return None
        height = max(self.size.height, 1)
        bottom = round(self.scroll_y) + height
        paragraph, _ = flow.index.find(min(bottom, max(flow.total_lines - 1, 0)))
        while paragraph < len(flow.index) and flow.index.top(paragraph) < bottom + (
            SCREENS_AHEAD * height
        ):
            if not flow.is_laid_out(paragraph):
                return paragraph
            paragraph += 1
        return None

    def _read_ahead_step(self) -> None:
        paragraph = self.next_unread_paragraph()
        if paragraph is None:
            if self._read_ahead_timer is not None:
                self._read_ahead_timer.stop()
                self._read_ahead_timer = None
            return
        # Below the screen, so a measured height replacing an estimate moves nothing shown.
        self.flow.layout(paragraph)
        self._sync_size()
