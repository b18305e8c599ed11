"""Counting a long text's words on every core: the text is cut at line breaks into a few
pieces per core, and processes forked from this one take the pieces in turn, so that the
workers start with the dictionary, its headwords and the segmenter already loaded (a fork
costs milliseconds; a fresh Python with its imports, half a second). Taken in turn, not
shared out beforehand: on a shared machine one core is often slowed for a while, and with
a fixed half each the other waited for it (0.3 to 0.9 s of a 3 s count of a novel).

Counts of pieces cut at line breaks add up to the count of the whole: every run of Han
characters, every URL line and every name lies within one line. Where processes cannot
be forked (Windows) or the text is short, the text is counted here, in one piece.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized

from readaid.language.dictionary import Dictionary
from readaid.language.jieba_engine import cut_han
from readaid.language.wordcount import WordTally, count_words

#: Characters below which a second process costs more than it saves (a fork and its
#: copy-on-write pages: about 0.05 s; counting a million characters: about 1.2 s).
MIN_PARALLEL = 200_000
#: Most processes used, whatever the machine (each holds a copy of what it touches).
MAX_WORKERS = 4
#: Pieces per process: the smaller the pieces, the less the last one keeps the others
#: waiting, but each piece repeats the work on runs that other pieces hold too. Measured on
#: the novel, against 2 pieces: 8 cost 2% more CPU, 16 pieces 9%, 32 pieces 12%.
PIECES_PER_PROCESS = 4

#: Where the next piece to count is, shared by the processes counting.
Turn = Synchronized


def available_cores() -> int:
    """Cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def count_words_in_parallel(
    text: str,
    dictionary: Dictionary,
    workers: int | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Counter[str]:
    """:func:`count_words` of ``text``, the work shared by ``workers`` processes (default:
    one per core). Only for a program with no other threads running (a fork copies one
    thread): the CLI, not the reader. ``meanwhile`` is run here once the workers have
    started, to prepare what comes after the count."""
    wanted = min(workers or available_cores(), MAX_WORKERS)
    if wanted < 2 or len(text) < MIN_PARALLEL:
        return count_words(text, dictionary)
    # The largest pieces first: the last ones, which decide how long a process waits for
    # the others, are a quarter the size of an equal share (as 4, 4, 3, 3, 2, 2, 1, 1).
    shares = [PIECES_PER_PROCESS - i // wanted for i in range(wanted * PIECES_PER_PROCESS)]
    pieces = split_at_lines(text, shares)
    if len(pieces) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return count_words(text, dictionary)
    # The segmenter, every headword and those that are only names, loaded once here for
    # every worker (each would load its own).
    cut_han("中文")
    dictionary.headwords()
    dictionary.name_only_words()
    # Counting makes millions of short-lived objects and no cycles: the collector's passes
    # over them cost a tenth of the count. Off while counting, here and in the workers,
    # and what exists now frozen, so no pass touches (and so copies) the forked pages.
    collecting = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        return _count_pieces(pieces, min(wanted, len(pieces)), dictionary, meanwhile)
    finally:
        gc.unfreeze()
        if collecting:
            gc.enable()


def _count_pieces(
    pieces: list[str],
    processes: int,
    dictionary: Dictionary,
    meanwhile: Callable[[], object] | None,
) -> Counter[str]:
    """The counts of ``pieces``, taken in turn by this process and ``processes - 1`` forked
    workers; the pieces of a worker that fails are counted here afterwards."""
    context = multiprocessing.get_context("fork")
    turn = context.Value("i", 0)
    started = []
    for _ in range(processes - 1):
        receiver, sender = context.Pipe(duplex=False)
        # A daemon: should this process stop early (an interrupt), it never waits on one.
        worker = context.Process(
            target=_count_turns, args=(pieces, turn, dictionary, sender), daemon=True
        )
        try:
            worker.start()
        except OSError:  # no process to be had (a limit on processes, on memory)
            receiver.close()
            break  # this process takes the turns a worker would have
        finally:
            sender.close()
        started.append((receiver, worker))
    # What comes after the count is prepared first: the workers take the pieces this
    # process would have counted meanwhile, so it holds nobody up at the end.
    if meanwhile is not None:
        meanwhile()
    tally = WordTally(dictionary)
    counted = _take_turns(pieces, turn, tally)
    here = tally.counts()
    theirs = []
    for receiver, worker in started:
        received = _receive(receiver)
        worker.join()
        if received is not None:  # else a worker that failed (killed, out of memory)
            taken, counts = received
            theirs.append(counts)
            counted.update(taken)
    missing = set(range(len(pieces))) - counted  # the pieces of a worker that failed
    for index in sorted(missing):
        tally.add(pieces[index])
    total = tally.counts() if missing else here
    for counts in theirs:
        total.update(counts)
    return total


def _take_turns(pieces: Sequence[str], turn: Turn, tally: WordTally) -> set[int]:
    """Add the next piece no process has taken to ``tally``, until none is left: which
    were added here."""
    taken: set[int] = set()
    while True:
        with turn.get_lock():
            index = turn.value
            turn.value = index + 1
        if index >= len(pieces):
            return taken
        tally.add(pieces[index])
        taken.add(index)


def split_at_lines(text: str, shares: Sequence[float]) -> list[str]:
    """``text`` cut at line breaks into at most ``len(shares)`` pieces, each of about its
    share of the length (fewer where lines are few; the breaks stay in the pieces)."""
    out, start = [], 0
    for end in list(accumulate(shares))[:-1]:
        cut = text.find("\n", max(start, int(len(text) * end / sum(shares))))
        if cut < 0:
            break
        out.append(text[start : cut + 1])
        start = cut + 1
    out.append(text[start:])
    return [piece for piece in out if piece]


def _count_turns(
    pieces: Sequence[str], turn: Turn, dictionary: Dictionary, sender: Connection
) -> None:
    try:
        dictionary.reopen()
        tally = WordTally(dictionary)
        sender.send((_take_turns(pieces, turn, tally), tally.counts()))
    except Exception:  # the parent counts the pieces this worker took
        sender.send(None)
    finally:
        sender.close()


def _receive(receiver: Connection) -> tuple[set[int], Counter[str]] | None:
    try:
        return receiver.recv()
    except (EOFError, OSError):
        return None
    finally:
        receiver.close()
