"""Counting a long text's words on every core: the text is cut at line breaks into one
piece per core, and each piece counted in a process forked from this one, so the workers
start with the dictionary, its headwords and the segmenter already loaded (a fork costs
milliseconds; a fresh Python with its imports, half a second). Each worker also finds
which of its words are only names, which the statistics ask of every word.

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

from readaid.language.dictionary import Dictionary
from readaid.language.jieba_engine import cut_han
from readaid.language.wordcount import count_words

#: Characters below which a second process costs more than it saves (a fork and its
#: copy-on-write pages: about 0.05 s; counting a million characters: about 1.2 s).
MIN_PARALLEL = 200_000
#: Most processes used, whatever the machine (each holds a copy of what it touches).
MAX_WORKERS = 4
#: The share of the text this process counts, where each worker's is 1: measured on the
#: 10 MB novel, what it does besides (``meanwhile``, adding up) costs a twentieth of a
#: piece more than what a worker does besides (which of its words are names).
PARENT_SHARE = 0.95


def available_cores() -> int:
    """Cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def count_words_in_parallel(
    text: str,
    dictionary: Dictionary,
    workers: int | None = None,
    meanwhile: Callable[[Counter[str]], object] | None = None,
) -> Counter[str]:
    """:func:`count_words` of ``text``, the work shared by ``workers`` processes (default:
    one per core). Only for a program with no other threads running (a fork copies one
    thread): the CLI, not the reader. ``meanwhile`` is given the counts of the piece
    counted here while the others are still being counted, to start on what comes next."""
    wanted = min(workers or available_cores(), MAX_WORKERS)
    # The first piece, counted here, is the smaller: this process also starts the workers,
    # runs ``meanwhile`` and adds up the counts.
    shares = [PARENT_SHARE, *[1.0] * (wanted - 1)]
    pieces = split_at_lines(text, shares) if len(text) >= MIN_PARALLEL else [text]
    if len(pieces) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return count_words(text, dictionary)
    # The segmenter, every headword and those that may be names, loaded once here for every
    # worker (each would load its own).
    cut_han("中文")
    dictionary.headwords()
    dictionary.capitalised_words()
    # Counting makes millions of short-lived objects and no cycles: the collector's passes
    # over them cost a tenth of the count. Off while counting, here and in the workers,
    # and what exists now frozen, so no pass touches (and so copies) the forked pages.
    collecting = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        return _count_pieces(pieces, dictionary, meanwhile)
    finally:
        gc.unfreeze()
        if collecting:
            gc.enable()


def _count_pieces(
    pieces: list[str], dictionary: Dictionary, meanwhile: Callable[[Counter[str]], object] | None
) -> Counter[str]:
    """The counts of ``pieces``: the first here, each other in a forked worker."""
    context = multiprocessing.get_context("fork")
    started = []
    here = [pieces[0]]
    for piece in pieces[1:]:
        receiver, sender = context.Pipe(duplex=False)
        # A daemon: should this process stop early (an interrupt), it never waits on one.
        worker = context.Process(target=_count_piece, args=(piece, dictionary, sender), daemon=True)
        try:
            worker.start()
        except OSError:  # no process to be had (a limit on processes, on memory)
            receiver.close()
            here.append(piece)
            continue
        finally:
            sender.close()
        started.append((piece, receiver, worker))
    total = count_words(here[0], dictionary)
    if meanwhile is not None:
        meanwhile(total)
    for piece in here[1:]:
        total.update(count_words(piece, dictionary))
    for piece, receiver, worker in started:
        received = _receive(receiver)
        worker.join()
        if received is None:  # a worker that failed (killed, out of memory): counted here
            total.update(count_words(piece, dictionary))
            continue
        counts, names = received
        dictionary.remember_names(counts, names)
        total.update(counts)
    return total


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


def _count_piece(piece: str, dictionary: Dictionary, sender: Connection) -> None:
    try:
        dictionary.reopen()
        counts = count_words(piece, dictionary)
        # Which words are names, asked of every counted word by the statistics (a novel's
        # 20,000 words: 0.1 s of SQL), is asked here too, on this core.
        sender.send((counts, dictionary.names(counts)))
    except Exception:  # the parent counts the piece itself
        sender.send(None)
    finally:
        sender.close()


def _receive(receiver: Connection) -> tuple[Counter[str], set[str]] | None:
    try:
        return receiver.recv()
    except (EOFError, OSError):
        return None
    finally:
        receiver.close()
