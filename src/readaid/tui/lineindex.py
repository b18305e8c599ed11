"""Heights of paragraphs, some measured and some estimated, with fast position queries.

A Fenwick tree: changing one paragraph's height, finding where a paragraph starts and
finding the paragraph at a given line are all O(log n), so a novel of a hundred
thousand paragraphs scrolls as smoothly as a short article while its heights are
replaced by measured ones near the viewport.
"""

from __future__ import annotations

from collections.abc import Sequence


class LineIndex:
    def __init__(self, heights: Sequence[int]) -> None:
        self._heights = list(heights)
        size = len(self._heights)
        tree = [0] * (size + 1)
        for position, height in enumerate(self._heights, start=1):
            tree[position] += height
            parent = position + (position & -position)
            if parent <= size:
                tree[parent] += tree[position]
        self._tree = tree
        self._high_bit = 1 << size.bit_length() if size else 0

    def __len__(self) -> int:
        return len(self._heights)

    def height(self, paragraph: int) -> int:
        return self._heights[paragraph]

    @property
    def total(self) -> int:
        return self.top(len(self._heights))

    def set(self, paragraph: int, height: int) -> int:
        """Set a paragraph's height; returns the change."""
        delta = height - self._heights[paragraph]
        if delta:
            self._heights[paragraph] = height
            position = paragraph + 1
            while position < len(self._tree):
                self._tree[position] += delta
                position += position & -position
        return delta

    def top(self, paragraph: int) -> int:
        """The first line of ``paragraph`` (the sum of the heights before it)."""
        total, position = 0, paragraph
        while position > 0:
            total += self._tree[position]
            position -= position & -position
        return total

    def find(self, line: int) -> tuple[int, int]:
        """``(paragraph, line within it)`` for a line; clamped to the last paragraph."""
        if not self._heights:
            return 0, 0
        position, remaining = 0, max(line, 0)
        step = self._high_bit
        while step:
            following = position + step
            if following < len(self._tree) and self._tree[following] <= remaining:
                position = following
                remaining -= self._tree[following]
            step >>= 1
        # ``position`` paragraphs end at or before ``line``; skip empty ones after them.
        if position >= len(self._heights):
            last = len(self._heights) - 1
            return last, max(0, line - self.top(last))
        while position < len(self._heights) - 1 and self._heights[position] == 0:
            position += 1
        return position, remaining
