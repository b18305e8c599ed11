"""The library: recent documents with where the learner stopped, and the bundled samples."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from readaid.language.sources import bundled_samples
from readaid.text import InputError, load


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
        with Vertical():
            yield Static(Text("readaid: choose something to read"), classes="library--title")
            yield Static(Text("Recent"), classes="library--heading")
            if positions:
                yield OptionList(
                    *[
                        Option(self._recent_label(p), id=f"recent-{n}")
                        for n, p in enumerate(positions)
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
                        Option(Text(path.stem.replace("_", " ")), id=f"sample-{n}")
                        for n, path in enumerate(samples)
                    ],
                    id="samples",
                )
            else:
                yield Static(Text("No samples installed."), classes="library--empty")
        yield Footer()

    @staticmethod
    def _recent_label(position) -> Text:
        label = Text(position.name, style="bold")
        label.append(f"  {position.percent:.0f}%")
        return label

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
