"""Small modal questions: confirm an action, edit a saved word, choose an export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from readaid.tui.gloss import shown_reading
from readaid.tui.vocab_view import STATUS_ORDER, parse_tags
from readaid.wording import counted

#: Export formats (as ``readaid.vocab.exporters.FORMATS``) and the file suffix each gets.
EXPORT_SUFFIXES = {
    "apkg": ".apkg",
    "anki-txt": ".txt",
    "csv": ".csv",
    "pleco": ".txt",
    "zhongwen": ".txt",
}

_DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 64;
    height: auto;
    background: $panel;
    border: round $primary;
    padding: 0 1;
}}
{name} Label {{ margin-top: 1; }}
{name} .dialog--title {{ text-style: bold; margin: 0; width: 100%; }}
{name} Horizontal {{ height: auto; margin-top: 1; align-horizontal: right; }}
{name} Button {{ margin-left: 1; }}
"""


class ConfirmScreen(ModalScreen[bool]):
    """Yes (y, Enter) or no (n, Escape)."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="ConfirmScreen")
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self._question), classes="dialog--title")
            with Horizontal():
                yield Button("Yes (y)", id="yes", variant="primary")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


#: How the meaning's senses are written in one line (CC-CEDICT separates them with "/").
SENSE_SEPARATOR = " / "


@dataclass(frozen=True)
class WordEdit:
    note: str
    tags: tuple[str, ...]
    status: str
    senses: tuple[str, ...] = ()
    #: The sentence the word's card shows ("" for none).
    sentence: str = ""


class EditWordScreen(ModalScreen[WordEdit | None]):
    """A saved word's meaning, card sentence, note, tags and status; Enter saves, Escape
    cancels."""

    # One row per field, its label beside it: the whole dialog fits a 24-line terminal.
    DEFAULT_CSS = (
        _DIALOG_CSS.format(name="EditWordScreen")
        + """
    EditWordScreen > Vertical { width: 76; max-height: 100%; overflow-y: auto; }
    EditWordScreen .dialog--hint { margin: 0; color: $text-muted; }
    EditWordScreen .field { margin-top: 0; height: 3; align-horizontal: left; }
    EditWordScreen .field > Label { width: 10; margin-top: 1; }
    EditWordScreen .field SelectCurrent { margin-top: 0; }
    EditWordScreen .field Input, EditWordScreen .field Select { width: 1fr; }
    """
    )
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="edit-cancel")]

    def __init__(self, word: Any) -> None:
        super().__init__()
        self._word = word

    def compose(self) -> ComposeResult:
        word = self._word
        status = getattr(word.status, "value", str(word.status))
        context = getattr(word, "context", None)
        with Vertical():
            reading = shown_reading(word.pinyin, "marks") if word.pinyin else ""
            yield Label(Text(f"Edit {word.simplified} {reading}".rstrip()), classes="dialog--title")
            yield Label("Senses separated by /, tags by spaces or commas.", classes="dialog--hint")
            fields = (
                ("Meaning", Input(SENSE_SEPARATOR.join(word.senses), id="senses")),
                ("Sentence", Input(context.sentence if context else "", id="sentence")),
                ("Note", Input(word.note, id="note")),
                ("Tags", Input(" ".join(word.tags), id="tags")),
                (
                    "Status",
                    Select(
                        [(s, s) for s in STATUS_ORDER], value=status, allow_blank=False, id="status"
                    ),
                ),
            )
            for label, widget in fields:
                with Horizontal(classes="field"):
                    yield Label(label)
                    yield widget
            with Horizontal():
                yield Button("Save (Enter)", id="save", variant="primary")
                yield Button("Cancel (Esc)", id="cancel")

    def _result(self) -> WordEdit:
        senses = self.query_one("#senses", Input).value.split("/")
        return WordEdit(
            note=self.query_one("#note", Input).value.strip(),
            tags=parse_tags(self.query_one("#tags", Input).value),
            status=str(self.query_one("#status", Select).value),
            senses=tuple(sense.strip() for sense in senses if sense.strip()),
            sentence=self.query_one("#sentence", Input).value.strip(),
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(self._result())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self._result() if event.button.id == "save" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportScreen(ModalScreen[tuple[str, Path] | None]):
    """Which format and where: returns ``(format, path)``; the path's suffix follows the
    format until the learner edits it."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="ExportScreen")
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export-cancel")]

    def __init__(self, count: int, folder: Path | None = None) -> None:
        super().__init__()
        self._count = count
        self._folder = folder or Path.cwd()

    def _default_path(self, export_format: str) -> str:
        return str(self._folder / f"readaid-vocabulary{EXPORT_SUFFIXES[export_format]}")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(
                Text(f"Export the {counted(self._count, 'word')} shown"), classes="dialog--title"
            )
            yield Label("Format")
            yield Select(
                [(f, f) for f in EXPORT_SUFFIXES], value="apkg", allow_blank=False, id="format"
            )
            yield Label("File")
            yield Input(self._default_path("apkg"), id="path")
            with Horizontal():
                yield Button("Export (Enter)", id="export", variant="primary")
                yield Button("Cancel (Esc)", id="cancel")

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#path", Input)
        if path.value in {self._default_path(f) for f in EXPORT_SUFFIXES}:
            path.value = self._default_path(str(event.value))

    def _result(self) -> tuple[str, Path] | None:
        value = self.query_one("#path", Input).value.strip()
        if not value:
            self.notify("Give a file to export to.", severity="warning")
            return None
        return str(self.query_one("#format", Select).value), Path(value).expanduser()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        result = self._result()
        if result is not None:
            self.dismiss(result)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
            return
        result = self._result()
        if result is not None:
            self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)
