"""The status line tells how much of the text and of the page the learner knows."""

from __future__ import annotations

from collections import Counter

import pytest

from readaid.tui.known_share import known_share, pieces

from .conftest import ARTICLE, wait_for, wait_opened

SIZE = (110, 32)


def status_line(app) -> str:
    return str(app.screen.query_one("StatusLine").render())


@pytest.mark.parametrize("size", [1, 7, 50, 10_000])
def test_pieces_end_at_line_breaks_and_cover_the_text(size):
    found = pieces(ARTICLE, size)
    assert "".join(found) == ARTICLE
    assert all(piece.endswith("\n") for piece in found[:-1])


def test_known_share_leaves_ignored_words_out():
    counts = Counter({"我": 3, "你": 1, "他": 4})
    assert known_share(counts, {"我": "known", "他": "ignored"}) == 3 / 4
    assert known_share(Counter(), {}) is None


async def test_status_line_shows_the_share_known_and_follows_k(make_reader, fake_store, core):
    fake_store.status.update({"银行": "known", "的": "known"})
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        counts = app.screen.word_counts
        expected = (counts["银行"] + counts["的"]) / sum(counts.values())
        assert f"known {expected * 100:.0f}%" in status_line(app)
        assert "page " in status_line(app)
        await pilot.press("l", "l", "K")  # 工作 known
        more = expected + counts["工作"] / sum(counts.values())
        await wait_for(
            pilot, lambda: f"known {more * 100:.0f}%" in status_line(app), "the share to grow"
        )


async def test_names_found_in_the_text_are_no_words_to_know(make_reader, fake_store):
    fake_store.status.update({"喜欢": "known", "银行": "known"})
    app = make_reader("王小明喜欢银行。王小明喜欢银行。\n")
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await wait_for(pilot, lambda: app.screen.word_counts is not None, "the word count")
        assert "王小明" not in app.screen.word_counts
        await wait_for(
            pilot, lambda: "known 100% · page 100%" in status_line(app), "every word known"
        )


async def test_shift_l_changes_the_list_words_are_saved_into(make_reader, fake_store):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("L", *"exam", "enter")
        await wait_for(pilot, lambda: app.vocabulary.save_list == "exam", "the list to change")
        await pilot.press("l", "l", "s")
        await wait_for(pilot, lambda: fake_store.saved, "the word to be saved")
        assert fake_store.saved[-1]["lists"] == ("exam",)
        await pilot.press("L", "enter")  # empty: back to the text's name
        await wait_for(pilot, lambda: app.vocabulary.save_list == "", "the default list")


@pytest.mark.parametrize("width", [80, 100])
async def test_a_long_title_gives_way_to_the_figures(make_reader, fake_store, width):
    """A headline longer than the line is cut (with an ellipsis), not the share known."""
    headline = "一个很长的标题：学中文的人每天读新闻、小说和文章，也想知道自己认识多少词"
    app = make_reader(ARTICLE, name=headline)  # as a page's or a book's title would be
    async with app.run_test(size=(width, 30)) as pilot:
        await wait_opened(pilot)
        await wait_for(pilot, lambda: "known " in status_line(app), "the share known")
        shown = status_line(app)
        assert "…" in shown and headline[:8] in shown
        assert shown.rstrip().endswith("%"), shown  # the last figure whole


async def test_widening_the_terminal_brings_the_page_share_back(make_reader, fake_store):
    app = make_reader()
    async with app.run_test(size=(80, 30)) as pilot:
        await wait_opened(pilot)
        await wait_for(pilot, lambda: "known " in status_line(app), "the share known")
        assert "page " not in status_line(app)
        await pilot.resize_terminal(*SIZE)
        await wait_for(pilot, lambda: "page " in status_line(app), "the page's share")
