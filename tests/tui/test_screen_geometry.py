"""What fits where on the screen: rows inside the text area beside the scrollbar, the
prompt showing what is typed, the status line and footer within the terminal."""

from __future__ import annotations

import pytest

from .conftest import ARTICLE, wait_for, wait_opened


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (80, 24)])
async def test_no_row_is_wider_than_the_text_area_beside_the_scrollbar(make_reader, size):
    app = make_reader(ARTICLE * 8)  # long enough for a vertical scrollbar
    async with app.run_test(size=size) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        await wait_for(pilot, lambda: view.max_scroll_y > 0, "the text to need a scrollbar")
        area = view.scrollable_content_region.width
        assert view.flow.width <= area
        laid_out = [p for p in range(len(view.flow.document.paragraphs)) if view.flow.is_laid_out(p)]
        assert laid_out
        for paragraph in laid_out:
            for row in view.flow.layout(paragraph).rows:
                assert row[-1].column + row[-1].width <= area


@pytest.mark.parametrize(("key", "typed"), [("slash", "wenti"), ("percent_sign", "42")])
async def test_the_prompt_shows_what_is_typed(make_reader, key, typed):
    from readaid.tui.panels import PromptBar

    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await pilot.press(key, *typed)
        bar = app.screen.query_one(PromptBar)
        assert bar.has_focus and bar.value == typed
        assert bar.region.height == 1 and bar.content_region.height == 1
        assert typed in app.export_screenshot()
