"""What keeps a scrolling frame short: a row drawn from a handful of summed styles, one
segment for characters of one tone side by side, the view's width worked out again only
when it changes, and no middle or full garbage collection while the learner scrolls."""

from __future__ import annotations

import gc

from rich.segment import Segment

from readaid.language.pinyin import TONE_COLOURS

from .conftest import wait_for, wait_opened

LONG = "\n".join(f"第{n}段。银行的工作很忙。我们明天去北京大学！" for n in range(300))


def row_of(view, word: str) -> tuple[int, list[Segment]]:
    """The screen row (y) of the characters of ``word``, and its segments."""
    for y in range(view.size.height):
        strip = view.render_line(y)
        if word in strip.text:
            return y, list(strip)
    raise AssertionError(f"{word} is not on screen")


def segments_of(segments: list[Segment], view, word: str) -> list[Segment]:
    paragraph = view.flow.document.paragraph_at(view.flow.document.text.index(word))
    tokens = view.flow.document.tokens(paragraph)
    index = next(n for n, t in enumerate(tokens) if t.text == word)
    return [s for s in segments if s.style and s.style.meta.get("token") == (paragraph, index)]


async def test_characters_of_one_tone_are_one_segment_and_each_in_its_colour(make_reader):
    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        _, segments = row_of(view, "银行")
        same_tone = [s for s in segments_of(segments, view, "银行") if s.text.strip()]
        assert [s.text for s in same_tone] == ["银行"], "yín háng: both second tone"
        assert same_tone[0].style.color.name == TONE_COLOURS[2]
        _, segments = row_of(view, "北京大学")
        four_tones = [s for s in segments_of(segments, view, "北京大学") if s.text.strip()]
        assert [(s.text, s.style.color.name) for s in four_tones] == [
            ("北", TONE_COLOURS[3]),
            ("京", TONE_COLOURS[1]),
            ("大", TONE_COLOURS[4]),
            ("学", TONE_COLOURS[2]),
        ]
        # Over the characters, each syllable in its tone, the word's id in every cell.
        y, _ = row_of(view, "北京大学")
        reading = segments_of(list(view.render_line(y - 1)), view, "北京大学")
        assert "".join(s.text for s in reading).split() == ["Běijīng", "Dàxué"]
        assert [s.style.color.name for s in reading if s.text.strip()] == [
            TONE_COLOURS[tone] for tone in (3, 1, 4, 2)
        ]


async def test_rows_follow_a_new_width_at_once(make_reader):
    app = make_reader(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        assert {view.render_line(y).cell_length for y in range(10)} == {view.size.width}
        await pilot.resize_terminal(70, 24)
        await wait_for(pilot, lambda: view.size.width < 70, "the view to shrink")
        view.clear_cache()
        assert {view.render_line(y).cell_length for y in range(10)} == {view.size.width}


async def test_no_middle_or_full_collection_while_scrolling(make_reader):
    app = make_reader(LONG)
    during: list[int] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] >= 1 and view.activity.idle_for() < 0.3:
            during.append(info["generation"])

    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        gc.callbacks.append(watch)
        try:
            for _ in range(40):
                for _ in range(3):
                    view.scroll_to(y=view.scroll_y + 5, animate=False, immediate=True)
                    view.clear_cache()
                    for y in range(view.size.height):
                        view.render_line(y)
                await pilot.pause(0.01)
            assert during == [], "collections of the older generations wait for a pause"
            young_passes = gc.get_count()[1]
            assert young_passes >= 10, "scrolling made enough garbage for a middle pass"
            await wait_for(pilot, lambda: gc.get_count()[1] < young_passes, "a pass once idle")
        finally:
            gc.callbacks.remove(watch)


async def test_word_styles_are_kept_within_bounds_newest_first(make_reader, monkeypatch):
    from readaid.tui import painting

    monkeypatch.setattr(painting, "TOKEN_STYLES", 10)
    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        view._token_styles.clear()
        look = (False, "a", None, False, False, False)
        for index in range(10):
            view._word_styles((0, index), look)
        assert view._word_styles((0, 3), look) is view._word_styles((0, 3), look)
        view._word_styles((0, 10), look)  # one too many: the older half goes
        assert [token for token, _ in view._token_styles] == [(0, n) for n in range(5, 11)]
        # What is drawn still carries each word's id.
        style = view._word_styles((0, 10), look)[painting.TEXT]
        assert style.meta == {"token": (0, 10)}
