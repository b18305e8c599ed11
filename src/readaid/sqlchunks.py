"""Asking SQLite about many values with ``IN (?, ?, ...)``, a batch at a time: a statement
may hold only so many variables (999 in older SQLite builds)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

#: Values asked about in one statement, well under the oldest builds' variable limit.
BATCH = 500


def in_batches(values: Sequence[T], size: int = BATCH) -> Iterator[tuple[Sequence[T], str]]:
    """Each batch of ``values`` with its placeholders (``"?,?,?"``) for an ``IN (...)``."""
    for start in range(0, len(values), size):
        batch = values[start : start + size]
        yield batch, ",".join("?" * len(batch))
