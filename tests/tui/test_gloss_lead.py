"""The panel, tooltip and entry screen lead with the reading and sense the text uses,
and show a person's name found in the text as a name."""

from __future__ import annotations

from readaid.tui.article import ArticleView
from readaid.tui.screens.entry import EntryScreen

from .conftest import wait_for, wait_opened

SIZE = (80, 24)


def panel(app) -> str:
    return str(app.screen.query_one("#gloss-body").render())


async def move_to(pilot, text: str) -> None:
    app = pilot.app
    for _ in range(20):
        if app.screen.current_token()[2].text == text:
            return
        await pilot.press("l")
    raise AssertionError(f"no word {text}")


async def hover(pilot, index: int) -> str:
    view = pilot.app.screen.article
    piece = view.flow.piece_of(0, index)
    y = view.flow.line_of(0, index) + 1
    offset = (piece.column + piece.width // 2 + view.styles.padding.left, y)
    await pilot.hover(ArticleView, offset=offset)
    await wait_for(pilot, lambda: view.hover == (0, index), f"hover on token {index}")
    return str(view.tooltip)


async def test_the_reading_over_the_word_leads_panel_tooltip_and_entry(make_reader):
    app = make_reader("我得走了。\n")
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await move_to(pilot, "得")
        shown = panel(app)
        assert shown.index("děi") < shown.index("dé") and "to have to" in shown.split("dé")[0]
        assert "to have to" in await hover(pilot, 1)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryScreen), "the entry screen")
        entry = str(app.screen.query_one("#entry-text").render())
        assert entry.index("děi") < entry.index("dé")


async def test_the_everyday_sense_of_taifeng_leads_and_is_written_so(make_reader):
    app = make_reader("台风过后\n")
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        shown = panel(app)
        assert shown.index("typhoon") < shown.index("stage presence")
        assert shown.index("颱風") < shown.index("臺風")
        await pilot.press("t", "t")  # original -> simplified -> traditional
        assert app.screen.article.flow.display_text(0).startswith("颱風")


async def test_dry_gan_is_written_qian_in_traditional_and_glossed_dry(core, fake_store, positions):
    from readaid.text.model import LoadedText
    from readaid.tui.app import make_app

    # The converting site printed gān after 干 (a hint), so the reading is gān "dry".
    loaded = LoadedText("衣服干了。\n", "dry.txt", "dry.txt", hints={2: "gan1"})
    app = make_app(loaded, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await move_to(pilot, "干")
        assert panel(app).split("\n\n")[1].splitlines()[1].strip() == "1. dry"
        await pilot.press("t", "t")  # original -> simplified -> traditional
        assert app.screen.article.flow.display_text(0).startswith("衣服乾了")


async def test_a_name_in_the_text_shows_as_a_name(make_reader):
    app = make_reader("李大海表示同意。\n")
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        assert app.screen.current_token()[2].text == "李大海"
        shown = panel(app)
        assert "Lǐ Dàhǎi" in shown and "person's name" in shown
        assert "surname 李 Lǐ" in shown and "given name 大海 Dàhǎi" in shown
        # Each character, led by its reading in the name: 李 the surname, not the plum.
        characters = shown.split("Characters")[1]
        assert characters.index("surname Li") < characters.index("plum")
        assert "person's name" in await hover(pilot, 0)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryScreen), "the entry screen")
        assert "person's name" in str(app.screen.query_one("#entry-text").render())


async def test_saving_keeps_the_sense_in_use_and_a_name_as_a_name(make_reader, fake_store):
    from readaid.tui.word_actions import WordSaved

    app = make_reader("台风过后，李大海表示同意。\n")
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press("s")
        await wait_for(pilot, lambda: [m for m in messages if isinstance(m, WordSaved)], "saved")
        typhoon = fake_store.saved[-1]
        assert (typhoon["traditional"], typhoon["senses"][0]) == ("颱風", "typhoon")
        await move_to(pilot, "李大海")
        await pilot.press("s")
        await wait_for(pilot, lambda: len(fake_store.saved) == 2, "the name saved")
        name = fake_store.saved[-1]
        assert (name["simplified"], name["pinyin"]) == ("李大海", "Li3 Da4 hai3")
        assert name["senses"][0].startswith("person's name")


class TestLeadingSnapshots:
    TEXT = "李大海表示，我得走了。\n"

    def test_panel_on_a_name(self, snap_compare, make_reader):
        async def run_before(pilot):
            await wait_opened(pilot)

        assert snap_compare(make_reader(self.TEXT), terminal_size=SIZE, run_before=run_before)

    def test_panel_on_dei(self, snap_compare, make_reader):
        async def run_before(pilot):
            await wait_opened(pilot)
            await move_to(pilot, "得")
            await pilot.pause()

        assert snap_compare(make_reader(self.TEXT), terminal_size=SIZE, run_before=run_before)
