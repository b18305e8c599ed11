"""Pre-study: the text's words the learner does not know yet, most frequent first, with
reading, meaning, HSK level and frequency band; save them or mark them known, one or many
at once, before reading. The statistics are computed in a worker, so the screen (and the
reader behind it) never waits for them."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from readaid.tui.services import StoreUnavailable
from readaid.wording import counted

#: Words listed (the most frequent); a novel has tens of thousands.
LISTED = 300
COLUMNS = ("", "word", "pinyin", "count", "HSK", "frequency", "meaning")


class PreStudyScreen(Screen[bool]):
    """Dismissed with True when statuses changed, so the reader refreshes its colours."""

    DEFAULT_CSS = """
    PreStudyScreen #prestudy-summary { height: 1; padding: 0 1; color: $text-muted; }
    PreStudyScreen DataTable { height: 1fr; }
    """
    BINDINGS = [
        Binding("space", "toggle", "Select", id="prestudy-select"),
        Binding("a", "select_all", "Select all", id="prestudy-select-all", show=False),
        Binding("s", "save", "Save", id="prestudy-save"),
        Binding("K", "known", "Mark known", id="prestudy-known"),
        Binding("x", "export", "Export deck", id="prestudy-export"),
        Binding("escape,q", "close", "Back", id="prestudy-close"),
    ]

    def __init__(self, name: str, text: str, core: Any, statuses: dict[str, str]) -> None:
        super().__init__()
        self.text_name, self.text, self.core, self.statuses = name, text, core, statuses
        self.words: list[Any] = []
        self.selected: set[str] = set()
        self.changed = False
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(Text("Counting the words of the text…"), id="prestudy-summary")
        table: DataTable = DataTable(cursor_type="row", zebra_stripes=True, id="prestudy-table")
        table.add_columns(*COLUMNS)
        yield table
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        self.table.focus()
        self.count()

    @work(thread=True, exclusive=True, group="prestudy")
    def count(self) -> None:
        from readaid.learner.stats import text_stats
        from readaid.vocab.model import WordStatus

        valid = {status.value for status in WordStatus}
        statuses = {w: WordStatus(s) for w, s in self.statuses.items() if s in valid}
        stats = text_stats(self.text_name, self.text, self.core, statuses, glossed=LISTED)
        self.app.call_from_thread(self._counted, stats)

    def _counted(self, stats: Any) -> None:
        self.loaded = True
        self.words = [w for w in stats.unknown[:LISTED] if w.status.value == "new"]
        summary = (
            f"{stats.known_share * 100:.1f}% of {stats.words:,} words known; "
            f"{stats.unknown_count:,} different words to learn, HSK {stats.level or '-'}. "
            "space selects, s saves, K marks known, x exports a deck."
        )
        self.query_one("#prestudy-summary", Static).update(Text(summary))
        self.refresh_table()

    def refresh_table(self) -> None:
        from readaid.language.levels import frequency_band, hsk_label

        table = self.table
        row = table.cursor_row
        table.clear()
        for word in self.words:
            table.add_row(
                "✓" if word.word in self.selected else "",
                Text(word.word),
                Text(word.pinyin),
                str(word.count),
                hsk_label(word.hsk) or "-",
                frequency_band(word.frequency_rank),
                Text(word.meaning, overflow="ellipsis", no_wrap=True),
                key=word.word,
            )
        if self.words:
            table.move_cursor(row=min(row, len(self.words) - 1))

    def current(self) -> Any | None:
        if not self.words:
            return None
        return self.words[min(self.table.cursor_row, len(self.words) - 1)]

    def chosen(self) -> list[Any]:
        """The selected words, else the one under the cursor."""
        if self.selected:
            return [w for w in self.words if w.word in self.selected]
        word = self.current()
        return [word] if word else []

    def action_toggle(self) -> None:
        word = self.current()
        if word is None:
            return
        self.selected ^= {word.word}
        self.refresh_table()
        self.table.move_cursor(row=min(self.table.cursor_row + 1, len(self.words) - 1))

    def action_select_all(self) -> None:
        everything = {w.word for w in self.words}
        self.selected = set() if self.selected == everything else everything
        self.refresh_table()

    def action_save(self) -> None:
        self._store(self.chosen(), "learning")

    def action_known(self) -> None:
        self._store(self.chosen(), "known")

    @work(thread=True, group="store")
    def _store(self, words: list[Any], status: str) -> None:
        app = self.app
        forms = [self._forms(w) for w in words]
        try:
            if status == "known":
                app.vocabulary.mark_known([(s, t, p) for s, t, p, _ in forms])
            else:
                for word_forms in forms:
                    self._save(word_forms)
        except StoreUnavailable as error:
            app.call_from_thread(app.notify, str(error), severity="warning")
            return
        except Exception as error:  # the store's own errors are shown, not raised
            app.call_from_thread(app.notify, f"could not save: {error}", severity="error")
            return
        app.call_from_thread(self._stored, [w.word for w in words], status)

    def _save(self, forms: tuple[str, str, str, tuple[str, ...]]) -> Any:
        """Save one word (its :meth:`_forms`) from the list, which has no sentence for it."""
        simplified, traditional, pinyin, senses = forms
        return self.app.vocabulary.save(
            simplified=simplified,
            traditional=traditional,
            pinyin=pinyin,
            senses=senses,
            sentence="",
            position=0,
            source=self.text_name,
            offset=0,
        )

    def _forms(self, word: Any) -> tuple[str, str, str, tuple[str, ...]]:
        """(simplified, traditional, numbered reading, senses) of the word's first entry."""
        entries = [e for e in self.core.entries(word.word) if not e.fallback]
        if not entries:
            return word.word, word.word, "", ()
        first = entries[0]
        return first.simplified, first.traditional, first.pinyin, tuple(first.senses)

    def _stored(self, words: list[str], status: str) -> None:
        self.changed = True
        self.words = [w for w in self.words if w.word not in words]
        self.selected -= set(words)
        verb = "Saved" if status == "learning" else "Marked known"
        self.notify(f"{verb}: {counted(len(words), 'word')}", timeout=3)
        self.refresh_table()

    def action_export(self) -> None:
        from readaid.tui.screens.dialogs import ExportScreen

        words = self.chosen()
        if not words:
            self.notify("No words to export.", severity="warning")
            return
        self.app.push_screen(
            ExportScreen(len(words)), lambda choice: choice and self._export(words, *choice)
        )

    @work(thread=True, group="store")
    def _export(self, words: list[Any], export_format: str, path: Any) -> None:
        """Save the words (into the text's list), then write them as a deck named after
        the text: the flashcards come from the saved words, with their readings."""
        from readaid.vocab.exporters import export

        app = self.app
        try:
            saved = [self._save(self._forms(word)) for word in words]
            export(saved, export_format, path, deck=self.text_name)
        except StoreUnavailable as error:
            app.call_from_thread(app.notify, str(error), severity="warning")
            return
        except Exception as error:  # a bad path or the store's own errors: one line
            app.call_from_thread(app.notify, f"cannot export: {error}", severity="error")
            return
        app.call_from_thread(self._stored, [w.word for w in words], "learning")
        app.call_from_thread(
            app.notify, f"Exported {counted(len(saved), 'word')} to {path}", timeout=6
        )

    def action_close(self) -> None:
        self.dismiss(self.changed)
