"""The footer and the vocabulary's status filter fit the widths learners use."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.vocab.store import VocabularyStore

from .conftest import wait_opened
from .test_vocabulary import open_vocabulary


def last_line(app) -> str:
    return "".join(segment.text for segment in app.screen._compositor.render_strips()[-1])


@pytest.mark.parametrize("width", [80, 81, 100])
async def test_the_footer_ends_with_the_palette_key(make_reader, width):
    app = make_reader()
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_opened(pilot)
        line = last_line(app)
        assert line.endswith("^p palette "), repr(line)


@pytest.mark.parametrize("width", [80, 120, 160])
async def test_the_status_filter_lists_each_status_on_one_line(make_reader, tmp_path: Path, width):
    store = VocabularyStore.open(tmp_path / "store")
    store.save("银行", "銀行", "yin2 hang2", senses=("bank",), sentence="银行。")
    app = make_reader(store=store)
    try:
        async with app.run_test(size=(width, 30)) as pilot:
            screen = await open_vocabulary(pilot)
            select = screen.query_one("#vocabulary-status")
            select.focus()
            await pilot.press("enter")
            await pilot.pause(0.3)
            screen_lines = [
                "".join(segment.text for segment in strip)
                for strip in app.screen._compositor.render_strips()
            ]
            for status in ("learning", "known", "ignored"):
                assert any(f"status: {status}" in line for line in screen_lines), status
    finally:
        store.close()
