"""The learner's saved words: filter, sort, edit note/tags/status, delete (with undo) and
export. Every store call runs in a worker thread; the table is redrawn from the words
the last load returned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Select, Static

from readaid.tui.screens.dialogs import EditWordScreen, ExportScreen, WordEdit
from readaid.tui.services import StoreUnavailable
from readaid.tui.vocab_view import (
    ALL_LISTS,
    COLUMNS,
    SORT_LABELS,
    STATUS_FILTERS,
    details,
    list_names,
    row_cells,
    shown_words,
)
from readaid.wording import counted


class VocabularyScreen(Screen[bool]):
    """Dismissed with True when saved words changed, so the reader refreshes its colours."""

    COMPONENT_CLASSES = {"vocabulary--word"}
    DEFAULT_CSS = """
    VocabularyScreen #vocabulary-bar { height: 3; padding: 0 1; }
    VocabularyScreen #vocabulary-filter { width: 1fr; }
    VocabularyScreen #vocabulary-status { width: 25; }
    VocabularyScreen #vocabulary-sort { width: 26; }
    VocabularyScreen #vocabulary-list { width: 20; }
    VocabularyScreen DataTable { height: 1fr; }
    VocabularyScreen #vocabulary-details {
        height: 9;
        border-top: solid $foreground 20%;
        padding: 0 1;
    }
    VocabularyScreen #vocabulary-summary { height: 1; padding: 0 1; color: $text-muted; }
    VocabularyScreen > .vocabulary--word { color: $warning; text-style: bold underline; }
    """
    BINDINGS = [
        Binding("slash", "focus_filter", "Filter", id="vocabulary-filter"),
        Binding("f", "cycle_status", "Status filter", id="vocabulary-status-filter"),
        Binding("o", "cycle_sort", "Sort", id="vocabulary-sort"),
        Binding("l", "cycle_list", "List", id="vocabulary-list"),
        Binding("e", "edit", "Edit", id="vocabulary-edit"),
        Binding("d,delete", "delete", "Delete", id="vocabulary-delete"),
        Binding("z", "undo", "Undo delete", id="vocabulary-undo"),
        Binding("x", "export", "Export", id="vocabulary-export"),
        Binding("escape,q", "close", "Back", id="vocabulary-close"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.words: list[Any] = []
        self.shown: list[Any] = []
        #: Deleted words, newest last: what ``z`` brings back.
        self.deleted: list[Any] = []
        self.loaded = False
        self.changed = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="vocabulary-bar"):
            yield Input(
                placeholder="Filter: word, pinyin, meaning, tag, list, sentence",
                id="vocabulary-filter",
            )
            yield Select(
                [(f"status: {s}", s) for s in STATUS_FILTERS],
                value=STATUS_FILTERS[0],
                allow_blank=False,
                id="vocabulary-status",
            )
            yield Select(
                [(f"sort: {label}", key) for key, label in SORT_LABELS.items()],
                value="added",
                allow_blank=False,
                id="vocabulary-sort",
            )
            yield Select(
                [("list: all", ALL_LISTS)], value=ALL_LISTS, allow_blank=False, id="vocabulary-list"
            )
        yield Static(Text("Loading…"), id="vocabulary-summary")
        table: DataTable = DataTable(cursor_type="row", zebra_stripes=True, id="vocabulary-table")
        table.add_columns(*COLUMNS)
        yield table
        with VerticalScroll(id="vocabulary-details"):
            yield Static(id="vocabulary-context")
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        self.table.focus()
        self.reload()

    # -- loading and showing -----------------------------------------------------------
    @work(thread=True, exclusive=True, group="vocabulary-load")
    def reload(self) -> None:
        app = self.app
        try:
            words = app.vocabulary.words()
        except StoreUnavailable as error:
            app.call_from_thread(self._failed, str(error))
            return
        except Exception as error:  # the store's own errors are shown, not raised
            app.call_from_thread(self._failed, f"cannot read the vocabulary: {error}")
            return
        app.call_from_thread(self._loaded, words)

    def _failed(self, message: str) -> None:
        self.loaded = True
        self.query_one("#vocabulary-summary", Static).update(Text(message))
        self.notify(message, severity="warning")

    def _loaded(self, words: list[Any]) -> None:
        self.words = words
        self.loaded = True
        self._update_lists()
        self.refresh_table()

    def refresh_table(self) -> None:
        """Show the words that pass the filters, keeping the cursor on the same word."""
        table = self.table
        current = self.current_word()
        query = self.query_one("#vocabulary-filter", Input).value
        status = str(self.query_one("#vocabulary-status", Select).value)
        sort = str(self.query_one("#vocabulary-sort", Select).value)
        in_list = str(self.query_one("#vocabulary-list", Select).value)
        self.shown = shown_words(
            self.words, query, status, sort, reverse=sort == "added", in_list=in_list
        )
        table.clear()
        for word in self.shown:
            table.add_row(*row_cells(word), key=str(word.id))
        self.query_one("#vocabulary-summary", Static).update(
            Text(
                f"{len(self.shown)} of {len(self.words)} saved words · newest first"
                if sort == "added"
                else f"{len(self.shown)} of {len(self.words)} saved words"
            )
        )
        if current is not None and any(w.id == current.id for w in self.shown):
            table.move_cursor(row=table.get_row_index(str(current.id)), animate=False)
        self._show_details()

    def _update_lists(self) -> None:
        """The list selector offers the lists the saved words are in now, keeping the
        chosen one while it still has words."""
        select = self.query_one("#vocabulary-list", Select)
        chosen, names = str(select.value), list_names(self.words)
        with select.prevent(Select.Changed):
            select.set_options([("list: all", ALL_LISTS), *((f"list: {n}", n) for n in names)])
            select.value = chosen if chosen in names else ALL_LISTS

    def current_word(self) -> Any | None:
        table = self.table
        if not self.shown or table.row_count == 0 or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def _show_details(self) -> None:
        word = self.current_word()
        highlight = self.get_component_rich_style("vocabulary--word", partial=True) or Style(
            bold=True
        )
        shown = details(word, highlight) if word is not None else Text("")
        self.query_one("#vocabulary-context", Static).update(shown)

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self) -> None:
        self._show_details()

    @on(Input.Changed, "#vocabulary-filter")
    @on(Select.Changed)
    def _filters_changed(self) -> None:
        if self.loaded:
            self.refresh_table()

    @on(Input.Submitted, "#vocabulary-filter")
    def _filter_done(self) -> None:
        self.table.focus()

    # -- actions -------------------------------------------------------------------
    def action_focus_filter(self) -> None:
        self.query_one("#vocabulary-filter", Input).focus()

    def _cycle(self, selector: str, values: list[str]) -> None:
        select = self.query_one(selector, Select)
        select.value = values[(values.index(str(select.value)) + 1) % len(values)]

    def action_cycle_status(self) -> None:
        self._cycle("#vocabulary-status", list(STATUS_FILTERS))

    def action_cycle_sort(self) -> None:
        self._cycle("#vocabulary-sort", list(SORT_LABELS))

    def action_cycle_list(self) -> None:
        self._cycle("#vocabulary-list", [ALL_LISTS, *list_names(self.words)])

    def action_edit(self) -> None:
        word = self.current_word()
        if word is not None:
            self.app.push_screen(EditWordScreen(word), lambda edit: edit and self._edit(word, edit))

    @work(thread=True, group="vocabulary-store")
    def _edit(self, word: Any, edit: WordEdit) -> None:
        vocabulary = self.app.vocabulary
        status = getattr(word.status, "value", str(word.status))
        self._store_call(
            lambda: self._apply_edit(vocabulary, word, edit, status), f"Saved {word.simplified}"
        )

    @staticmethod
    def _apply_edit(vocabulary: Any, word: Any, edit: WordEdit, status: str) -> None:
        context = getattr(word, "context", None)
        old_sentence = context.sentence if context else ""
        vocabulary.annotate(
            word.id,
            tags=edit.tags,
            note=edit.note,
            senses=edit.senses if edit.senses != tuple(word.senses) else None,
            sentence=edit.sentence if edit.sentence != old_sentence else None,
        )
        if edit.status != status:
            vocabulary.set_word_status(word, edit.status)

    def action_delete(self) -> None:
        word = self.current_word()
        if word is not None:
            self._delete(word)

    @work(thread=True, group="vocabulary-store")
    def _delete(self, word: Any) -> None:
        if self._store_call(
            lambda: self.app.vocabulary.delete(word), f"Deleted {word.simplified}: z to undo"
        ):
            self.deleted.append(word)

    def action_undo(self) -> None:
        if not self.deleted:
            self.notify("Nothing to undo.", timeout=2)
            return
        self._restore(self.deleted.pop())

    @work(thread=True, group="vocabulary-store")
    def _restore(self, word: Any) -> None:
        self._store_call(lambda: self.app.vocabulary.restore(word), f"Restored {word.simplified}")

    def _store_call(self, call, done: str) -> bool:
        """Run a store change (in a worker), then say so and reload; False if it failed."""
        app = self.app
        try:
            call()
        except Exception as error:  # StoreUnavailable and the store's own errors alike
            app.call_from_thread(app.notify, str(error), severity="error")
            return False
        self.changed = True
        app.call_from_thread(app.notify, done, timeout=4)
        app.call_from_thread(self.reload)
        return True

    def action_export(self) -> None:
        if not self.shown:
            self.notify("No words to export.", severity="warning")
            return
        words = list(self.shown)
        self.app.push_screen(
            ExportScreen(len(words)), lambda choice: choice and self._export(words, *choice)
        )

    @work(thread=True, group="vocabulary-export")
    def _export(self, words: list[Any], export_format: str, path: Path) -> None:
        from readaid.vocab.exporters import ExportError, export

        app = self.app
        try:
            export(words, export_format, path)
        except ExportError as error:
            app.call_from_thread(app.notify, str(error), title="Not exported", severity="error")
            return
        except Exception as error:  # a bad path or a library failing: one line, not a crash
            app.call_from_thread(
                app.notify, f"cannot export: {error}", title="Not exported", severity="error"
            )
            return
        app.call_from_thread(
            app.notify, f"Exported {counted(len(words), 'word')} to {path}", timeout=6
        )

    def action_close(self) -> None:
        self.dismiss(self.changed)
