"""Progress you can see: words known over time as a sparkline, the last days' gains, and
the texts read with how far into each. Read from the store in a worker."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Sparkline, Static

from readaid.tui.services import StoreUnavailable

#: Days listed under the chart (the chart covers them all).
LISTED_DAYS = 10


class ProgressScreen(Screen[None]):
    DEFAULT_CSS = """
    ProgressScreen #progress-title { height: 1; padding: 0 1; text-style: bold; }
    ProgressScreen Sparkline { height: 6; margin: 1 2; }
    ProgressScreen #progress-span { height: 1; padding: 0 2; color: $text-muted; }
    ProgressScreen #progress-details { padding: 0 2; }
    """
    BINDINGS = [Binding("escape,q", "close", "Back", id="progress-close")]

    def __init__(self) -> None:
        super().__init__()
        self.loaded = False
        self.progress: Any = None

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading your progress…"), id="progress-title")
        yield Sparkline([], id="progress-chart")
        yield Static(id="progress-span")
        with VerticalScroll():
            yield Static(id="progress-details")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="progress")
    def load(self) -> None:
        from readaid.learner.history import progress

        app = self.app
        try:
            found = progress(app.vocabulary.store, app.positions)
        except StoreUnavailable as error:
            app.call_from_thread(self._failed, str(error))
            return
        except Exception as error:  # the store's own errors are shown, not raised
            app.call_from_thread(self._failed, f"cannot read your progress: {error}")
            return
        app.call_from_thread(self._loaded, found)

    def _failed(self, message: str) -> None:
        self.loaded = True
        self.query_one("#progress-title", Static).update(Text(message))

    def _loaded(self, found: Any) -> None:
        self.loaded, self.progress = True, found
        self.query_one("#progress-title", Static).update(Text(f"Words known: {found.known:,}"))
        totals = [day.known_total for day in found.days]
        self.query_one(Sparkline).data = totals
        span = f"{found.days[0].day} … {found.days[-1].day}" if found.days else "no days yet"
        self.query_one("#progress-span", Static).update(Text(span))
        lines = Text()
        for day in found.days[-LISTED_DAYS:][::-1]:
            lines.append(f"{day.day}  +{day.newly_known:<5} {day.known_total:,} known\n")
        if not found.days:
            lines.append("No word marked known yet: K marks the word under the cursor known.\n")
        if found.texts:
            lines.append("\nTexts read\n", style="bold")
            for text in found.texts:
                lines.append(f"{text.read_share * 100:5.1f}%  ")
                lines.append(text.name)
                lines.append(f"  ({text.read_at:%Y-%m-%d})\n", style="dim")
        self.query_one("#progress-details", Static).update(lines)

    def action_close(self) -> None:
        self.dismiss(None)
