"""When the reader is drawing, and when it is idle, for the work that runs beside it.

Python runs one thread at a time: a worker busy while a frame is drawn takes turns with
it and can double the frame's time. So background work waits a moment after the view
last scrolled or drew (reading ahead, counting words), and the slow imports of the
warm-ups (the polyphone model, the zhuyin converter) wait until the learner pauses.
"""

from __future__ import annotations

import time

#: Seconds after the view last drew before a worker takes its next step (a frame is
#: drawn within this; a held key repeats about every 30 ms).
QUIET_AFTER_DRAW = 0.012
#: Seconds without drawing that count as the learner pausing.
IDLE = 0.3


class Activity:
    def __init__(self) -> None:
        self.at = 0.0

    def touch(self) -> None:
        """The view scrolled or drew a row."""
        self.at = time.monotonic()

    def idle_for(self) -> float:
        return time.monotonic() - self.at

    def wait_quiet(self, quiet: float = QUIET_AFTER_DRAW) -> None:
        """Sleep (in a worker) until the view has not drawn for ``quiet`` seconds."""
        while (left := self.at + quiet - time.monotonic()) > 0:
            time.sleep(left)
