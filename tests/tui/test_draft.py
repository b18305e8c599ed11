"""The first frame shows the text before its words are read: wrapped as the reader wraps
it, with the room its pinyin will take, furniture collapsed, where the learner stopped;
the words, pinyin and cursor follow, and what the learner changed meanwhile is kept."""

from __future__ import annotations

import threading

from readaid.language.document import Document
from readaid.positions import document_key
from readaid.tui.draft import DraftFlow
from readaid.tui.flow import ArticleFlow
from readaid.tui.view_settings import PinyinMode, ViewSettings

from .conftest import ARTICLE, wait_for, wait_opened

LONG = "\n".join(
    f"第{n}段。银行的工作很忙。我们明天去北京大学！学生们在图书馆里看书。" for n in range(200)
)
MENU = "首页\n新闻\n体育\n娱乐\n" + ARTICLE


def screen_text(view) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def gated(app, core):
    """The app builds its core only once ``gate`` is set: the draft is all there is."""
    gate = threading.Event()

    def reading_core(report=None):
        assert gate.wait(20), "the test never let the core load"
        return core

    app.reading_core = reading_core
    return gate


def test_a_draft_wraps_by_cells_and_keeps_room_for_pinyin():
    text = "银行的工作很忙，我们明天去北京大学。Hello world 再见。"
    draft = DraftFlow(Document(text, None), ViewSettings(), 20)
    rows = draft.layout(0).rows
    assert all(piece.column + piece.width <= 20 for row in rows for piece in row)
    shown = ["".join(draft.layout(0).items[p.index].text for p in row) for row in rows]
    assert "".join(shown).replace(" ", "") == text.replace(" ", "")
    assert not any(row.startswith(("，", "。")) for row in shown), "no line starts with a stop"
    assert "Hello" in "".join(shown) and all("Hel" not in r or "Hello" in r for r in shown)
    assert draft.index.height(0) == len(rows) * 2 + 1, "a blank line above each row for pinyin"
    inline = DraftFlow(Document(text, None), ViewSettings(pinyin=PinyinMode.INLINE), 20)
    inline_rows = len(inline.layout(0).rows)
    assert inline.index.height(0) == inline_rows + 1


def test_a_draft_collapses_the_furniture_the_reader_will(core):
    settings = ViewSettings()
    draft = DraftFlow(Document(MENU, None), settings, 60)
    words = ArticleFlow(core.open(MENU), core, settings, 60)
    hidden = [p for p in range(len(words.document.paragraphs)) if words.hidden(p)]
    assert hidden and hidden == [
        p for p in range(len(draft.document.paragraphs)) if draft.hidden(p)
    ]
    for paragraph in hidden:  # one row says how many lines are hidden, the rest take none
        assert len(draft.layout(paragraph).rows) == len(words.layout(paragraph).rows)
    assert draft.layout(0).items[-1].text == words.layout(0).items[-1].text
    assert "page furniture" in draft.layout(0).items[-1].text


async def test_the_text_shows_before_its_words_then_the_words_and_cursor(make_reader, core):
    app = make_reader(core=None)
    gate = gated(app, core)
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.screen.article
        await wait_for(pilot, lambda: "银行的工作很忙" in screen_text(view), "the text")
        assert view.cursor is None and view.flow.is_draft
        assert "yín" not in screen_text(view)
        assert "reading the words" in str(app.screen.query_one("#status").render())
        gate.set()
        await wait_opened(pilot)
        assert not view.flow.is_draft and view.cursor is not None
        assert "yínháng" in screen_text(view)
        assert "test-article.txt" in str(app.screen.query_one("#status").render())


async def test_a_reopened_text_drafts_where_the_learner_stopped(make_reader, core, positions):
    offset = LONG.index("第120段")
    positions.remember(document_key(LONG), name="t", source="t", offset=offset, length=len(LONG))
    app = make_reader(LONG, core=None)
    gate = gated(app, core)
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.screen.article
        await wait_for(pilot, lambda: "第120段" in screen_text(view), "the place left")
        assert "第0段" not in screen_text(view)
        draft_line = next(
            y for y in range(view.size.height) if "第120段" in view.render_line(y).text
        )
        gate.set()
        await wait_opened(pilot)
        assert view.cursor[0] == LONG[:offset].count("\n")
        line = view.flow.line_of(*view.cursor) + 1 - round(view.scroll_y)
        assert abs(line - draft_line) <= 2, "the words arrive where the text was"


async def test_a_key_pressed_before_the_words_arrive_is_kept(make_reader, core):
    app = make_reader(core=None)
    gate = gated(app, core)
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.screen.article
        await wait_for(pilot, lambda: "银行的工作很忙" in screen_text(view), "the text")
        await pilot.press("p")
        assert view.flow.row_height == 1, "inline pinyin: the draft drops the room above"
        gate.set()
        await wait_opened(pilot)
        assert app.screen.settings.pinyin is PinyinMode.INLINE
        assert view.flow.settings.pinyin is PinyinMode.INLINE
        assert "银行yínháng" in screen_text(view).replace(" ", "")


async def test_full_collections_wait_for_pauses_and_are_restored_on_exit(make_reader):
    import gc

    before = gc.get_threshold()
    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        assert gc.get_threshold()[2] > before[2], "no full pass in the middle of a scroll"
    assert gc.get_threshold() == before
