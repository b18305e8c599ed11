"""Counts in messages, written as a person would: "1 word", "189 words", never "word(s)"."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural unless the number is one
    (``plural`` where adding "s" is wrong: "1 entry", "2 entries")."""
    if number == 1:
        return f"1 {noun}"
    return f"{number:,} {plural or noun + 's'}"
