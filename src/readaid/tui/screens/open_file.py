"""Asking for a file to read: a path prompt that completes names as the learner types
(Tab or → takes the completion), as a shell would."""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

#: What the prompt offers first among names that complete the typed prefix.
READABLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".xhtml", ".epub")


def complete_path(value: str) -> str | None:
    """``value`` completed to the first file or folder it is the start of (a folder with
    a trailing "/"), or None; readable texts and folders come before other files, and
    hidden names only when the typed part starts with a dot."""
    if not value:
        return None
    folder_part, _, prefix = value.rpartition("/")
    folder = Path(os.path.expanduser(folder_part + "/" if folder_part or value[0] == "/" else "."))
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return None
    # A complete name still completes when it is a folder (with its "/").
    candidates = [
        n
        for n in names
        if n.startswith(prefix)
        and (n != prefix or (folder / n).is_dir())
        and (prefix.startswith(".") or not n.startswith("."))
    ]
    if not candidates:
        return None

    def rank(name: str) -> tuple[bool, str]:
        readable = (folder / name).is_dir() or name.lower().endswith(READABLE_SUFFIXES)
        return (not readable, name)

    best = min(candidates, key=rank)
    suffix = "/" if (folder / best).is_dir() else ""
    return value + best[len(prefix) :] + suffix


class PathSuggester(Suggester):
    def __init__(self) -> None:
        # No cache: the folder may change while the prompt is open.
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


class PathInput(Input):
    BINDINGS = [Binding("tab", "complete", "Complete", show=False)]

    def action_complete(self) -> None:
        # Input's "cursor right" at the end takes the suggestion, as → does.
        self.action_cursor_right()


class OpenFileScreen(ModalScreen[Path | None]):
    DEFAULT_CSS = """
    OpenFileScreen { align: center middle; }
    OpenFileScreen > Vertical {
        width: 80%; max-width: 100; height: auto;
        background: $panel; border: round $primary; padding: 0 1;
    }
    OpenFileScreen #open-file-error { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="open-file-cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Open a file (.txt, .md, .html, .epub); Tab completes, Enter opens:")
            yield PathInput(
                placeholder="~/Documents/article.txt", suggester=PathSuggester(), id="open-path"
            )
            yield Static("", id="open-file-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(os.path.expanduser(event.value.strip()))
        if not event.value.strip():
            self.dismiss(None)
        elif path.is_file():
            self.dismiss(path)
        else:
            problem = "is a folder" if path.is_dir() else "does not exist"
            self.query_one("#open-file-error", Static).update(f"{path} {problem}")
