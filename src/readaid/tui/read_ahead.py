"""Reading ahead: the paragraphs near the screen (three screens below, one above) are
segmented, read and laid out in a worker thread while the learner reads, so scrolling
onto them draws from the cache instead of paying for their words and readings inside
the frame. The worker takes each step (a paragraph's words, then its readings and rows)
once the view has stopped drawing (see :mod:`~readaid.tui.activity`), so frames seldom
share the interpreter with it.

The UI thread decides what is wanted (after each scroll, nearest first) and keeps every
layout: the worker builds one paragraph at a time under the flow's lock and hands the
layout back, which is kept only if nothing it depends on changed meanwhile (the flow's
generation). A paragraph above the screen that changes height moves the scroll by as
much, so nothing on screen moves. A mixin for :class:`~readaid.tui.article.ArticleView`.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque

from textual import work
from textual.worker import get_current_worker

#: How far to lay out ahead of the screen and behind it, in screens.
SCREENS_AHEAD = 3
SCREENS_BEHIND = 1
#: Seconds from a request to the worker starting, when it is not running.
START_AFTER = 0.01

#: A paragraph to build: (the flow, the paragraph, whether to read it again even if it
#: is laid out).
Job = tuple[object, int, bool]


class ReadAhead:
    _jobs_lock: threading.Lock
    _jobs: deque[Job]
    _reading = False

    def _init_read_ahead(self) -> None:
        self._jobs_lock = threading.Lock()
        self._jobs = deque()

    def next_unread_paragraph(self) -> int | None:
        """The nearest paragraph within reach (below the screen first) not laid out yet."""
        return next(iter(self._unread()), None)

    def _unread(self) -> list[int]:
        flow = self.flow
        if flow is None or flow.is_draft or not len(flow.document.paragraphs):
            return []
        height = max(self.size.height, 1)
        top = round(self.scroll_y)
        last = max(flow.total_lines - 1, 0)
        wanted = []
        paragraph, _ = flow.index.find(min(top, last))
        while paragraph < len(flow.index) and flow.index.top(paragraph) < top + (
            (SCREENS_AHEAD + 1) * height
        ):
            if not flow.is_laid_out(paragraph):
                wanted.append(paragraph)
            paragraph += 1
        first, _ = flow.index.find(min(max(0, top - SCREENS_BEHIND * height), last))
        paragraph, _ = flow.index.find(min(top, last))
        wanted.extend(p for p in range(paragraph - 1, first - 1, -1) if not flow.is_laid_out(p))
        return wanted

    def read_ahead(self) -> None:
        """Ask the worker for the paragraphs near the screen not laid out yet."""
        self._ask([(self.flow, paragraph, False) for paragraph in self._unread()])

    def read_again(self, paragraphs: list[int]) -> None:
        """Have the worker read these paragraphs again (the readings have improved), the
        ones on screen first; each is redrawn when it is ready."""
        self._ask([(self.flow, paragraph, True) for paragraph in paragraphs])

    def _ask(self, jobs: list[Job]) -> None:
        if not jobs:
            return
        with self._jobs_lock:
            # New jobs of a kind replace those of the same kind still waiting (the screen
            # has moved on); the other kind's wait behind them.
            kept = [job for job in self._jobs if job[2] != jobs[0][2] and job[0] is self.flow]
            self._jobs.clear()
            self._jobs.extend([*jobs, *kept])
            start = not self._reading
            self._reading = True
        if start:
            # A moment later, so as not to hold the interpreter while this frame is drawn
            # (a timer, not ``call_after_refresh``: that waits on the screen in front,
            # which may be a dialog opened meanwhile that never refreshes).
            self.set_timer(START_AFTER, self._read_ahead_worker)

    @work(thread=True, group="read-ahead")
    def _read_ahead_worker(self) -> None:
        worker = get_current_worker()
        while not worker.is_cancelled:
            with self._jobs_lock:
                job = self._jobs.popleft() if self._jobs else None
                self._reading = job is not None
            if job is None:
                # Measured heights may have brought more paragraphs within reach (a
                # closing app refuses the call).
                with contextlib.suppress(RuntimeError):
                    self.app.call_from_thread(self.read_ahead)
                return
            flow, paragraph, again = job
            if flow is not self.flow or (flow.is_laid_out(paragraph) and not again):
                continue
            # Not while a frame is drawn, and in two parts (its words; its readings and
            # rows), each a few milliseconds, with a chance for a frame in between.
            self.activity.wait_quiet()
            flow.segment(paragraph, again)
            self.activity.wait_quiet()
            generation, layout = flow.build(paragraph)
            try:
                self.app.call_from_thread(self._keep, flow, generation, paragraph, layout, again)
            except RuntimeError:  # the app is closing
                break
        with self._jobs_lock:
            self._reading = False

    def _keep(self, flow, generation: int, paragraph: int, layout, again: bool) -> None:
        if flow is not self.flow:
            return
        if generation != flow.generation:
            self.read_ahead()  # built before a change: build it again, if still wanted
            return
        if flow.is_laid_out(paragraph) and not again:
            return
        top = round(self.scroll_y)
        above = flow.index.top(paragraph) < top
        shown = not above and flow.index.top(paragraph) < top + self.size.height
        change = flow.install(paragraph, layout)
        if above and change:
            self._preparing = True  # a shift, not a scroll: nothing to lay out or snap
            try:
                self.set_scroll(None, top + change)
            finally:
                self._preparing = False
        self._sync_size()
        if again:
            self.clear_cache()
        if again or shown or (above and change):
            self.refresh()
