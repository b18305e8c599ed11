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
    BINDINGS = [Binding("q", "app.quit", "Quit", id="library-quit")]

    def __init__(self, samples: list[Path] | None = None) -> None:
        super().__init__()
        self._samples = samples

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
                    Text("Nothing read yet. Run `readaid read FILE`, or pick a sample."),
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
