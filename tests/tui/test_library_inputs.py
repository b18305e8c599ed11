"""Documents the library opens that once crashed the reader: a page whose charset label
names no text encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.tui.app import make_app
from readaid.tui.reader_screen import ReaderScreen
from readaid.tui.screens.library import LibraryScreen

from .conftest import ARTICLE, wait_for, wait_opened


@pytest.mark.parametrize("label", ["rot13", "base64"])
async def test_a_page_with_a_charset_that_is_no_encoding_opens(
    core, fake_store, positions, tmp_path: Path, label
):
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><meta charset="{label}"></head><body><p>{ARTICLE}</p></body></html>',
        encoding="utf-8",
    )
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[page])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        app.screen.query_one("#samples").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await wait_opened(pilot)
        assert "银行的工作很忙" in app.screen.document.text
