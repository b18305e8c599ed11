"""The pre-study screen: the text's unknown words by count, saved or marked known one or
many at once, against the real store in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.tui.screens.prestudy import PreStudyScreen
from readaid.vocab.store import VocabularyStore, WordStatus

from .conftest import ARTICLE, wait_for, wait_opened

SIZE = (110, 32)


@pytest.fixture
def store(tmp_path: Path):
    store = VocabularyStore.open(tmp_path / "store")
    store.set_status("我们", WordStatus.KNOWN)
    store.save("工作", "工作", "gong1 zuo4", senses=("to work",))  # learning: already saved
    yield store
    store.close()


async def open_prestudy(pilot) -> PreStudyScreen:
    await wait_opened(pilot)
    await pilot.press("w")
    await wait_for(
        pilot,
        lambda: isinstance(pilot.app.screen, PreStudyScreen) and pilot.app.screen.loaded,
        "the pre-study screen",
    )
    return pilot.app.screen


async def test_w_lists_the_unknown_words_most_frequent_first(make_reader, store, core):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_prestudy(pilot)
        words = [w.word for w in screen.words]
        counts = [w.count for w in screen.words]
        assert counts == sorted(counts, reverse=True)
        assert words[0] == "的" and screen.words[0].count == ARTICLE.count("的")
        assert "我们" not in words and "工作" not in words  # known / already saved
        first = screen.words[0]
        assert first.pinyin and first.meaning
        summary = str(screen.query_one("#prestudy-summary").render())
        assert "% of" in summary and "words known" in summary


async def test_select_many_and_mark_them_known(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_prestudy(pilot)
        first, second = screen.words[0].word, screen.words[1].word
        await pilot.press("space", "space", "K")
        await wait_for(pilot, lambda: first not in [w.word for w in screen.words], "marked")
        statuses = store.statuses()
        assert statuses[first] == statuses[second] == WordStatus.KNOWN
        await pilot.press("q")
        await wait_for(pilot, lambda: not isinstance(app.screen, PreStudyScreen), "closed")
        await wait_for(
            pilot, lambda: app.screen.statuses.get(first) == "known", "the reader's colours"
        )


async def test_save_the_word_under_the_cursor_into_the_texts_list(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_prestudy(pilot)
        word = screen.words[0].word
        await pilot.press("s")
        await wait_for(pilot, lambda: word not in [w.word for w in screen.words], "saved")
        (saved,) = store.find(word)
        assert saved.status is WordStatus.LEARNING
        assert saved.senses and saved.pinyin
        assert saved.lists == ("test-article.txt",)


async def test_x_exports_the_selected_words_as_a_deck_named_after_the_text(
    make_reader, store, tmp_path
):
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    from readaid.tui.screens.dialogs import ExportScreen

    target = tmp_path / "words.apkg"
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_prestudy(pilot)
        chosen = [screen.words[0].word, screen.words[1].word]
        await pilot.press("space", "space", "x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen), "the export dialog")
        app.screen.query_one("#path").value = str(target)
        app.screen.query_one("#path").focus()
        await pilot.press("enter")
        await wait_for(
            pilot,
            lambda: any("Exported 2 word" in n.message for n in app._notifications),
            "the export",
        )
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(target)))
        notes = [collection.get_note(i) for i in collection.find_notes("")]
        assert sorted(n["Simplified"] for n in notes) == sorted(chosen)
        assert collection.decks.by_name("test-article.txt") is not None
    finally:
        collection.close()
    assert {store.find(w)[0].status for w in chosen} == {WordStatus.LEARNING}


async def test_the_list_and_the_reader_save_into_one_list_named_by_the_title(
    core, positions, store
):
    """A text with a title (not its file name) keeps one list: words saved from the
    pre-study list and from the reader go into it."""
    from readaid.text import LoadedText
    from readaid.tui.app import make_app

    loaded = LoadedText(ARTICLE, "0042_5f1e.txt", "0042_5f1e.txt", title="银行的一天")
    app = make_app(loaded, core=core, store=store, positions=positions)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_prestudy(pilot)
        listed = screen.words[0].word
        await pilot.press("s")
        await wait_for(pilot, lambda: listed not in [w.word for w in screen.words], "saved")
        await pilot.press("q")
        await wait_for(pilot, lambda: not isinstance(app.screen, PreStudyScreen), "closed")
        read = app.screen.current_token()[2].text
        await pilot.press("s")
        await wait_for(pilot, lambda: store.find(read), "saved in the reader")
    assert store.find(listed)[0].lists == store.find(read)[0].lists == ("银行的一天",)
