"""The library: recent documents with where the learner stopped, and the bundled samples."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from readaid.language.sources import bundled_samples
from readaid.text import InputError, load

if TYPE_CHECKING:
    from readaid.learner.stats import TextStats


class LibraryScreen(Screen):
    DEFAULT_CSS = """
    LibraryScreen > Vertical { padding: 1 2; }
    LibraryScreen .library--title { text-style: bold; color: $text-primary; height: 2; }
    LibraryScreen .library--heading { text-style: bold; height: 1; margin-top: 1; }
    LibraryScreen OptionList { height: auto; max-height: 50%; border: none; }
    LibraryScreen .library--empty { color: $text-muted; }
    """
    BINDINGS = [
        Binding("o", "open_file", "Open a file", id="library-open-file"),
        Binding("question_mark", "help", "Help", id="library-help"),
        Binding("q", "app.quit", "Quit", id="library-quit"),
    ]

    def __init__(self, samples: list[Path] | None = None) -> None:
        super().__init__()
        self._samples = samples
        self._shown_once = False

    def on_screen_resume(self) -> None:
        # Back from a reader: what was just read heads "Recent".
        if self._shown_once:
            self.refresh(recompose=True)
        self._shown_once = True

    def action_help(self) -> None:
        from readaid.tui.screens.help import HelpScreen

        keys = [
            ("↑/↓, enter", "Choose a text and open it"),
            ("tab", "Between Recent and Samples"),
            *[(self.app.key_label(b), b.description) for b in self.BINDINGS],
            ("ctrl+p", "Command palette"),
        ]
        note = "In the reader, escape comes back here. " + self.app.settings_note()
        self.app.push_screen(HelpScreen(keys, note, title="readaid library: keys"))

    def action_open_file(self) -> None:
        from readaid.tui.screens.open_file import OpenFileScreen

        def chosen(path: Path | None) -> None:
            if path is not None:
                self._open(path)

        self.app.push_screen(OpenFileScreen(), chosen)

    def compose(self) -> ComposeResult:
        positions = [
            p
            for p in self.app.positions.recent()
            if p.source not in ("-", "") and Path(p.source).is_file()
        ]
        samples = self._samples if self._samples is not None else bundled_samples()
        self._recent_paths = [Path(p.source) for p in positions]
        self._sample_paths = samples
        self._labels = {f"recent-{n}": self._recent_label(p) for n, p in enumerate(positions)}
        self._labels.update(
            {f"sample-{n}": Text(path.stem.replace("_", " ")) for n, path in enumerate(samples)}
        )
        with Vertical():
            yield Static(Text("readaid: choose something to read"), classes="library--title")
            yield Static(Text("Recent"), classes="library--heading")
            if positions:
                yield OptionList(
                    *[
                        Option(self._labels[f"recent-{n}"], id=f"recent-{n}")
                        for n in range(len(positions))
                    ],
                    id="recent",
                )
            else:
                yield Static(
                    Text("Nothing read yet. Press o to open a file, or pick a sample."),
                    classes="library--empty",
                )
            yield Static(Text("Samples"), classes="library--heading")
            if samples:
                yield OptionList(
                    *[
                        Option(self._labels[f"sample-{n}"], id=f"sample-{n}")
                        for n in range(len(samples))
                    ],
                    id="samples",
                )
            else:
                yield Static(Text("No samples installed."), classes="library--empty")
        yield Footer()
        # After the first paint: the library shows at once, the figures fill in.
        self.call_after_refresh(self._count_texts)

    @staticmethod
    def _recent_label(position) -> Text:
        label = Text(position.name, style="bold")
        label.append(f"  {position.percent:.0f}% read")
        return label

    @work(thread=True, exclusive=True, group="library-figures")
    def _count_texts(self) -> None:
        """Each text's share known, new words and HSK level, one text at a time; a text
        that can no longer be loaded shows none."""
        from readaid.learner.count_cache import cached_counts
        from readaid.learner.stats import stats_from_counts
        from readaid.vocab.model import WordStatus

        worker = get_current_worker()
        texts = [(f"recent-{n}", p) for n, p in enumerate(self._recent_paths)]
        texts += [(f"sample-{n}", p) for n, p in enumerate(self._sample_paths)]
        if not texts:
            return
        core = self.app.reading_core()
        statuses: dict[str, str] = {}
        # A store problem leaves every word new; it never shuts the library.
        if self.app.vocabulary.available:
            with contextlib.suppress(Exception):
                statuses = self.app.vocabulary.statuses()
        valid = {status.value for status in WordStatus}
        known = {word: WordStatus(s) for word, s in statuses.items() if s in valid}
        for option_id, path in texts:
            if worker.is_cancelled:
                return
            try:
                loaded = load(path)
            except (InputError, OSError, ValueError):
                continue
            counts = cached_counts(loaded.text, core.dictionary)
            stats = stats_from_counts(path.name, counts, core, known, glossed=0)
            figures = figures_label(stats)
            self.app.call_from_thread(self._show_figures, option_id, path, loaded.title, figures)

    def _show_figures(self, option_id: str, path: Path, title: str, figures: str) -> None:
        """A text's figures after its label; a sample's title before its file's name
        (recent texts are named by their title already)."""
        kind, number = option_id.split("-")
        paths = self._recent_paths if kind == "recent" else self._sample_paths
        lists = self.query("#recent" if kind == "recent" else "#samples")
        # The list may have been redrawn since (back from a reader): same place, same text.
        if not lists or int(number) >= len(paths) or paths[int(number)] != path:
            return
        label = self._labels[option_id].copy()
        if kind == "sample" and title:
            label = Text(title, style="bold") + Text("  ") + Text(label.plain, style="dim")
        if figures:
            label.append(f"   {figures}", style="dim")
        lists.first(OptionList).replace_option_prompt(option_id, label)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, number = event.option.id.split("-")
        path = (self._recent_paths if kind == "recent" else self._sample_paths)[int(number)]
        self._open(path)

    @work(thread=True, exclusive=True, group="library-open")
    def _open(self, path: Path) -> None:
        try:
            loaded = load(path)
        except InputError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        self.app.call_from_thread(self.app.open_reader, loaded)


def figures_label(stats: TextStats) -> str:
    """``87% known · 30 unknown · HSK 4`` (30 different words not known yet); nothing
    for a text without Chinese."""
    from readaid.learner.stats import BEYOND

    if not stats.words:
        return ""
    parts = [f"{stats.known_share * 100:.0f}% known", f"{stats.unknown_count:,} unknown"]
    if stats.level:
        parts.append(stats.level if stats.level == BEYOND else f"HSK {stats.level}")
    return " · ".join(parts)
