"""The vocabulary screen filters by named list: a selector offers the lists the saved
words are in, ``l`` steps through them. Run against the real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.vocab.store import VocabularyStore

from .conftest import wait_for
from .test_vocabulary import SIZE, open_vocabulary, shown


@pytest.fixture
def store(tmp_path: Path):
    store = VocabularyStore.open(tmp_path / "store")
    store.save("银行", "銀行", "yin2 hang2", senses=("bank",), lists=("exam", "news"))
    store.save("工作", "工作", "gong1 zuo4", senses=("to work",), lists=("news",))
    store.save("老师", "老師", "lao3 shi1", senses=("teacher",))
    yield store
    store.close()


def offered(screen) -> list[str]:
    select = screen.query_one("#vocabulary-list")
    return [str(label) for label, _ in select._options]


async def test_the_vocabulary_is_filtered_by_named_list(make_reader, store):
    app = make_reader(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_vocabulary(pilot)
        assert sorted(shown(screen)) == ["工作", "老师", "银行"]
        assert offered(screen) == ["list: all", "list: exam", "list: news"]
        await pilot.press("l")
        await wait_for(pilot, lambda: shown(screen) == ["银行"], "the words in exam")
        assert "1 of 3 saved words" in str(screen.query_one("#vocabulary-summary").render())
        await pilot.press("l")
        await wait_for(pilot, lambda: sorted(shown(screen)) == ["工作", "银行"], "news")
        # A word deleted from the list: the table reloads and the list stays chosen.
        screen.table.move_cursor(row=[w.simplified for w in screen.shown].index("工作"))
        await pilot.press("d")
        await wait_for(pilot, lambda: len(screen.words) == 2, "the reload after the delete")
        assert str(screen.query_one("#vocabulary-list").value) == "news"
        assert shown(screen) == ["银行"]
        await pilot.press("l")  # back to every word
        await wait_for(pilot, lambda: sorted(shown(screen)) == ["老师", "银行"], "every word")
