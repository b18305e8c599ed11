"""Pilot tests of the reader: every binding, the mouse, and what is saved."""

from __future__ import annotations

import pytest

from readaid.tui.article import ArticleView
from readaid.tui.view_settings import PinyinMode
from readaid.tui.word_actions import StatusChanged, WordSaved

from .conftest import ARTICLE, wait_for, wait_opened

SIZE = (100, 30)


def word(app) -> str:
    return app.screen.current_token()[2].text


def posted(messages, kind):
    return [m for m in messages if isinstance(m, kind)]


async def test_opens_with_cursor_on_the_first_word_and_a_status_line(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        assert word(app) == "银行"
        status = str(app.screen.query_one("#status").render())
        assert "test-article.txt" in status and "over" in status and "Original" in status


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["right"], "的"),
        (["l"], "的"),
        (["l", "l", "h"], "的"),
        (["l", "left"], "银行"),
        (["full_stop"], "我们"),
        (["right_parenthesis"], "我们"),
        (["right_curly_bracket"], "他"),
        (["right_curly_bracket", "left_curly_bracket"], "银行"),
        (["end"], "帮助"),
        (["G"], "帮助"),
        (["end", "home"], "银行"),
        (["end", "g"], "银行"),
        (["right_curly_bracket", "l", "l", "comma"], "他"),
    ],
)
async def test_moving_by_word_sentence_paragraph_and_text(make_reader, keys, expected):
    app = make_reader()
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press(*keys)
        assert word(app) == expected
        assert posted(messages, ArticleView.CursorMoved)[-1].token == app.screen.article.cursor


async def test_line_and_page_moves_change_rows_and_come_back(make_reader):
    app = make_reader(ARTICLE * 6)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        flow = view.flow
        start = view.cursor
        await pilot.press("j")
        below = view.cursor
        assert flow.line_of(*below) > flow.line_of(*start)
        await pilot.press("k")
        assert view.cursor == start
        await pilot.press("down")
        assert view.cursor == below
        await pilot.press("up", "pagedown")
        paged = view.cursor
        assert flow.line_of(*paged) - flow.line_of(*start) >= SIZE[1] // 2
        assert view.scroll_y > 0
        line = flow.line_of(*paged)
        assert view.scroll_y <= line < view.scroll_y + view.size.height
        await pilot.press("pageup")
        assert flow.line_of(*view.cursor) < line


async def test_p_cycles_the_pinyin_modes(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        seen = []
        for _ in range(4):
            await pilot.press("p")
            seen.append(app.screen.settings.pinyin)
        assert seen == [PinyinMode.INLINE, PinyinMode.UNKNOWN, PinyinMode.OFF, PinyinMode.OVER]
        flow = app.screen.article.flow
        assert flow.row_height == 2
        await pilot.press("p", "p", "p")
        assert flow.row_height == 1 and all(not item.syllables for item in flow.layout(0).items)
        assert word(app) == "银行"


async def test_shift_p_cycles_numbers_and_zhuyin(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("P")
        assert app.screen.article.flow.layout(0).items[0].syllables == ("yin2", "hang2")
        await pilot.press("P")
        assert app.screen.article.flow.layout(0).items[0].syllables[0].startswith("ㄧ")


async def test_t_cycles_script_and_keeps_the_cursor_on_the_word(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("l", "l")
        cursor = app.screen.article.cursor
        await pilot.press("t", "t")
        flow = app.screen.article.flow
        assert app.screen.settings.script.value == "traditional"
        assert app.screen.article.cursor == cursor
        assert flow.token_text(*cursor[:1], app.screen.current_token()[2]) == "工作"
        assert flow.token_text(0, flow.document.tokens(0)[0]) == "銀行"
        await pilot.press("t")
        assert flow.token_text(0, flow.document.tokens(0)[0]) == "银行"


async def test_c_toggles_tone_colours(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        before = app.screen.article.render_line(1)
        await pilot.press("c")
        assert app.screen.settings.tone_colours is False
        after = app.screen.article.render_line(1)
        assert before.text == after.text
        assert [s.style.color for s in before] != [s.style.color for s in after]


async def test_gloss_panel_follows_the_cursor_and_i_hides_it(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        body = app.screen.query_one("#gloss-body")
        assert "bank" in str(body.render())
        await pilot.press("l", "l")
        text = str(body.render())
        assert "gōng" in text and "to work" in text and "Characters" in text
        await pilot.press("i")
        assert not app.screen.query_one("#gloss").display
        await pilot.press("i")
        assert app.screen.query_one("#gloss").display


async def test_s_saves_the_word_with_its_sentence_in_a_worker(make_reader, fake_store):
    app = make_reader()
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press("l", "l", "s")
        await wait_for(pilot, lambda: posted(messages, WordSaved), "WordSaved")
        saved = fake_store.saved[-1]
        assert (saved["simplified"], saved["traditional"], saved["pinyin"]) == (
            "工作",
            "工作",
            "gong1 zuo4",
        )
        assert saved["sentence"] == "银行的工作很忙。" and saved["position"] == 3
        assert saved["source"] == "test-article.txt" and saved["offset"] == 3
        assert saved["lists"] == ("test-article.txt",)  # a list named after the text
        assert any("to work" in s for s in saved["senses"])
        await wait_for(
            pilot, lambda: app.screen.statuses.get("工作") == "learning", "the status to show"
        )


async def test_saving_without_a_store_says_it_is_not_available(core, positions):
    from readaid.tui.app import make_app
    from readaid.tui.services import StoreUnavailable, VocabularyService

    def no_store():
        raise StoreUnavailable("vocabulary store not available")

    from .conftest import article

    app = make_app(
        article(), core=core, store=VocabularyService(opener=no_store), positions=positions
    )
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("s")
        await wait_for(
            pilot, lambda: any("not available" in n.message for n in app._notifications), "a notice"
        )


async def test_k_marks_known_and_u_skips_known_words(make_reader, fake_store):
    app = make_reader()
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press("l", "K")
        await wait_for(pilot, lambda: posted(messages, StatusChanged), "StatusChanged")
        assert (
            fake_store.status["的"] in ("known",)
            or getattr(fake_store.status["的"], "value", "") == "known"
        )
        await wait_for(
            pilot, lambda: app.screen.statuses.get("的") == "known", "status in the view"
        )
        await pilot.press("home", "u")
        assert word(app) == "工作"  # 的 is known now
        await pilot.press("U")
        assert word(app) == "银行"
        await pilot.press("p", "p")  # unknown-only pinyin
        items = app.screen.article.flow.layout(0).items
        assert items[1].syllables == () and items[0].syllables == ("yín", "háng")


async def test_enter_opens_the_entry_and_links_can_be_followed(make_reader):
    from readaid.tui.screens.entry import EntryScreen

    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        for _ in range(20):
            if word(app) == "无可厚非":
                break
            await pilot.press("l")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryScreen), "the entry screen")
        assert "未可厚非" in str(app.screen.query_one("#entry-text").render())
        await pilot.press("enter")  # follow the highlighted link
        assert app.screen.word == "未可厚非"
        assert "wèi" in str(app.screen.query_one("#entry-text").render())
        await pilot.press("escape")
        assert app.screen.word == "无可厚非"
        await pilot.press("escape")
        assert not isinstance(app.screen, EntryScreen)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("问题", "问题"),
        ("wenti", "问题"),
        ("wen4ti2", "问题"),
        ("library", "图书馆"),
        ("北京大學", "北京大学"),
    ],
)
async def test_search_chinese_pinyin_and_english(make_reader, query, found):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("slash")
        await pilot.press(*query)
        await pilot.press("enter")
        assert word(app) == found


async def test_n_and_shift_n_walk_the_matches(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("slash", *"wenti", "enter")
        first = app.screen.article.cursor
        await pilot.press("n")
        second = app.screen.article.cursor
        assert word(app) == "问题" and second != first
        await pilot.press("N")
        assert app.screen.article.cursor == first


async def test_percent_goes_to_a_position(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("percent_sign", "5", "0", "enter")
        token = app.screen.current_token()[2]
        assert abs(token.start - len(ARTICLE) // 2) <= 3


async def test_x_splits_a_word_and_m_merges_it_back(make_reader, fake_store):
    from readaid.tui.screens.segment import SegmentScreen

    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press(*"l" * 8)
        assert word(app) == "北京大学"
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, SegmentScreen), "the segment screen")
        await pilot.press("down", "enter")  # options: 北, 北京, 北京大...: take 北京
        await wait_for(pilot, lambda: word(app) == "北京", "the split")
        tokens = [t.text for t in app.screen.document.tokens(0)]
        assert "北京" in tokens and "大学" in tokens
        await wait_for(pilot, lambda: fake_store.overrides, "the fix to be saved")
        await pilot.press("m")
        assert word(app) == "北京大学"
        assert "北京大学" in [t.text for t in app.screen.document.tokens(0)]


async def test_y_copies_the_word(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("l", "l", "y")
        assert app.clipboard == "工作"


async def test_help_lists_the_keys(make_reader):
    from readaid.tui.screens.help import HelpScreen

    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        keys = dict((d, k) for k, d in app.key_help(app.screen_stack[-2]))
        assert keys["Save"] == "s" and keys["Next word"].startswith("→")
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_keys_can_be_remapped_in_the_config(make_reader, fake_store):
    from readaid.tui.config import ReaderConfig

    app = make_reader(config=ReaderConfig(keys={"save-word": "w"}))
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press("w")
        await wait_for(pilot, lambda: posted(messages, WordSaved), "WordSaved via the remapped key")
        assert fake_store.saved[-1]["simplified"] == "银行"


async def test_command_palette_runs_reader_actions(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Script")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(
            pilot, lambda: app.screen.settings.script.value == "simplified", "the script to change"
        )


async def test_hover_sets_the_gloss_tooltip_and_click_moves_the_cursor(make_reader):
    app = make_reader()
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        piece = view.flow.piece_of(0, 2)  # 工作, second cell of its characters
        y = view.flow.line_of(0, 2) + 1
        offset = (piece.column + piece.width // 2 + 1 + view.styles.padding.left - 1, y)
        await pilot.hover(ArticleView, offset=offset)
        await wait_for(pilot, lambda: view.hover == (0, 2), "hover on 工作")
        assert posted(messages, ArticleView.TokenHovered)[-1].token == (0, 2)
        assert "to work" in str(view.tooltip)
        await pilot.click(ArticleView, offset=offset)
        assert view.cursor == (0, 2)


async def test_reading_position_is_restored(core, fake_store, positions):
    from readaid.tui.app import make_app

    from .conftest import article

    app = make_app(article(), core=core, store=fake_store, positions=positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket", "l")
        cursor = app.screen.article.cursor
        await pilot.press("q")
    again = make_app(article(), core=core, store=fake_store, positions=positions)
    async with again.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        assert again.screen.article.cursor == cursor


async def test_search_matches_are_highlighted_until_an_empty_search(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        await pilot.press("slash", *"wenti", "enter")
        tokens = app.screen.document.tokens(2)
        marked = {tokens[i].text for i in view.matched(2)}
        assert marked == {"问题"}
        row = view.flow.line_of(2, next(i for i, t in enumerate(tokens) if t.text == "问题"))
        line = view.render_line(row + 1 - round(view.scroll_y))
        colour = view._style("article--match").bgcolor
        assert colour is not None
        assert [s.text for s in line if s.text in "问题" and s.style.bgcolor == colour] == [
            "问",
            "题",
        ]
        await pilot.press("slash", "enter")
        assert view.matched(2) == frozenset()


async def test_the_gloss_panel_goes_below_the_text_on_a_narrow_terminal(make_reader):
    app = make_reader()
    async with app.run_test(size=(80, 30)) as pilot:
        await wait_opened(pilot)
        panel, view = app.screen.query_one("#gloss"), app.screen.article
        assert panel.has_class("-below")
        assert panel.region.y >= view.region.bottom and view.region.width == 80
        assert "bank" in str(app.screen.query_one("#gloss-body").render())
        await pilot.resize_terminal(120, 30)
        await wait_for(
            pilot, lambda: not panel.has_class("-below"), "the panel to move beside the text"
        )
        await wait_for(pilot, lambda: panel.region.x >= view.region.right, "the side layout")


async def test_readings_are_read_again_once_the_model_is_warm(make_reader):
    """The first screen is read by the rules (the model loads after the first paint); once
    the model is warm the reader shows its readings: 挨 in 挨了一顿打 is ái, not āi."""
    app = make_reader("他挨了一顿打。\n")
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        screen = app.screen

        def shown() -> tuple[str, ...]:
            items = screen.article.flow.layout(0).items
            return next(item.syllables for item in items if item.text == "挨")

        await wait_for(pilot, lambda: shown() == ("ái",), "the model's reading of 挨")
        # As if the rules alone had read the paragraph before the model was warm:
        rules = list(screen.core.readings(screen.document, 0))
        rules[[t.text for t in screen.document.tokens(0)].index("挨")] = "ai1"
        screen.document.readings[0] = rules
        screen.article.relayout()
        assert shown() == ("āi",)
        screen._readings_warmed(screen.document)
        assert screen.reading_of(0, 1) == "ai2", "the gloss follows at once"
        await wait_for(pilot, lambda: shown() == ("ái",), "the paragraph read again")
