"""Offsets between a repaired text and the text it was repaired from.

Repair only deletes characters or replaces one character by one, so the repaired text
is a series of runs copied (or swapped one for one) from the original. Storing where
each run starts on both sides is enough to map any offset in either direction, and it
stays small: one pair per deletion, not one per character.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Maps offsets in a repaired text to offsets in its original, and back."""

    __slots__ = ("_repaired_starts", "_original_starts", "_repaired_length", "_original_length")

    def __init__(self, repaired_length: int, original_length: int) -> None:
        self._repaired_starts: list[int] = [0]
        self._original_starts: list[int] = [0]
        self._repaired_length = repaired_length
        self._original_length = original_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(length, length)

    def start_run(self, repaired: int, original: int) -> None:
        """Record that from ``repaired`` on, text is copied from ``original`` on."""
        if self._repaired_starts[-1] == repaired:
            # The previous run was empty (two deletions in a row): it maps nothing.
            self._original_starts[-1] = original
        else:
            self._repaired_starts.append(repaired)
            self._original_starts.append(original)

    def finish(self, repaired_length: int, original_length: int) -> None:
        self._repaired_length = repaired_length
        self._original_length = original_length

    @property
    def is_identity(self) -> bool:
        return len(self._repaired_starts) == 1 and self._repaired_length == self._original_length

    def original_offset(self, repaired: int) -> int:
        """Where the character at ``repaired`` came from (the end maps to the end)."""
        if not 0 <= repaired <= self._repaired_length:
            raise IndexError(f"offset {repaired} outside 0..{self._repaired_length}")
        if repaired == self._repaired_length:
            return self._original_length
        run = bisect_right(self._repaired_starts, repaired) - 1
        return self._original_starts[run] + repaired - self._repaired_starts[run]

    def repaired_offset(self, original: int) -> int:
        """Where ``original`` ended up; a deleted character maps to what follows it."""
        if not 0 <= original <= self._original_length:
            raise IndexError(f"offset {original} outside 0..{self._original_length}")
        run = bisect_right(self._original_starts, original) - 1
        if run < 0:
            # Deleted from the very start of the text.
            return 0
        run_start = self._repaired_starts[run]
        run_end = (
            self._repaired_starts[run + 1]
            if run + 1 < len(self._repaired_starts)
            else self._repaired_length
        )
        return min(run_start + original - self._original_starts[run], run_end)
