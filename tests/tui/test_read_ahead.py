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


async def test_reading_ahead_is_done_off_the_ui_thread(make_reader, monkeypatch):
    """Scrolling a screen at a time, with the reader's pauses between, never segments or
    reads a paragraph on the UI thread: the worker has read it already."""
    import threading

    from readaid.tui.flow import ArticleFlow

    built: list[bool] = []
    build = ArticleFlow._build

    def recording(self, paragraph):
        built.append(threading.current_thread() is threading.main_thread())
        return build(self, paragraph)

    monkeypatch.setattr(ArticleFlow, "_build", recording)
    app = make_reader(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        await wait_for(pilot, lambda: view.next_unread_paragraph() is None, "read-ahead")
        built.clear()
        for _ in range(5):
            view.scroll_to(y=view.scroll_y + view.size.height, animate=False, immediate=True)
            await wait_for(pilot, lambda: view.next_unread_paragraph() is None, "read-ahead")
        assert built and not any(built), "every paragraph was read by the worker"


async def test_a_paragraph_read_ahead_above_the_screen_moves_nothing_on_it(
    make_reader, core, positions, monkeypatch
):
    """Opened in the middle, the paragraphs above the screen are read after it is shown;
    their measured heights replace estimates without moving what is on screen."""
    from readaid.positions import document_key
    from readaid.tui import read_ahead

    monkeypatch.setattr(read_ahead, "START_AFTER", 3.0)  # time to look before it starts
    offset = LONG.index("第150段")
    positions.remember(document_key(LONG), name="t", source="t", offset=offset, length=len(LONG))
    app = make_reader(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article

        def shown() -> list[str]:
            return [view.render_line(y).text for y in range(view.size.height)]

        before = shown()
        top = view.flow.index.find(round(view.scroll_y))[0]
        assert not view.flow.is_laid_out(top - 3), "an estimated height above the screen"
        await wait_for(pilot, lambda: view.flow.is_laid_out(top - 3), "the paragraphs above")
        await wait_for(pilot, lambda: view.next_unread_paragraph() is None, "read-ahead")
        assert shown() == before


async def test_a_layout_built_before_a_change_is_not_kept(make_reader):
    app = make_reader(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        flow = view.flow
        last = len(flow.document.paragraphs) - 1
        generation, layout = flow.build(last)
        view.relayout()  # a setting changed meanwhile
        view._keep(flow, generation, last, layout, False)
        assert not flow.is_laid_out(last)


async def test_the_worker_lets_a_frame_in_between_a_paragraphs_words_and_readings(
    make_reader, monkeypatch
):
    """A paragraph is read ahead in two steps, each taken once the view has not drawn for
    a moment: a frame drawn after its words were found waits for no reading."""
    import threading
    import time

    from readaid.tui.activity import QUIET_AFTER_DRAW
    from readaid.tui.flow import ArticleFlow

    segmented: dict[int, float] = {}
    waits: list[float] = []
    segment, build = ArticleFlow.segment, ArticleFlow._build

    def segmenting(self, paragraph, again=False):
        segment(self, paragraph, again)
        if threading.current_thread() is not threading.main_thread():
            view.activity.touch()  # as if a frame were drawn right after the words
            segmented[paragraph] = time.monotonic()

    def building(self, paragraph):
        if paragraph in segmented:
            waits.append(time.monotonic() - segmented.pop(paragraph))
        return build(self, paragraph)

    monkeypatch.setattr(ArticleFlow, "segment", segmenting)
    monkeypatch.setattr(ArticleFlow, "_build", building)
    app = make_reader(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.screen.article
        await wait_opened(pilot)
        view.scroll_to(y=view.scroll_y + 100, animate=False, immediate=True)
        await wait_for(pilot, lambda: view.next_unread_paragraph() is None, "read-ahead")
        assert len(waits) >= 3, "the worker read paragraphs in two steps"
        assert min(waits) >= QUIET_AFTER_DRAW, "each step waited for the view to be quiet"
