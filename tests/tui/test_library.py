"""The library screen: recent documents and samples; an empty samples folder is fine."""

from __future__ import annotations

from pathlib import Path

from readaid.language.sources import bundled_samples
from readaid.tui.app import make_app
from readaid.tui.reader_screen import ReaderScreen
from readaid.tui.screens.library import LibraryScreen

from .conftest import ARTICLE, wait_for, wait_opened


async def test_the_library_lists_the_bundled_samples(core, fake_store, positions):
    samples = bundled_samples()
    assert samples, "the checkout ships sample articles in seeds/"
    app = make_app(None, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        options = app.screen.query_one("#samples")
        labels = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        assert labels == [path.stem.replace("_", " ") for path in samples]


async def test_choosing_a_sample_opens_it_and_escape_comes_back(
    core, fake_store, positions, tmp_path: Path
):
    sample = tmp_path / "story.txt"
    sample.write_text(ARTICLE, encoding="utf-8")
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[sample])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        app.screen.query_one("#samples").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await wait_opened(pilot)
        await pilot.press("right_curly_bracket")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "back in the library")
    recent = positions.recent()
    assert [p.source for p in recent] == [str(sample)] and recent[0].offset > 0


async def test_empty_library_says_so(core, fake_store, positions):
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        texts = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "No samples installed" in texts and "Nothing read yet" in texts
