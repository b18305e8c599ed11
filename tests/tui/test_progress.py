"""The progress screen: known words over time as a sparkline, and the texts read."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Sparkline

from readaid.tui.screens.progress import ProgressScreen
from readaid.vocab.store import VocabularyStore, WordStatus

from .conftest import wait_for, wait_opened

SIZE = (100, 30)


@pytest.fixture
def store(tmp_path: Path):
    store = VocabularyStore.open(tmp_path / "store")
    for word, day in (("银行", "2026-11-01"), ("工作", "2026-11-01"), ("学习", "2026-11-04")):
        store.set_status(word, WordStatus.KNOWN)
        store._connection().execute(
            "UPDATE status_history SET changed_at = ? WHERE word = ?", (f"{day}T09:00:00", word)
        )
    yield store
    store.close()


async def test_shift_w_draws_known_words_over_time(make_reader, store, positions):
    positions.remember("k", name="novel.txt", source="novel.txt", offset=30, length=100)
    app = make_reader(store=store, positions=positions)
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("W")
        await wait_for(
            pilot,
            lambda: isinstance(app.screen, ProgressScreen) and app.screen.loaded,
            "the progress screen",
        )
        screen = app.screen
        assert list(screen.query_one(Sparkline).data) == [2, 3]
        assert "Words known: 3" in str(screen.query_one("#progress-title").render())
        details = str(screen.query_one("#progress-details").render())
        assert "2026-11-04  +1" in details and "3 known" in details
        assert "30.0%" in details and "novel.txt" in details
        await pilot.press("escape")
        assert not isinstance(app.screen, ProgressScreen)


async def test_without_a_store_the_screen_says_so(make_reader):
    from readaid.tui.services import StoreUnavailable, VocabularyService

    def no_store():
        raise StoreUnavailable("vocabulary store not available")

    app = make_reader(store=VocabularyService(opener=no_store))
    async with app.run_test(size=SIZE) as pilot:
        await wait_opened(pilot)
        await pilot.press("W")
        await wait_for(
            pilot,
            lambda: isinstance(app.screen, ProgressScreen) and app.screen.loaded,
            "the progress screen",
        )
        assert "not available" in str(app.screen.query_one("#progress-title").render())
