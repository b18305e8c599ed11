"""Opening a text: the first run says what the dictionary compilation is doing instead
of a bare "Opening…"; zhuyin is warmed once the text is on screen."""

from __future__ import annotations

import threading

from readaid.tui.app import make_app

from .conftest import article, wait_for, wait_opened


def status_text(app) -> str:
    return str(app.screen.query_one("#status").render())


async def test_the_first_run_shows_the_dictionarys_progress(
    core, fake_store, positions, monkeypatch
):
    import readaid.language.reader as reader_module

    release = threading.Event()

    def compiling_core(report=None):
        report("reading CC-CEDICT")
        release.wait(10)
        report("indexing")
        return core

    monkeypatch.setattr(reader_module, "get_core", compiling_core)
    app = make_app(article(), core=None, store=fake_store, positions=positions)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(
            pilot, lambda: "reading CC-CEDICT" in status_text(app), "the compilation's progress"
        )
        assert "Preparing the dictionary" in status_text(app)
        release.set()
        await wait_opened(pilot)
        await pilot.pause(0.6)  # longer than the progress timer's interval
        assert "test-article.txt" in status_text(app)
        assert "Preparing" not in status_text(app)


async def test_zhuyin_is_warmed_after_the_text_opens(make_reader):
    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await wait_for(pilot, lambda: app.screen.zhuyin_ready, "the zhuyin converter")
