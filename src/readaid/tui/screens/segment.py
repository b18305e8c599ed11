"""Fixing the segmentation at the cursor: the dictionary words that start here, Zhongwen-
style, and every way to split the current word. Choosing one makes it the token."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from readaid.language.cedict import Entry, is_han
from readaid.tui.gloss import shown_reading

#: The longest word offered (CC-CEDICT has idioms and names this long).
LONGEST = 8


@dataclass(frozen=True, slots=True)
class Choice:
    length: int
    text: str
    entries: tuple[Entry, ...]


def choices(text: str, start: int, paragraph_end: int, current: int, lookup) -> list[Choice]:
    """Words of ``text`` starting at ``start``: every dictionary word up to LONGEST
    characters within the run of Han characters, plus each shorter split of the current
    token whether or not it is a word."""
    end = start
    while end < min(paragraph_end, start + LONGEST) and is_han(text[end]):
        end += 1
    out = []
    for length in range(1, max(end - start, current) + 1):
        candidate = text[start : start + length]
        entries = tuple(lookup(candidate))
        if length == current:
            continue
        if entries or length < current:
            out.append(Choice(length, candidate, entries))
    return out


class SegmentScreen(ModalScreen[int | None]):
    """Returns the chosen token length, or None."""

    DEFAULT_CSS = """
    SegmentScreen { align: center middle; }
    SegmentScreen > Vertical {
        width: 70;
        height: auto;
        max-height: 80%;
        background: $panel;
        border: round $primary;
        padding: 0 1;
    }
    SegmentScreen OptionList { height: auto; max-height: 20; }
    """
    BINDINGS = [Binding("escape,q", "dismiss_none", "Cancel", id="segment-cancel")]

    def __init__(self, word: str, options: Sequence[Choice], pinyin_style: str = "marks") -> None:
        super().__init__()
        self._word = word
        self._pinyin_style = pinyin_style
        self._options = list(options)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Text(f"Segment “{self._word}”: choose the word that starts here", style="bold")
            )
            items = []
            for choice in self._options:
                label = Text(choice.text, style="bold")
                if choice.entries:
                    entry = choice.entries[0]
                    label.append(f"  {shown_reading(entry.pinyin, self._pinyin_style)}  ")
                    label.append("; ".join(entry.senses[:2])[:50])
                else:
                    label.append("  (split here)")
                items.append(Option(label))
            if not items:
                items.append(Option(Text("No other words start here."), disabled=True))
            yield OptionList(*items)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._options[event.option_index].length)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
