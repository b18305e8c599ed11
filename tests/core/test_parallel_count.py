"""Counting on several cores gives exactly the counts of one process, and a worker that
fails costs time, never counts."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from readaid.language import parallel_count
from readaid.language.parallel_count import count_words_in_parallel, split_at_lines
from readaid.language.script import Script, convert
from readaid.language.wordcount import count_words

GOLDEN = sorted((Path(__file__).parents[1] / "golden").glob("*.txt"))
needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this system"
)


@pytest.mark.parametrize(
    ("text", "shares", "expected"),
    [
        ("", [1, 1], []),
        ("one line", [1, 1], ["one line"]),
        ("a\nb\nc\nd\n", [1, 1], ["a\nb\nc\n", "d\n"]),  # the first break from the middle on
        ("a\nb\nc\nd", [1, 1, 1], ["a\nb\n", "c\n", "d"]),
        ("aaaaaaaa\nb", [1, 1], ["aaaaaaaa\n", "b"]),
        ("a\nbbbbbbbb", [1, 1], ["a\nbbbbbbbb"]),  # no break after the middle: one piece
        ("我们\n\n他们\n", [1, 1, 1, 1], ["我们\n", "\n", "他们\n"]),
        ("a\n" * 10, [1, 4], ["a\n" * 3, "a\n" * 7]),  # from a fifth on, then the rest
        ("a\n" * 10, [0.9, 1], ["a\n" * 5, "a\n" * 5]),
    ],
)
def test_split_at_lines(text, shares, expected):
    assert split_at_lines(text, shares) == expected
    assert "".join(split_at_lines(text, shares)) == text


@pytest.fixture
def book() -> str:
    """The samples in both scripts, a URL line among them: a small book."""
    parts = [
        convert(path.read_text(encoding="utf-8"), script)
        for path in GOLDEN
        for script in (Script.ORIGINAL, Script.TRADITIONAL)
    ]
    parts.insert(3, "見 https://例子.com/路徑 和 www.例子.tw 的網頁。")
    return "\n".join(parts)


@needs_fork
@pytest.mark.parametrize("workers", [2, 3])
def test_counts_on_several_cores_are_those_of_one(core, book, monkeypatch, workers):
    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    pieces = workers * parallel_count.PIECES_PER_PROCESS
    assert len(split_at_lines(book, [1] * pieces)) == pieces
    counts = count_words_in_parallel(book, core.dictionary, workers)
    assert counts == count_words(book, core.dictionary)


@needs_fork
def test_a_failing_worker_is_made_up_for(core, book, monkeypatch):
    def failing(pieces, turn, dictionary, sender):
        raise SystemExit(3)  # the worker dies without sending anything

    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel_count, "_count_turns", failing)
    assert count_words_in_parallel(book, core.dictionary, 2) == count_words(book, core.dictionary)


@needs_fork
def test_the_pieces_a_worker_took_before_dying_are_counted_here(core, book, monkeypatch):
    def dying(pieces, turn, dictionary, sender):
        with turn.get_lock():  # takes two pieces, then is killed
            turn.value += 2
        os._exit(9)

    real_take = parallel_count._take_turns

    def after_the_worker(pieces, turn, tally):
        while turn.value < 2:
            time.sleep(0.01)
        return real_take(pieces, turn, tally)

    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel_count, "_count_turns", dying)
    monkeypatch.setattr(parallel_count, "_take_turns", after_the_worker)
    counts = count_words_in_parallel(book, core.dictionary, 2)
    assert counts == count_words(book, core.dictionary)


@needs_fork
def test_a_slowed_worker_leaves_its_share_to_the_others(core, book, monkeypatch):
    """The pieces are taken in turn, not shared out beforehand: a process slowed by the
    machine takes fewer (here none: it starts once this one has counted them all)."""
    real = parallel_count._count_turns
    taken: list[int] = []
    real_take = parallel_count._take_turns

    def slowed(pieces, turn, dictionary, sender):
        while turn.value < len(pieces):  # the parent takes every piece meanwhile
            time.sleep(0.01)
        real(pieces, turn, dictionary, sender)

    def recorded(pieces, turn, tally):
        counted = real_take(pieces, turn, tally)
        taken.extend(counted)
        return counted

    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel_count, "_count_turns", slowed)
    monkeypatch.setattr(parallel_count, "_take_turns", recorded)
    counts = count_words_in_parallel(book, core.dictionary, 2)
    assert counts == count_words(book, core.dictionary)
    assert sorted(taken) == list(range(2 * parallel_count.PIECES_PER_PROCESS))


def test_a_short_text_is_counted_here(core, monkeypatch):
    def no_fork(*args, **kwargs):
        raise AssertionError("a process was started for a short text")

    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    text = "他们在银行工作。\n" * 10
    assert count_words_in_parallel(text, core.dictionary, 2) == count_words(text, core.dictionary)


@needs_fork
def test_a_worker_that_cannot_start_is_made_up_for(core, book, monkeypatch):
    def no_process(self):
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    monkeypatch.setattr(multiprocessing.get_context("fork").Process, "start", no_process)
    assert count_words_in_parallel(book, core.dictionary, 3) == count_words(book, core.dictionary)


@needs_fork
@pytest.mark.parametrize("collecting", [True, False])
def test_the_collector_is_left_as_it_was(core, book, monkeypatch, collecting):
    """Off and frozen while counting (see ``count_words_in_parallel``), as before after."""
    import gc

    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    (gc.enable if collecting else gc.disable)()
    try:
        count_words_in_parallel(book, core.dictionary, 2)
        assert gc.isenabled() is collecting
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


@needs_fork
def test_what_follows_the_count_is_prepared_before_this_process_counts(core, book, monkeypatch):
    """The workers count meanwhile, so the preparing holds nobody up at the end."""
    done: list[str] = []
    real_take = parallel_count._take_turns

    def recorded(pieces, turn, tally):
        done.append("counted")
        return real_take(pieces, turn, tally)

    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel_count, "_take_turns", recorded)
    counts = count_words_in_parallel(
        book, core.dictionary, 2, meanwhile=lambda: done.append("prepared")
    )
    assert done == ["prepared", "counted"]
    assert counts == count_words(book, core.dictionary)


@needs_fork
def test_the_last_pieces_taken_are_the_smallest(core, book, monkeypatch):
    """Whoever takes the last piece keeps the others waiting until it is counted."""
    made: list[list[str]] = []
    real = parallel_count.split_at_lines
    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    monkeypatch.setattr(
        parallel_count, "split_at_lines", lambda *a: made.append(real(*a)) or made[-1]
    )
    counts = count_words_in_parallel(book, core.dictionary, 2)
    sizes = [len(piece) for piece in made[0]]
    assert len(sizes) == 2 * parallel_count.PIECES_PER_PROCESS
    assert max(sizes[-2:]) < min(sizes[:2]) / 2
    assert counts == count_words(book, core.dictionary)
