"""The floor under the reader's first paint: a bare Textual app that shows a text file, as
plain as Textual allows (one ``Static`` in a scrolling screen), nothing else imported.

    python bench/bare_app.py FILE

``first_paint.py`` runs it beside ``readaid read FILE`` in tmux.
"""

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class BareApp(App):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.text, markup=False)


if __name__ == "__main__":
    BareApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
