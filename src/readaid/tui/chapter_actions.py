"""Reading an e-book by chapter: next/previous chapter, the chapter list, and which
chapter the cursor is in. A mixin of :class:`ReaderScreen`."""

from __future__ import annotations

from bisect import bisect_right

from readaid.tui.screens.chapters import ChapterScreen, chapter_title


class ChapterActions:
    #: Where the learner stopped in each chapter this session (chapter number -> offset).
    chapter_offsets: dict[int, int]
    #: The chapter a burst of chapter keys is heading for, until the one jump is made.
    _chapter_target: int | None = None
    _offset: int

    def note_chapter_position(self, offset: int) -> None:
        number = self.chapter_number(offset)
        if number is not None:
            self.chapter_offsets[number] = offset

    def chapter_number(self, offset: int | None = None) -> int | None:
        """The chapter holding ``offset`` (default: the cursor's), or None (no chapters,
        or before the first)."""
        chapters = self.loaded.chapters if self.loaded else []
        if not chapters:
            return None
        offset = self.position_offset() if offset is None else offset
        number = bisect_right([c.start for c in chapters], offset) - 1
        return number if number >= 0 else None

    def chapter_label(self) -> str:
        number = self.chapter_number()
        if number is None:
            return ""
        chapters = self.loaded.chapters
        return f"{chapter_title(chapters, number)} ({number + 1}/{len(chapters)})"

    def action_chapter(self, step: int) -> None:
        chapters = self.loaded.chapters if self.loaded else []
        if not chapters or self.document is None:
            self.notify("This text has no chapters.", timeout=2)
            return
        # Keys held down arrive faster than the cursor moves: count from where the last
        # press was heading, and make one jump for the whole burst.
        pending = self._chapter_target
        current = self.chapter_number() if pending is None else pending
        target = (0 if step > 0 else -1) if current is None else current + step
        if not 0 <= target < len(chapters):
            self.notify("No more chapters this way.", timeout=2)
            return
        self._chapter_target = target
        if pending is None:
            self.call_later(self._jump_to_chapter_target)

    def _jump_to_chapter_target(self) -> None:
        target, self._chapter_target = self._chapter_target, None
        if target is None or self.loaded is None or not 0 <= target < len(self.loaded.chapters):
            return
        start = self.loaded.chapters[target].start
        self._go_to_offset(start, at_top=True)
        # Keys already queued must count from here, before the cursor's message arrives.
        self._offset = start

    def action_chapters(self) -> None:
        chapters = self.loaded.chapters if self.loaded else []
        if not chapters or self.document is None:
            self.notify("This text has no chapters.", timeout=2)
            return
        read = dict(self.chapter_offsets)
        self.app.push_screen(
            ChapterScreen(chapters, self.chapter_number(), read), self._open_chapter
        )

    def _open_chapter(self, number: int | None) -> None:
        """Jump to a chapter: where the learner stopped in it, else its start."""
        if number is None:
            return
        chapter = self.loaded.chapters[number]
        offset = self.chapter_offsets.get(number, chapter.start)
        inside = chapter.start <= offset < max(chapter.end, chapter.start + 1)
        self._go_to_offset(offset if inside else chapter.start, at_top=True)
