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
        laid_out = [
            p for p in range(len(view.flow.document.paragraphs)) if view.flow.is_laid_out(p)
        ]
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


async def test_the_cursor_starts_on_the_first_chinese_word(make_reader):
    app = make_reader("Redian News 2024\n\n" + ARTICLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        assert app.screen.current_token()[2].text == "银行"


async def test_x_on_a_latin_word_says_it_cannot_be_split(make_reader):
    app = make_reader("Redian 银行的工作很忙。\n")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await pilot.press("home")
        assert app.screen.current_token()[2].text == "Redian"
        await pilot.press("x")
        await wait_for(
            pilot,
            lambda: any("Only Chinese words" in n.message for n in app._notifications),
            "a notice",
        )


@pytest.mark.parametrize("keys", [["right_square_bracket"], ["C", "down", "enter"]])
async def test_a_chapter_jump_puts_the_chapter_start_at_the_top(core, fake_store, positions, keys):
    from readaid.text import Chapter, LoadedText
    from readaid.tui.app import make_app

    first = "第一章\n" + ARTICLE * 3
    second = "第二章\n" + ARTICLE * 3
    text = first + second + "第三章\n" + ARTICLE
    chapters = [
        Chapter("一", 0, len(first)),
        Chapter("二", len(first), len(first + second)),
        Chapter("三", len(first + second), len(text)),
    ]
    loaded = LoadedText(text, "book.epub", "book.epub", chapters=chapters)
    app = make_app(loaded, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await pilot.press(*keys)
        await wait_for(pilot, lambda: app.screen.chapter_number() == 1, "chapter 2")
        view = app.screen.article
        assert app.screen.current_token()[2].start == len(first)
        await wait_for(
            pilot,
            lambda: view.flow.line_of(*view.cursor) == round(view.scroll_y),
            "the chapter's first row at the top",
        )


async def test_scrolling_a_line_never_leaves_characters_without_their_pinyin(make_reader):
    app = make_reader(ARTICLE * 8)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        for step in [1] * 12 + [-1] * 5:  # a line at a time, as a mouse wheel or trackpad
            view.scroll_to(y=round(view.scroll_y) + step, animate=False, immediate=True)
            await pilot.pause()
            paragraph, row, sub = view.flow.locate(round(view.scroll_y))
            assert sub == 0 or row >= len(view.flow.layout(paragraph).rows)  # pinyin or blank
        assert view.scroll_y > 0


async def test_the_status_line_and_footer_fit_in_100_columns(make_reader):
    from textual.widgets._footer import FooterKey

    app = make_reader(name="002_4f2e030508e47cf9.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await pilot.press("P", "c", "p", "p")  # numbers, no colours, unknown-only: the longest
        status = app.screen.query_one("#status")
        text = str(status.render())
        assert "002_4f2e030508e47cf9.txt" in text and "numbers" in text and "no colours" in text
        assert len(text) <= status.content_region.width
        keys = sorted(app.screen.query(FooterKey), key=lambda key: key.region.x)
        assert keys[-1].region.right <= 100
        for left, right in zip(keys, keys[1:], strict=False):
            assert left.region.right <= right.region.x, "footer keys overlap"
