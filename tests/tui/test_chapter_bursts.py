"""Fast chapter keys: every press counts, and a burst costs one jump, not one per key."""

from __future__ import annotations

from textual import events

from readaid.text import Chapter, LoadedText
from readaid.tui.app import make_app

from .conftest import wait_for, wait_opened


def burst(app, key: str, character: str, count: int) -> None:
    """Keys as a terminal delivers a held-down key: all queued before the first is handled
    (Pilot's press waits for each)."""
    for _ in range(count):
        app.post_message(events.Key(key, character))


def book(count: int) -> LoadedText:
    parts = [f"第{n + 1}章\n这一章讲的是第{n + 1}个故事，我们慢慢地读。\n" for n in range(count)]
    chapters, start = [], 0
    for n, part in enumerate(parts):
        chapters.append(Chapter(f"第{n + 1}章", start, start + len(part)))
        start += len(part)
    return LoadedText("".join(parts), "book.epub", "book.epub", chapters=chapters)


async def test_twenty_fast_presses_move_twenty_chapters(core, fake_store, positions):
    app = make_app(book(40), core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        jumps = []
        screen = app.screen
        original = screen._go_to_offset
        screen._go_to_offset = lambda *a, **k: jumps.append(a) or original(*a, **k)
        burst(app, "right_square_bracket", "]", 20)
        await wait_for(pilot, lambda: screen.chapter_number() == 20, "chapter 21")
        burst(app, "left_square_bracket", "[", 5)
        await wait_for(pilot, lambda: screen.chapter_number() == 15, "chapter 16")
        await pilot.pause()
        assert screen.chapter_number() == 15
        assert len(jumps) <= 4  # a burst is one jump (allowing for keys split in batches)


async def test_a_burst_past_the_last_chapter_stops_there(core, fake_store, positions):
    app = make_app(book(5), core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        burst(app, "right_square_bracket", "]", 12)
        await wait_for(pilot, lambda: app.screen.chapter_number() == 4, "the last chapter")
        await pilot.pause()
        assert app.screen.chapter_number() == 4
