"""Every key the reader answers to (as remapped by the config), and the tone colours."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from readaid.language.pinyin import TONE_COLOURS

TONE_NAMES = {
    1: "first (high)",
    2: "second (rising)",
    3: "third (low)",
    4: "fourth (falling)",
    5: "neutral",
}


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76;
        height: 90%;
        background: $panel;
        border: round $primary;
        padding: 0 1;
    }
    """
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help-close")]

    def __init__(self, keys: list[tuple[str, str]], note: str = "", title: str = "") -> None:
        super().__init__()
        self._keys = keys
        self._note = note
        self._title = title or "readaid reader: keys"

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, description in self._keys:
            table.add_row(Text(key), Text(description))
        tones = Text("\nTone colours: ")
        for tone, colour in TONE_COLOURS.items():
            tones.append(f"{tone} {TONE_NAMES[tone]}", style=colour)
            tones.append("  ")
        mouse = Text(
            "\nMouse: hover a word for its gloss, click to move the cursor, wheel to scroll."
            "\nCommand palette (ctrl+p) lists every action. Escape or ? closes this help."
        )
        with VerticalScroll():
            yield Static(Text(f"{self._title}\n", style="bold"))
            yield Static(table)
            if self._note:
                yield Static(Text(f"\n{self._note}"))
            yield Static(tones)
            yield Static(mouse)
