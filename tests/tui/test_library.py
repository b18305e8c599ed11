"""The library screen: recent documents and samples; an empty samples folder is fine."""

from __future__ import annotations

from pathlib import Path

from readaid.language.sources import bundled_samples
from readaid.tui.app import make_app
from readaid.tui.reader_screen import ReaderScreen
from readaid.tui.screens.library import LibraryScreen

from .conftest import ARTICLE, wait_for, wait_opened


async def test_the_library_lists_the_bundled_samples_by_title(core, fake_store, positions):
    """Each sample by its title once its figures are in, its file's name (which says the
    level) after it."""
    samples = bundled_samples()
    assert samples, "the checkout ships sample articles in seeds/"
    app = make_app(None, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        options = app.screen.query_one("#samples")

        def labels() -> list[str]:
            return [str(options.get_option_at_index(n).prompt) for n in range(len(samples))]

        stems = [path.stem.replace("_", " ") for path in samples]
        await wait_for(pilot, lambda: all("% known" in label for label in labels()), "figures")
        titles = [path.read_text(encoding="utf-8").splitlines()[0] for path in samples]
        assert [label.split("   ")[0] for label in labels()] == [
            f"{title}  {stem}" for title, stem in zip(titles, stems, strict=True)
        ]


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


TITLED = "银行的故事\n" + ARTICLE


def titled_file(folder: Path) -> Path:
    path = folder / "004_7880aaf77605b3cf.txt"
    path.write_text(TITLED, encoding="utf-8")
    return path


def recent_labels(screen) -> list[str]:
    options = screen.query_one("#recent")
    return [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]


async def test_escape_from_a_text_opened_by_path_shows_the_library_by_title(
    core, fake_store, positions, tmp_path: Path
):
    from readaid.text import load

    app = make_app(
        load(titled_file(tmp_path)), core=core, store=fake_store, positions=positions, samples=[]
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        assert "银行的故事" in str(app.screen.query_one("#status").render())
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        assert [label.split("  ")[0] for label in recent_labels(app.screen)] == ["银行的故事"]
        # And back into the text from there.
        app.screen.query_one("#recent").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")


async def test_the_palettes_library_command_works_for_a_text_opened_by_path(
    core, fake_store, positions, tmp_path: Path
):
    from readaid.text import load

    app = make_app(
        load(titled_file(tmp_path)), core=core, store=fake_store, positions=positions, samples=[]
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Library")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")


async def test_going_back_to_the_library_refreshes_recent(
    core, fake_store, positions, tmp_path: Path
):
    sample = titled_file(tmp_path)
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[sample])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        assert not app.screen.query("#recent")
        app.screen.query_one("#samples").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await wait_opened(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "back in the library")
        await wait_for(pilot, lambda: app.screen.query("#recent"), "the Recent list")
        assert recent_labels(app.screen)[0].startswith("银行的故事")


async def test_question_mark_shows_the_librarys_keys(core, fake_store, positions):
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "HelpScreen", "the help")
        descriptions = [description for _, description in app.screen._keys]
        assert "Open a file" in descriptions and "Help" in descriptions
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library again")


async def test_a_file_is_opened_from_the_library_with_a_completing_prompt(
    core, fake_store, positions, tmp_path: Path
):
    path = titled_file(tmp_path)
    (tmp_path / "notes.bin").write_bytes(b"\0")
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        await pilot.press("o")
        await wait_for(pilot, lambda: app.screen.query("#open-path"), "the path prompt")
        prompt = app.screen.query_one("#open-path")
        await pilot.press(*f"{tmp_path}/nothing-here", "enter")
        error = app.screen.query_one("#open-file-error")
        await wait_for(pilot, lambda: "does not exist" in str(error.render()), "the error")
        prompt.value = ""
        await pilot.press(*f"{tmp_path}/00")
        await wait_for(pilot, lambda: prompt._suggestion, "a completion")
        await pilot.press("tab")
        assert prompt.value == str(path)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await wait_opened(pilot)
        assert app.screen.loaded.source == str(path)


def figures(screen, list_id: str) -> list[str]:
    options = screen.query_one(f"#{list_id}")
    return [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]


async def test_each_text_shows_how_much_is_known_and_a_second_opening_uses_the_cache(
    core, fake_store, positions, tmp_path: Path, monkeypatch
):
    from readaid.learner import count_cache
    from readaid.learner.stats import text_stats
    from readaid.vocab.model import WordStatus

    counted: list[str] = []
    real_count = count_cache.count_words

    def counting(text, dictionary):
        counted.append(text)
        return real_count(text, dictionary)

    monkeypatch.setattr(count_cache, "count_words", counting)
    monkeypatch.setattr(count_cache, "counts_folder", lambda: tmp_path / "counts")
    story, gone = tmp_path / "story.txt", tmp_path / "gone.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    gone.write_text(ARTICLE, encoding="utf-8")
    for word in ("银行", "工作", "我们"):
        fake_store.set_status(word, "known")
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[story, gone])
    gone.unlink()  # listed, then no longer there: shows no figures, and nothing breaks
    statuses = {w: WordStatus(s) for w, s in fake_store.statuses().items()}
    expected = text_stats("story.txt", ARTICLE, core, statuses, glossed=0)
    assert 0 < expected.known_share < 1 and expected.level
    want = (
        f"story   {expected.known_share * 100:.0f}% known · {expected.unknown_count} unknown"
        f" · HSK {expected.level}"
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        await wait_for(pilot, lambda: figures(app.screen, "samples")[0] == want, "the figures")
        await pilot.pause(0.2)
        assert figures(app.screen, "samples")[1] == "gone"
    assert counted == [ARTICLE]

    # The counts come from the cache; the share known follows the statuses of now.
    fake_store.set_status("的", "known")
    statuses = {w: WordStatus(s) for w, s in fake_store.statuses().items()}
    more = text_stats("story.txt", ARTICLE, core, statuses, glossed=0)
    assert more.known_share > expected.known_share
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[story])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        label = f"story   {more.known_share * 100:.0f}% known · {more.unknown_count} unknown"
        await wait_for(pilot, lambda: figures(app.screen, "samples")[0].startswith(label), label)
    assert counted == [ARTICLE]
