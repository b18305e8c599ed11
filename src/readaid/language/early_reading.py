"""Reading the first screen's words in a process forked at start-up, on the other core.

The reader's first frame needs only Textual; its words need the segmenter, whose
dictionary takes rjieba a tenth of a second to build without letting go of the
interpreter, and then the paragraphs' tokens and readings. Forked as the command starts
(a fork of a small process costs a millisecond or two), a child loads the text and does
that work (:func:`readaid.language.first_screen.read_first_screen`) while this process
loads it too, imports Textual and draws it; the reader then takes the child's paragraphs
instead of reading them itself, and loads the segmenter for the rest later.

The child only ever reads: it opens the dictionary if it is compiled (a first run
compiles it in the reader, once) and answers through a pipe. Anything going wrong in it
costs nothing but the head start: the reader reads the paragraphs itself. This module
imports nothing but ``os`` before the fork, so that it happens first thing.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from collections.abc import Callable

    from readaid.language.first_screen import FirstWords

#: Terminal cells per character read: a Han character takes two columns, and its pinyin
#: a second row, so a screen of 120x40 holds about 1,200 characters; less with furniture
#: collapsed and the gloss panel, which the reader reads itself.
CELLS_PER_CHARACTER = 4
#: What is read where the terminal's size is unknown.
FALLBACK_SIZE = (120, 40)
#: How much lower the child's priority is than the reader's.
CHILD_NICENESS = 10
#: Seconds the reader waits for the child at most (it takes about 0.3 s) before reading
#: the paragraphs itself.
PATIENCE = 2.0


class EarlyReading:
    """A child reading a text's first screen; :meth:`collect` its answer, once."""

    def __init__(self, pid: int, answers: int) -> None:
        #: The child's process id (it is waited for by :meth:`collect`).
        self.pid = pid
        self._answers = answers

    def collect(self, patience: float = PATIENCE) -> FirstWords | None:
        """The child's answer, or None if it failed or took longer than ``patience``
        seconds (it is stopped then). Waiting lets go of the interpreter."""
        import pickle
        import select
        import time

        from readaid.language.first_screen import FirstWords

        deadline = time.monotonic() + patience
        chunks = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._answers], [], [], left)[0]:
                    return None
                chunk = os.read(self._answers, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
            answer = pickle.loads(b"".join(chunks)) if chunks else None
            return answer if isinstance(answer, FirstWords) else None
        except Exception:  # a broken answer costs the head start, nothing more
            return None
        finally:
            self._close()

    def _close(self) -> None:
        import contextlib
        import signal

        os.close(self._answers)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)  # done by now, unless it overran its patience
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def start(read: Callable[[], FirstWords | None]) -> EarlyReading | None:
    """Fork a child that answers with ``read()`` (:func:`read_first_screen` of the text
    the reader opens, loaded by the child itself where that saves time); None where
    that is not possible (no fork on this system). Call it before any thread is
    started: a fork copies only the thread that calls it."""
    if not hasattr(os, "fork"):
        return None
    answers, answer = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no process to be had: the reader reads the paragraphs itself
        os.close(answers)
        os.close(answer)
        return None
    if pid == 0:
        os.close(answers)
        _child(answer, read)
    os.close(answer)
    return EarlyReading(pid, answers)


def screen_characters() -> int:
    """About how many characters the terminal shows with their pinyin."""
    try:
        columns, rows = os.get_terminal_size()
    except OSError:  # not a terminal (tests, pipes)
        columns, rows = FALLBACK_SIZE
    return columns * rows // CELLS_PER_CHARACTER


def _child(answer: int, read: Callable[[], FirstWords | None]) -> NoReturn:
    status = 1
    try:
        # Where no core is free, the reader drawing the text comes first.
        os.nice(CHILD_NICENESS)
        # Nothing from here reaches the terminal the reader is about to draw on.
        quiet = os.open(os.devnull, os.O_RDWR)
        for stream in (0, 1, 2):
            os.dup2(quiet, stream)
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - until the exit
        first = read()
        if first is not None:
            import pickle

            with os.fdopen(answer, "wb") as out:
                out.write(pickle.dumps(first, pickle.HIGHEST_PROTOCOL))
            status = 0
    finally:
        os._exit(status)
