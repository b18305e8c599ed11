"""Reopening a text shows where the learner stopped: the cursor's word is on screen, at
every size, after a resize, and when the text is opened again from the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.tui.app import make_app
from readaid.tui.reader_screen import ReaderScreen
from readaid.tui.screens.library import LibraryScreen

from .conftest import article, wait_for, wait_opened

#: Long enough that 60% is many screens below the top at every size.
LONG = "\n".join(
    f"第{n}段。银行的工作很忙。我们明天去北京大学！学生们在图书馆里看书。" for n in range(200)
)


def cursor_on_screen(app) -> bool:
    view = app.screen.article
    line = view.flow.line_of(*view.cursor)
    top = round(view.scroll_y)
    return top <= line and line + view.flow.row_height <= top + view.size.height


async def read_to_sixty_percent(core, fake_store, positions, size=(160, 50)):
    app = make_app(article(LONG), core=core, store=fake_store, positions=positions)
    async with app.run_test(size=size) as pilot:
        await wait_opened(pilot)
        await pilot.press("percent_sign", "6", "0", "enter")
        await wait_for(pilot, lambda: app.screen.article.cursor[0] > 100, "the jump to 60%")
        cursor = app.screen.article.cursor
        await pilot.press("q")
    return cursor


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40), (160, 50)])
async def test_reopening_shows_the_cursors_word(core, fake_store, positions, size):
    cursor = await read_to_sixty_percent(core, fake_store, positions)
    again = make_app(article(LONG), core=core, store=fake_store, positions=positions)
    async with again.run_test(size=size) as pilot:
        await wait_opened(pilot)
        assert again.screen.article.cursor == cursor
        assert round(again.screen.article.scroll_y) > 0
        assert cursor_on_screen(again)


async def test_a_resize_keeps_the_cursors_word_on_screen(core, fake_store, positions):
    await read_to_sixty_percent(core, fake_store, positions)
    again = make_app(article(LONG), core=core, store=fake_store, positions=positions)
    async with again.run_test(size=(160, 50)) as pilot:
        await wait_opened(pilot)
        view = again.screen.article
        # Put the cursor near the bottom of the big screen, then shrink the terminal.
        view.scroll_to(y=view.flow.line_of(*view.cursor) - 40, animate=False, immediate=True)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await wait_for(pilot, lambda: view.flow.width < 100, "the layout for 80 columns")
        await pilot.pause()
        assert cursor_on_screen(again)


async def test_reopening_from_the_library_shows_the_cursors_word(
    core, fake_store, positions, tmp_path: Path
):
    path = tmp_path / "long.txt"
    path.write_text(LONG, encoding="utf-8")
    cursor = await read_to_sixty_percent(core, fake_store, positions)
    # The library lists texts read from files; record this one's source as the file.
    position = positions.recent()[0]
    positions.remember(
        position.key,
        name=position.name,
        source=str(path),
        offset=position.offset,
        length=position.length,
    )
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        app.screen.query_one("#recent").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await wait_opened(pilot)
        assert app.screen.article.cursor == cursor
        assert cursor_on_screen(app)
