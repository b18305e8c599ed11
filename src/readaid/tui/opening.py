"""What the status line says while a text opens: on the very first run the dictionary
is compiled (seconds, once), and the learner sees each step and the time it has taken,
not a bare "Opening…". Afterwards the zhuyin converter is warmed in a worker, so the
first switch to zhuyin (P) does not pause on pypinyin's import.

A mixin for :class:`~readaid.tui.reader_screen.ReaderScreen`.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import work

from readaid.tui.panels import StatusLine

#: Seconds after the text is on screen to load the zhuyin converter.
WARM_ZHUYIN_AFTER = 1.0
PREPARING = "Preparing the dictionary (first run only, about 10 s): {step}… {seconds:.0f} s"


class OpeningProgress:
    _preparing_step = ""
    _preparing_since = 0.0
    _preparing_timer = None
    #: True once the zhuyin converter is loaded.
    zhuyin_ready = False

    def report_preparing(self, step: str) -> None:
        """Called from the opening worker (through ``call_from_thread``) at each step."""
        if not self._preparing_step:
            self._preparing_since = time.monotonic()
            self._preparing_timer = self.set_interval(0.5, self._show_preparing)
        self._preparing_step = step
        self._show_preparing()

    def _show_preparing(self) -> None:
        seconds = time.monotonic() - self._preparing_since
        message = PREPARING.format(step=self._preparing_step, seconds=seconds)
        self.query_one(StatusLine).update(Text(message))

    def preparing_done(self) -> None:
        if self._preparing_timer is not None:
            self._preparing_timer.stop()
            self._preparing_timer = None

    @work(thread=True, exclusive=True, group="warm-zhuyin")
    def warm_zhuyin(self) -> None:
        from readaid.language.pinyin import to_zhuyin

        to_zhuyin("zhu4 yin1")
        self.zhuyin_ready = True
