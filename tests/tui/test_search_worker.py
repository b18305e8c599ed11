"""Search stays off the UI thread and refuses paragraphs as queries."""

from __future__ import annotations

import threading

from .conftest import wait_for, wait_opened


async def test_the_reader_answers_keys_while_a_search_runs(make_reader, monkeypatch):
    from readaid.tui import word_actions

    release, finished = threading.Event(), threading.Event()
    original = word_actions.compile_query

    def slow_query(query, dictionary):
        release.wait(5)
        finished.set()
        return original(query, dictionary)

    monkeypatch.setattr(word_actions, "compile_query", slow_query)
    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        view = app.screen.article
        await pilot.press("slash", *"bank", "enter")
        before = view.cursor
        await pilot.press("right")
        await wait_for(pilot, lambda: view.cursor != before, "the cursor to move")
        assert not finished.is_set(), "the key waited for the search"
        release.set()
        await wait_for(pilot, lambda: app.screen._pattern is not None, "the search to finish")
        await wait_for(pilot, lambda: "银行" in app.screen.current_token()[2].text, "the match")


async def test_a_query_over_the_limit_is_refused_with_a_notice(make_reader):
    from readaid.language.dictionary import QUERY_LIMIT

    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await pilot.press("slash", *("a" * (QUERY_LIMIT + 1)), "enter")
        await wait_for(
            pilot,
            lambda: any("at most" in str(n.message) for n in app._notifications),
            "the notice",
        )
        assert app.screen._pattern is None
