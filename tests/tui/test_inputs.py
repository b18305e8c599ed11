"""Real-world inputs in the reader: odd files open to a working view with a notice,
e-books by chapter, and reading hints from repaired pinyin annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.tui.panels import StatusLine

from .conftest import wait_for

SIZE = (100, 30)


def reader_on(path: Path, core, fake_store, positions):
    from readaid.tui.app import make_app

    return make_app(path, core=core, store=fake_store, positions=positions)


async def wait_document(pilot):
    # A 1 MB one-line text takes seconds to segment and lay out (in a worker).
    await wait_for(
        pilot, lambda: pilot.app.screen.document is not None, "the document to open", timeout=90
    )
    await pilot.pause()


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


@pytest.mark.parametrize(
    ("content", "notice"),
    [
        (b"", "empty, nothing to read"),
        (b" \n\t\n   \n", "only whitespace"),
        (b"Hello, world. No Chinese here.\n", "no Chinese characters"),
        ("中文 😀 𠮷𠮷 עִבְרִית مرحبا \u202e反向\u202c ＡＢＣ\n".encode(), None),
        (("很长的一行没有换行符。" * 31_000).encode(), None),
    ],
    ids=["empty", "whitespace", "no-chinese", "astral-emoji-rtl", "one-megabyte-line"],
)
async def test_odd_files_open_to_a_working_view(
    tmp_path, core, fake_store, positions, content, notice
):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    app = reader_on(path, core, fake_store, positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_document(pilot)
        if notice:
            await wait_for(
                pilot, lambda: any(notice in n for n in notices(app)), f"the notice {notice!r}"
            )
        status = str(app.screen.query_one(StatusLine).render())
        assert "odd.txt" in status
        view = app.screen.article
        lines = [view.render_line(y) for y in range(view.size.height)]
        assert all(line.cell_length == view.size.width for line in lines)
        for key in ("l", "j", "pagedown", "G", "g", "p", "t", "s", "v"):
            await pilot.press(key)
        await pilot.press("escape")
        assert app.is_running


def make_book(path: Path) -> Path:
    from tests.text.samples import make_epub

    chapters = [
        (
            f"c{n}.xhtml",
            title,
            [f"{title}的第{k}段。我们在图书馆里看书，老师在办公室里工作。" for k in range(12)],
        )
        for n, title in enumerate(["第一章 开始", "第二章 银行", "第三章 结束"])
    ]
    return make_epub(path, chapters)


@pytest.fixture
def book(tmp_path):
    from readaid.text import load

    return load(make_book(tmp_path / "book.epub"))


def chapter_of(app) -> int | None:
    return app.screen.chapter_number()


async def test_brackets_walk_the_chapters_and_the_header_names_them(
    book, core, fake_store, positions
):
    from readaid.tui.app import make_app

    assert len(book.chapters) == 3
    app = make_app(book, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_document(pilot)
        assert chapter_of(app) == 0
        assert "第一章 开始 (1/3)" in str(app.screen.query_one(StatusLine).render())
        await pilot.press("right_square_bracket")
        assert chapter_of(app) == 1
        assert app.screen.current_token()[2].start >= book.chapters[1].start
        assert "第二章 银行 (2/3)" in str(app.screen.query_one(StatusLine).render())
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert chapter_of(app) == 2
        assert any("No more chapters" in n for n in notices(app))
        await pilot.press("left_square_bracket")
        assert chapter_of(app) == 1


async def test_chapter_list_jumps_and_positions_are_kept_per_chapter(
    book, core, fake_store, positions
):
    from readaid.positions import document_key
    from readaid.tui.app import make_app
    from readaid.tui.screens.chapters import ChapterScreen

    app = make_app(book, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_document(pilot)
        await pilot.press("right_square_bracket", "j", "j", "j")  # somewhere inside chapter 2
        inside = app.screen.position_offset()
        assert inside > book.chapters[1].start and chapter_of(app) == 1
        await pilot.press("C")
        await wait_for(pilot, lambda: isinstance(app.screen, ChapterScreen), "the chapter list")
        await pilot.press("down", "enter")  # chapter 3
        await wait_for(pilot, lambda: chapter_of(app) == 2, "chapter 3")
        await pilot.press("C")
        await wait_for(pilot, lambda: isinstance(app.screen, ChapterScreen), "the chapter list")
        await pilot.press("up", "enter")  # back to chapter 2: where we stopped in it
        await wait_for(pilot, lambda: chapter_of(app) == 1, "chapter 2")
        assert app.screen.position_offset() == inside
        await pilot.press("q")
    saved = positions.get(document_key(book.text))
    assert saved.chapter == 1 and saved.offset == inside
    assert saved.chapter_offsets[1] == inside
    again = make_app(book, core=core, store=fake_store, positions=positions)
    async with again.run_test(size=SIZE) as pilot:
        await wait_document(pilot)
        assert again.screen.position_offset() == inside and again.screen.chapter_number() == 1


async def test_chapter_keys_on_a_plain_text_say_there_are_none(make_reader):
    from .conftest import wait_opened

    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("right_square_bracket", "C")
        assert any("no chapters" in n for n in notices(app))
        assert chapter_of(app) is None


async def test_notices_from_loading_are_shown_when_the_document_opens(
    tmp_path, core, fake_store, positions
):
    path = tmp_path / "hint.txt"
    path.write_text("我們創(chuàng)造了新的世界。\n", encoding="utf-8")
    app = reader_on(path, core, fake_store, positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_document(pilot)
        await wait_for(
            pilot, lambda: any("pinyin annotation" in n for n in notices(app)), "the repair notice"
        )


async def test_reading_hints_choose_among_the_words_own_readings(core, fake_store, positions):
    from readaid.text import LoadedText
    from readaid.tui.app import make_app

    from .conftest import wait_opened

    text = "银行很忙。他还了书。\n"
    # 还 has huan2 in the dictionary: used. 行 of 银行 as xing2 and 很 as hen4: no entry
    # has them (sites print wrong readings too), so they are ignored.
    loaded = LoadedText(text, "hints.txt", "hints.txt", hints={1: "xing2", 2: "hen4", 6: "huan2"})
    app = make_app(loaded, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        screen = app.screen
        tokens = screen.document.tokens(0)
        readings = {t.text: screen.reading_of(0, i) for i, t in enumerate(tokens)}
        assert (readings["还"], readings["银行"], readings["很"]) == ("huan2", "yin2 hang2", "hen3")
        items = {item.text: item.syllables for item in screen.article.flow.layout(0).items}
        assert items["还"] == ("huán",) and items["银行"] == ("yín", "háng")
        await pilot.press(*"l" * 4)
        assert screen.current_token()[2].text == "还"
        assert "huán" in str(screen.query_one("#gloss-body").render())
