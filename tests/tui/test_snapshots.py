"""SVG snapshots of the main screens at a fixed size, on a small article written here.

Regenerate with ``pytest tests/tui --snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

from pathlib import Path

from readaid.tui.config import ReaderConfig
from readaid.tui.view_settings import PinyinMode

from .conftest import ARTICLE, FakeStore, wait_for, wait_opened, wait_read_ahead

SIZE = (100, 30)


def opened(*keys: str):
    async def run_before(pilot) -> None:
        await wait_opened(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        await wait_read_ahead(pilot)

    return run_before


class TestReader:
    def test_pinyin_over(self, snap_compare, make_reader):
        assert snap_compare(make_reader(), terminal_size=SIZE, run_before=opened("l", "l"))

    def test_pinyin_inline(self, snap_compare, make_reader):
        app = make_reader(config=ReaderConfig(pinyin=PinyinMode.INLINE))
        assert snap_compare(app, terminal_size=SIZE, run_before=opened())

    def test_pinyin_off(self, snap_compare, make_reader):
        app = make_reader(config=ReaderConfig(pinyin=PinyinMode.OFF, gloss_panel=False))
        assert snap_compare(app, terminal_size=SIZE, run_before=opened())

    def test_traditional(self, snap_compare, make_reader):
        assert snap_compare(make_reader(), terminal_size=SIZE, run_before=opened("t", "t"))

    def test_gloss_panel_on_a_word_with_links(self, snap_compare, make_reader):
        keys = ["right_curly_bracket", *"llll"]  # 他 说 这个 问题 无可厚非
        assert snap_compare(make_reader(), terminal_size=SIZE, run_before=opened(*keys))


class TestScreens:
    def test_help(self, snap_compare, make_reader):
        assert snap_compare(make_reader(), terminal_size=SIZE, run_before=opened("question_mark"))

    def test_entry(self, snap_compare, make_reader):
        keys = ["right_curly_bracket", *"llll", "enter"]
        assert snap_compare(make_reader(), terminal_size=SIZE, run_before=opened(*keys))

    def test_library(self, snap_compare, core, fake_store, positions, tmp_path: Path):
        from readaid.tui.app import make_app

        samples = tmp_path / "samples"
        samples.mkdir()
        (samples / "a_short_story.txt").write_text(ARTICLE, encoding="utf-8")
        (samples / "b_news.txt").write_text(ARTICLE, encoding="utf-8")
        recent = tmp_path / "recent.txt"
        recent.write_text(ARTICLE, encoding="utf-8")
        positions.remember("k", name="recent.txt", source=str(recent), offset=25, length=100)
        app = make_app(
            None,
            core=core,
            store=fake_store,
            positions=positions,
            samples=sorted(samples.glob("*.txt")),
        )

        def all_counted() -> bool:
            lists = app.screen.query("OptionList")
            prompts = [str(o.prompt) for option_list in lists for o in option_list.options]
            return len(prompts) == 3 and all("known" in prompt for prompt in prompts)

        async def run_before(pilot):
            # The figures fill in from a worker: the snapshot shows them all.
            await wait_for(pilot, all_counted, "every text's figures")
            await pilot.pause()

        assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


class FixedWordsStore(FakeStore):
    """Saved words with fixed dates, so the vocabulary screen draws the same every day."""

    def words(self):
        from datetime import datetime

        from readaid.vocab.model import Context, SavedWord, WordStatus

        day = datetime(2024, 5, 1, 9, 30)
        return [
            SavedWord(
                1,
                "银行",
                "銀行",
                "yin2 hang2",
                ("bank",),
                WordStatus.LEARNING,
                ("money",),
                "",
                day,
                (Context("银行的工作很忙。", 0, "news.txt"),),
            ),
            SavedWord(
                2,
                "工作",
                "工作",
                "gong1 zuo4",
                ("to work", "job"),
                WordStatus.LEARNING,
                (),
                "often at work",
                day.replace(day=2),
                (
                    Context("银行的工作很忙。", 3, "news.txt"),
                    Context("老师在办公室里工作。", 7, "story.txt"),
                ),
            ),
            SavedWord(
                3,
                "图书馆",
                "圖書館",
                "tu2 shu1 guan3",
                ("library",),
                WordStatus.KNOWN,
                (),
                "",
                day.replace(day=3),
                (),
            ),
        ]


class TestVocabulary:
    def test_vocabulary_screen(self, snap_compare, make_reader):
        app = make_reader(store=FixedWordsStore())

        async def run_before(pilot):
            await wait_opened(pilot)
            await pilot.press("v")
            await wait_for(pilot, lambda: getattr(app.screen, "loaded", False), "the vocabulary")
            await pilot.press("down")
            await pilot.pause()

        assert snap_compare(app, terminal_size=SIZE, run_before=run_before)

    def test_mark_page_known_confirmation(self, snap_compare, make_reader):
        assert snap_compare(make_reader(), terminal_size=SIZE, run_before=opened("A"))

    def test_edit_dialog_with_meaning_and_sentence(self, snap_compare, make_reader):
        app = make_reader(store=FixedWordsStore())

        async def run_before(pilot):
            await wait_opened(pilot)
            await pilot.press("v")
            await wait_for(pilot, lambda: getattr(app.screen, "loaded", False), "the vocabulary")
            # Known words are hidden by default: 工作 (newest of the rest) is the first row.
            await wait_for(
                pilot,
                lambda: (
                    "often at work" in str(app.screen.query_one("#vocabulary-context").render())
                ),
                "the word's details",
            )
            await pilot.press("e")
            await wait_for(pilot, lambda: app.screen.query("#sentence"), "the edit dialog")
            for field in app.screen.query("Input"):
                field.cursor_blink = False  # a blinking cursor would make the snapshot flaky
            await pilot.pause()

        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


class TestFurniture:
    def test_collapsed(self, snap_compare, make_reader):
        from .test_furniture import PAGE

        assert snap_compare(make_reader(PAGE), terminal_size=SIZE, run_before=opened())

    def test_shown_dimmed(self, snap_compare, make_reader):
        from .test_furniture import PAGE

        assert snap_compare(make_reader(PAGE), terminal_size=SIZE, run_before=opened("F"))


class TestChapters:
    def test_chapter_list(self, snap_compare, core, fake_store, positions, tmp_path: Path):
        from readaid.text import load
        from readaid.tui.app import make_app

        from .test_inputs import make_book

        book = load(make_book(tmp_path / "book.epub"))
        app = make_app(book, core=core, store=fake_store, positions=positions)
        assert snap_compare(app, terminal_size=SIZE, run_before=opened("right_square_bracket", "C"))


class TestThemes:
    def test_light_theme(self, snap_compare, make_reader):
        async def run_before(pilot) -> None:
            pilot.app.theme = "textual-light"
            await wait_opened(pilot)
            await pilot.press("l")
            await pilot.pause()
            await wait_read_ahead(pilot)

        assert snap_compare(make_reader(), terminal_size=SIZE, run_before=run_before)
