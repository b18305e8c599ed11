"""The full dictionary entry in a modal, where links (see, variant of, classifiers) can be
followed and Escape steps back through them."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from readaid.language.cedict import Entry, Reference
from readaid.language.pinyin import TONE_COLOURS
from readaid.tui.gloss import full_gloss, reference_label, references
from readaid.tui.panels import gloss_styles

#: A word and the reading to lead with -> its entries, and each character's.
Lookup = Callable[[str, str], tuple[list[Entry], list[tuple[str, list[Entry]]]]]
_TONE_CSS = "\n".join(
    f"EntryScreen > .entry--tone-{tone} {{ color: {colour}; }}"
    for tone, colour in TONE_COLOURS.items()
)


class EntryScreen(ModalScreen[None]):
    COMPONENT_CLASSES = {
        "entry--heading",
        "entry--muted",
        "entry--link",
        *(f"entry--tone-{t}" for t in TONE_COLOURS),
    }
    DEFAULT_CSS = (
        """
    EntryScreen { align: center middle; }
    EntryScreen > Vertical {
        width: 80%;
        max-width: 90;
        height: 85%;
        background: $panel;
        border: round $primary;
        padding: 0 1;
    }
    EntryScreen #entry-body { height: 1fr; }
    EntryScreen #entry-links { height: auto; max-height: 8; border-top: solid $foreground 20%; }
    EntryScreen #entry-hint { color: $text-muted; height: 1; }
    EntryScreen > .entry--heading { text-style: bold; color: $text-primary; }
    EntryScreen > .entry--muted { color: $text-muted; }
    EntryScreen > .entry--link { color: $text-accent; }
    """
        + _TONE_CSS
    )
    BINDINGS = [
        Binding("escape,backspace", "back", "Back", id="entry-back"),
        Binding("q", "close", "Close", id="entry-close"),
    ]

    def __init__(
        self, word: str, reading: str, lookup: Lookup, tone_colours: bool, pinyin_style: str
    ) -> None:
        super().__init__()
        self._lookup = lookup
        self._tone_colours = tone_colours
        self._pinyin_style = pinyin_style
        self.history: list[tuple[str, str]] = [(word, reading)]
        self._links: list[Reference] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll(id="entry-body"):
                yield Static(id="entry-text")
            yield OptionList(id="entry-links")
            yield Static(Text("Enter follows a link · Esc goes back · q closes"), id="entry-hint")

    def on_mount(self) -> None:
        self._show()

    @property
    def word(self) -> str:
        return self.history[-1][0]

    def _show(self) -> None:
        word, reading = self.history[-1]
        entries, characters = self._lookup(word, reading)
        styles = gloss_styles(self, "entry", self._tone_colours, self._pinyin_style)
        self.query_one("#entry-text", Static).update(
            full_gloss(word, reading, entries, characters, styles)
        )
        self._links = references(entries)
        links = self.query_one("#entry-links", OptionList)
        links.clear_options()
        links.add_options([Option(reference_label(ref, styles)) for ref in self._links])
        links.display = bool(self._links)
        if self._links:
            links.highlighted = 0
            links.focus()

    def follow(self, reference: Reference) -> None:
        self.history.append((reference.simplified, reference.pinyin))
        self._show()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.follow(self._links[event.option_index])

    def action_back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()
            self._show()
        else:
            self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
