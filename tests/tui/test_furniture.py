"""Page furniture in the reader: collapsed and dimmed, shown with F, skipped by moves, by
A and by sentence capture, and flipped with R (remembered per text)."""

from __future__ import annotations

from readaid.positions import document_key

from .conftest import wait_for, wait_opened

SIZE = (100, 30)

#: A web page as readaid gets it: the site's banner and menu, the article, its prompts.
PAGE = (
    "城市晚报 https://example.com 首页 新闻\n"
    "社会\n"
    "今天上午，市政府召开新闻发布会，介绍了城市交通建设的最新进展。\n"
    "\n"
    "记者在现场看到，新修的自行车道已经投入使用，很多市民骑车上班。\n"
    "扫一扫下载APP\n"
    "沪ICP备12345678号\n"
)


def word(app) -> str:
    return app.screen.current_token()[2].text


def paragraph(app) -> int:
    return app.screen.article.cursor[0]


async def test_furniture_is_collapsed_and_the_cursor_starts_in_the_article(make_reader):
    app = make_reader(PAGE)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        flow = app.screen.article.flow
        assert [flow.hidden(p) for p in range(len(flow.document.paragraphs))] == [
            True,
            True,
            False,
            False,
            False,
            True,
            True,
        ]
        assert word(app) == "今天"
        # One row says what a run hides; the run's other paragraphs take no room.
        assert len(flow.layout(0).rows) == 1 and flow.layout(1).rows == []
        assert flow.layout(0).items[-1].text.strip().startswith("⋯ 2 lines of page furniture")


async def test_moves_skip_furniture(make_reader):
    app = make_reader(PAGE)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("right_curly_bracket")
        assert paragraph(app) == 4
        await pilot.press("right_curly_bracket", "end")
        assert paragraph(app) == 4, "nothing after the article's last paragraph"
        await pilot.press("full_stop")
        assert paragraph(app) == 4
        await pilot.press("home", "left_curly_bracket")
        assert paragraph(app) == 2
        await pilot.press("home", "U")
        assert paragraph(app) == 2
        await pilot.press("end", "u")
        assert paragraph(app) == 4


async def test_f_shows_furniture_dimmed_and_moves_by_word_enter_it(make_reader):
    app = make_reader(PAGE)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("F")
        flow = app.screen.article.flow
        assert flow.show_furniture and not flow.hidden(0)
        await pilot.press("home")
        assert paragraph(app) == 0 and word(app) == "城市"
        await pilot.press("right_curly_bracket")
        assert paragraph(app) == 2, "paragraph moves still skip furniture"
        await pilot.press("end")
        assert paragraph(app) == 6
        await pilot.press("U")
        assert paragraph(app) == 4, "unknown words are looked for in the article only"
        await pilot.press("F")
        assert flow.hidden(0)


async def test_s_saves_no_sentence_from_furniture(make_reader, fake_store):
    app = make_reader(PAGE)
    messages: list = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press("F", "home", "right", "s")  # 晚报, in the site's banner
        await wait_for(pilot, lambda: fake_store.saved, "the word to be saved")
        assert fake_store.saved[-1]["simplified"] == "晚报"
        assert fake_store.saved[-1]["sentence"] == ""


async def test_r_flips_a_paragraph_and_it_is_remembered(make_reader, fake_store, positions):
    app = make_reader(PAGE)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("R")  # the first article paragraph becomes furniture
        flow = app.screen.article.flow
        assert flow.hidden(2) and paragraph(app) == 4
        await wait_for(pilot, lambda: fake_store.roles, "the roles to be stored")
        key = document_key(PAGE)
        assert fake_store.roles[key] == {PAGE.index("今天"): "furniture"}
    app = make_reader(PAGE)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        assert app.screen.article.flow.hidden(2) and paragraph(app) == 4
        await pilot.press("F")
        app.screen.article.move_cursor((2, 0))
        await pilot.press("R")
        assert not app.screen.document.is_furniture(2)
        await wait_for(
            pilot,
            lambda: fake_store.roles[key] == {PAGE.index("今天"): "text"},
            "the flip back to be stored",
        )


async def test_a_marks_only_article_words_on_the_page(make_reader, fake_store):
    app = make_reader(PAGE)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("F")
        words = {text for text, *_ in app.screen.page_words()}
        assert {"今天", "市民"} <= words
        assert not words & {"晚报", "社会", "下载"}


async def test_clicking_the_collapsed_line_shows_the_furniture(make_reader):
    app = make_reader(PAGE)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        flow = app.screen.article.flow
        marker = flow.layout(5).rows[0][-1]
        line = flow.index.top(5) + flow.row_height - 1  # the row's character line
        article = app.screen.article
        await pilot.click(
            "#article", offset=(marker.column + 2 + 1, line - round(article.scroll_y))
        )
        await wait_for(pilot, lambda: flow.show_furniture, "the furniture to be shown")
