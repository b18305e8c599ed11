"""The paragraphs just below the screen are laid out while the learner reads, so
scrolling onto them does not pay for their words inside the frame."""

from __future__ import annotations

from .conftest import wait_for, wait_opened

LONG = "\n".join(
    f"第{n}段。银行的工作很忙。我们明天去北京大学！学生们在图书馆里看书。" for n in range(300)
)


async def test_paragraphs_below_the_screen_are_read_ahead(make_reader):
    app = make_reader(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        flow = view.flow
        below = flow.index.find(round(view.scroll_y) + 2 * view.size.height)[0]
        await wait_for(pilot, lambda: flow.is_laid_out(below), "read-ahead two screens down")
        await wait_for(pilot, lambda: view.next_unread_paragraph() is None, "read-ahead to stop")
        assert not flow.is_laid_out(len(flow.document.paragraphs) - 1), "only what is near"
        # After a scroll it follows the screen.
        view.scroll_to(y=view.scroll_y + 200, animate=False, immediate=True)
        further = flow.index.find(round(view.scroll_y) + 2 * view.size.height)[0]
        await wait_for(pilot, lambda: flow.is_laid_out(further), "read-ahead after a scroll")
