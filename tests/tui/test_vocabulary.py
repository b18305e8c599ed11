"""The vocabulary in the reader: the vocabulary screen (filter, sort, edit, delete and
undo, export), marking a page known, and saving taking effect at once. Run against the
real store in a temporary folder."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from readaid.tui.screens.dialogs import ConfirmScreen, EditWordScreen, ExportScreen
from readaid.tui.screens.vocabulary import VocabularyScreen
from readaid.tui.word_actions import StatusChanged, WordSaved
from readaid.vocab.store import VocabularyStore, WordStatus

from .conftest import ARTICLE, wait_for, wait_opened

SIZE = (110, 32)


@pytest.fixture
def store(tmp_path: Path):
    store = VocabularyStore.open(tmp_path / "store")
    store.save(
        "银行",
        "銀行",
        "yin2 hang2",
        senses=("bank",),
        sentence="银行的工作很忙。",
        position=0,
        source="a.txt",
        tags=("money",),
    )
    store.save(
        "工作",
        "工作",
        "gong1 zuo4",
        senses=("to work", "job"),
        sentence="银行的工作很忙。",
        position=3,
        source="b.txt",
    )
    store.save(
        "工作", "工作", "gong1 zuo4", sentence="老师在办公室里工作。", position=7, source="b.txt"
    )
    store.set_status("图书馆", WordStatus.KNOWN, pinyin="tu2 shu1 guan3")
    yield store
    store.close()


async def open_vocabulary(pilot) -> VocabularyScreen:
    await wait_opened(pilot)
    await pilot.press("v")
    await wait_for(
        pilot,
        lambda: isinstance(pilot.app.screen, VocabularyScreen) and pilot.app.screen.loaded,
        "the vocabulary screen",
    )
    return pilot.app.screen


def shown(screen) -> list[str]:
    return [w.simplified for w in screen.shown]


async def test_v_lists_saved_words_with_their_contexts(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_vocabulary(pilot)
        assert shown(screen) == ["工作", "银行"]  # newest first; known words hidden
        assert screen.table.row_count == 2
        context = str(screen.query_one("#vocabulary-context").render())
        assert "1. 银行的工作很忙。" in context and "2. 老师在办公室里工作。" in context
        await pilot.press("f")  # one key shows every word
        await wait_for(pilot, lambda: shown(screen) == ["图书馆", "工作", "银行"], "all words")
        await pilot.press("escape")
        assert not isinstance(app.screen, VocabularyScreen)


async def test_filter_by_text_and_status_and_sort(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_vocabulary(pilot)
        await pilot.press("slash", *"gongzuo")
        await wait_for(pilot, lambda: shown(screen) == ["工作"], "the pinyin filter")
        await pilot.press("enter")
        assert screen.table.has_focus
        screen.query_one("#vocabulary-filter").value = "money"
        await wait_for(pilot, lambda: shown(screen) == ["银行"], "the tag filter")
        screen.query_one("#vocabulary-filter").value = ""
        await pilot.press("f", "f", "f")  # to learn -> all -> new -> learning
        await wait_for(
            pilot, lambda: sorted(shown(screen)) == ["工作", "银行"], "the status filter"
        )
        await pilot.press("f")  # -> known
        await wait_for(pilot, lambda: shown(screen) == ["图书馆"], "the known words")
        await pilot.press("f", "f", "f")  # -> ignored -> to learn -> all
        await pilot.press("o")  # most sentences: 工作 has two
        await wait_for(pilot, lambda: shown(screen)[0] == "工作", "sorting by sentences")
        await pilot.press("o")  # status: new, learning, known
        assert shown(screen)[-1] == "图书馆"
        await pilot.press("o")  # source
        assert shown(screen) == ["图书馆", "银行", "工作"]  # "", a.txt, b.txt


async def test_e_edits_note_tags_and_status(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_vocabulary(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, EditWordScreen), "the edit dialog")
        app.screen.query_one("#note").value = "often at work"
        app.screen.query_one("#tags").value = "hsk1, office hsk1"
        app.screen.query_one("#status").value = "known"
        app.screen.query_one("#note").focus()
        await pilot.press("enter")
        await wait_for(
            pilot, lambda: store.find("工作")[0].status is WordStatus.KNOWN, "the status"
        )
        word = store.find("工作")[0]
        assert word.note == "often at work" and word.tags == ("hsk1", "office")
        # Known now: it leaves the list of words being learnt.
        await wait_for(pilot, lambda: shown(screen) == ["银行"], "the table to reload")
        await pilot.press("escape")
        await wait_for(
            pilot, lambda: app.screen.statuses.get("工作") == "known", "the reader's colours"
        )


async def test_e_edits_the_meaning_and_the_cards_sentence(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_vocabulary(pilot)
        for _ in range(3):
            if screen.current_word().simplified == "银行":
                break
            await pilot.press("down")
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, EditWordScreen), "the edit dialog")
        senses = app.screen.query_one("#senses")
        sentence = app.screen.query_one("#sentence")
        assert (senses.value, sentence.value) == ("bank", "银行的工作很忙。")
        senses.value = "bank / banking house"
        sentence.value = "我去银行取钱。"
        senses.focus()
        await pilot.press("enter")
        await wait_for(
            pilot, lambda: store.find("银行")[0].senses == ("bank", "banking house"), "the meaning"
        )
        card = store.find("银行")[0].context
        assert (card.sentence, card.position) == ("我去银行取钱。", 2)


async def test_d_deletes_and_z_restores_with_every_context(make_reader, store):
    # Saved long ago: undo must bring back the dates, not make them today's.
    long_ago = datetime(2020, 5, 17, 9, 30, tzinfo=timezone.utc)
    saved = store.find("工作")[0]
    store.delete(saved.id)
    store.restore(
        replace(
            saved,
            added=long_ago,
            contexts=tuple(replace(c, added=long_ago) for c in saved.contexts),
        )
    )
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_vocabulary(pilot)
        assert shown(screen)[-1] == "工作"  # the oldest
        screen.table.move_cursor(row=len(shown(screen)) - 1)
        await pilot.press("d")
        await wait_for(pilot, lambda: not store.find("工作"), "the deletion")
        await wait_for(pilot, lambda: "工作" not in shown(screen), "the table to reload")
        assert any("z to undo" in n.message for n in app._notifications)
        await pilot.press("z")
        await wait_for(pilot, lambda: store.find("工作"), "the word to come back")
        restored = store.find("工作")[0]
        assert [c.sentence for c in restored.contexts] == [
            "银行的工作很忙。",
            "老师在办公室里工作。",
        ]
        assert restored.senses == ("to work", "job") and restored.status is WordStatus.LEARNING
        assert restored.id == saved.id and restored.added == long_ago
        assert [c.added for c in restored.contexts] == [long_ago, long_ago]
        await wait_for(pilot, lambda: "工作" in shown(screen), "the table to show it again")


@pytest.mark.parametrize(
    ("export_format", "expected"), [("csv", "银行"), ("zhongwen", "工作"), ("apkg", None)]
)
async def test_x_exports_the_words_shown(make_reader, store, tmp_path, export_format, expected):
    target = tmp_path / f"out.{export_format}"
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await open_vocabulary(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen), "the export dialog")
        app.screen.query_one("#format").value = export_format
        app.screen.query_one("#path").value = str(target)
        app.screen.query_one("#path").focus()
        await pilot.press("enter")
        await wait_for(
            pilot,
            # The words being learnt, as `vocab export` takes by default: not the known one.
            lambda: any("Exported 2 word" in n.message for n in app._notifications),
            "the export to finish",
        )
    assert target.stat().st_size > 0
    if expected:
        assert expected in target.read_text(encoding="utf-8")


async def test_export_to_a_missing_folder_says_why(make_reader, store, tmp_path):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await open_vocabulary(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen), "the export dialog")
        app.screen.query_one("#path").value = str(tmp_path / "no" / "such" / "out.apkg")
        app.screen.query_one("#path").focus()
        await pilot.press("enter")
        await wait_for(
            pilot, lambda: any(n.title == "Not exported" for n in app._notifications), "the error"
        )
        assert isinstance(app.screen, VocabularyScreen)


async def test_shift_a_marks_the_remaining_words_on_the_page_known(make_reader, store):
    app = make_reader(store=store)
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        screen = app.screen
        visible = {screen.document.tokens(p)[i].text for p, i in screen.article.visible_tokens()}
        assert {"银行", "帮助"} <= visible  # the whole small article fits
        await pilot.press("A")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the confirmation")
        await pilot.press("n")
        assert store.find("帮助") == []
        await pilot.press("A")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the confirmation")
        await pilot.press("y")
        await wait_for(pilot, lambda: store.find("帮助"), "the words to be stored")
        statuses = store.statuses()
        assert statuses["帮助"] is WordStatus.KNOWN and statuses["北京大学"] is WordStatus.KNOWN
        assert statuses["银行"] is WordStatus.LEARNING and statuses["工作"] is WordStatus.LEARNING
        assert statuses["銀行"] is WordStatus.LEARNING
        assert "AI" not in statuses and "。" not in statuses
        await wait_for(
            pilot, lambda: screen.statuses.get("帮助") == "known", "the colours to change"
        )
        changed = {m.word for m in messages if isinstance(m, StatusChanged)}
        assert "帮助" in changed and "银行" not in changed
        assert screen.page_words() == []


async def test_mark_page_known_only_takes_the_words_on_screen(make_reader, store):
    text = (
        ARTICLE
        + "\n".join(f"第{n}段：长颈鹿在草原上散步。" for n in range(60))
        + "\n最后的词是蝴蝶。\n"
    )
    app = make_reader(text, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        words = {text for text, *_ in app.screen.page_words()}
        assert "帮助" in words and "蝴蝶" not in words


async def test_mark_page_known_leaves_names_out(make_reader, store):
    app = make_reader("王小明喜欢长颈鹿。\n", store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        tokens = app.screen.document.tokens(0)
        assert tokens[0].text == "王小明" and tokens[0].is_name
        words = {text for text, *_ in app.screen.page_words()}
        assert {"喜欢", "长颈鹿"} <= words and "王小明" not in words


async def test_saving_colours_the_word_and_fills_the_panel_at_once(make_reader, store):
    app = make_reader(store=store)
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press("right_curly_bracket")  # 他: not saved yet
        view = app.screen.article
        before = view.render_line(view.flow.line_of(*view.cursor) - round(view.scroll_y) + 1)
        await pilot.press("s")
        await wait_for(
            pilot, lambda: [m for m in messages if isinstance(m, WordSaved)], "WordSaved"
        )
        await wait_for(pilot, lambda: app.screen.statuses.get("他") == "learning", "the status")
        assert "[learning]" in str(app.screen.query_one("#gloss-body").render())
        after = view.render_line(view.flow.line_of(*view.cursor) - round(view.scroll_y) + 1)
        assert before.text == after.text and list(before) != list(after)
        assert store.find("他")[0].contexts[0].sentence.startswith("他说")


async def test_a_slow_store_never_blocks_the_reader(make_reader, fake_store):
    import threading

    release = threading.Event()
    slow_save = fake_store.save

    def save(*args, **kwargs):
        release.wait(10)
        return slow_save(*args, **kwargs)

    fake_store.save = save
    app = make_reader(store=fake_store)
    messages = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await wait_opened(pilot)
        await pilot.press("s", "l", "l")
        assert app.screen.current_token()[2].text == "工作"  # keys answered while saving
        assert not fake_store.saved
        release.set()
        await wait_for(
            pilot, lambda: [m for m in messages if isinstance(m, WordSaved)], "WordSaved"
        )
        assert fake_store.saved[-1]["simplified"] == "银行"


@pytest.mark.parametrize(
    ("command", "screen_type"),
    [("Vocabulary", VocabularyScreen), ("Mark page known", ConfirmScreen)],
)
async def test_the_command_palette_offers_the_vocabulary_actions(
    make_reader, store, command, screen_type
):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("ctrl+p", *command)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, screen_type), command)


async def test_a_word_saved_while_confirming_keeps_its_status(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("A")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the confirmation")
        store.save("帮助", "幫助", "bang1 zhu4", sentence="谢谢你的帮助！")
        await pilot.press("y")
        await wait_for(
            pilot, lambda: store.statuses().get("北京大学") is WordStatus.KNOWN, "the page marked"
        )
        assert store.statuses()["帮助"] is WordStatus.LEARNING
