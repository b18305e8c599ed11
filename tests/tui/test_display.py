"""How readings and glosses are written: syllables apart in numbers and zhuyin, joined
with an apostrophe in tone marks, messages in the chosen style, the gloss without
repeats, and words no dictionary has glossed by their characters."""

from __future__ import annotations

import pytest

from readaid.tui.gloss import GlossStyles, full_gloss, short_gloss, shown_reading
from readaid.tui.word_actions import WordSaved

from .conftest import wait_for, wait_opened

SIZE = (100, 30)


@pytest.mark.parametrize(
    ("numbered", "style", "expected"),
    [
        ("xi1 an1", "marks", "xī'ān"),
        ("yu3 zhou4", "numbers", "yu3 zhou4"),
        ("tian1 guo2", "zhuyin", "ㄊㄧㄢ ㄍㄨㄛˊ"),
        ("gong1 zuo4", "marks", "gōngzuò"),
    ],
)
def test_shown_reading(numbered, style, expected):
    assert shown_reading(numbered, style) == expected


def ruby_row(view, paragraph: int, index: int) -> str:
    line = view.flow.line_of(paragraph, index) - round(view.scroll_y)
    return view.render_line(line).text


async def test_ruby_syllables_are_apart_in_numbers_and_zhuyin(make_reader):
    app = make_reader("我们去西安。银行很忙。\n")
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        tokens = [t.text for t in app.screen.document.tokens(0)]
        xian, bank = tokens.index("西安"), tokens.index("银行")
        assert "Xī'ān" in ruby_row(view, 0, xian)
        await pilot.press("P")  # numbers
        assert "Xi1 an1" in ruby_row(view, 0, xian) and "yin2 hang2" in ruby_row(view, 0, bank)
        await pilot.press("P")  # zhuyin
        assert "ㄧㄣˊ ㄏㄤˊ" in ruby_row(view, 0, bank)
        await pilot.press("p")  # inline: after the word
        assert "银行ㄧㄣˊ ㄏㄤˊ" in ruby_row(view, 0, bank)


@pytest.mark.parametrize(
    ("style_presses", "expected"), [(0, "Saved 工作 gōngzuò"), (1, "Saved 工作 gong1 zuo4")]
)
async def test_the_saved_message_uses_the_display_style(make_reader, style_presses, expected):
    app = make_reader()
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press(*["P"] * style_presses, "l", "l", "s")
        await wait_for(pilot, lambda: any(isinstance(m, WordSaved) for m in messages), "WordSaved")
        await wait_for(
            pilot, lambda: any(n.message == expected for n in app._notifications), expected
        )


async def test_the_split_dialog_uses_the_display_style(make_reader):
    from textual.widgets import OptionList

    from readaid.tui.screens.segment import SegmentScreen

    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press(*"l" * 8)  # 北京大学
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, SegmentScreen), "the segment screen")
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        assert any("Běijīng " in label for label in labels)
        assert not any("bei3" in label.lower() for label in labels)


async def test_the_gloss_panel_gives_the_reading_once(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("l", "l")  # 工作
        body = str(app.screen.query_one("#gloss-body").render())
        before_characters = body.split("Characters")[0]
        assert before_characters.count("gōngzuò") == 1  # written as the text writes it


async def test_a_merged_word_no_dictionary_has_shows_its_characters(make_reader):
    app = make_reader()
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("l", "l", "l", "m")  # 很 + 忙
        assert app.screen.current_token()[2].text == "很忙"
        body = str(app.screen.query_one("#gloss-body").render())
        assert "no dictionary entry" not in body
        assert "Characters" in body and "degree" in body and "busy" in body


def test_the_tooltip_of_a_word_no_dictionary_has_glosses_its_characters(core):
    characters = core.dictionary.characters("很忙")
    text = str(short_gloss("很忙", "hen3 mang2", [], GlossStyles(), characters))
    assert "no dictionary entry" not in text and "degree" in text and "busy" in text


def test_character_glosses_wrap_instead_of_being_cut(core):
    characters = core.dictionary.characters("上")
    text = str(full_gloss("上上", "", [], [("上", characters[0][1])] * 2, GlossStyles()))
    assert "…" not in text
    senses = characters[0][1][0].senses[:2]
    assert "; ".join(senses) in text
