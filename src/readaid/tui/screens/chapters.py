"""The e-book's chapters in a list: Enter jumps to one, Escape closes."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from readaid.text import Chapter


def chapter_title(chapters: Sequence[Chapter], number: int) -> str:
    """A chapter's title, or "Chapter N" where the book gives none."""
    return chapters[number].title.strip() or f"Chapter {number + 1}"


class ChapterScreen(ModalScreen[int | None]):
    """Returns the chosen chapter's number, or None."""

    DEFAULT_CSS = """
    ChapterScreen { align: center middle; }
    ChapterScreen > Vertical {
        width: 70;
        height: auto;
        max-height: 85%;
        background: $panel;
        border: round $primary;
        padding: 0 1;
    }
    ChapterScreen OptionList { height: auto; max-height: 24; border: none; }
    ChapterScreen .chapters--title { text-style: bold; height: 1; }
    """
    BINDINGS = [Binding("escape,q,C", "dismiss_none", "Close", id="chapters-close")]

    def __init__(
        self, chapters: Sequence[Chapter], current: int | None, read: dict[int, int]
    ) -> None:
        super().__init__()
        self._chapters = list(chapters)
        self._current = current
        #: Chapter number -> where the learner stopped in it.
        self._read = read

    def compose(self) -> ComposeResult:
        options = []
        for number, chapter in enumerate(self._chapters):
            label = Text(f"{number + 1:>3}  ", style=Style(dim=True))
            label.append(chapter_title(self._chapters, number), Style(bold=number == self._current))
            stopped = self._read.get(number)
            length = chapter.end - chapter.start
            if stopped is not None and length > 0:
                label.append(f"  {100 * (stopped - chapter.start) / length:.0f}%", Style(dim=True))
            options.append(Option(label))
        with Vertical():
            yield Static(Text(f"Chapters ({len(self._chapters)})"), classes="chapters--title")
            yield OptionList(*options)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = self._current if self._current is not None else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
