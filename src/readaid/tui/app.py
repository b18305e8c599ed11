"""The reader app and its factory, used alike by ``readaid read`` and the tests.

``make_app`` takes the services (reading core, vocabulary store, config, positions)
so tests can inject their own; ``App.__init__`` does no I/O, and the dictionary is
opened in a worker after the first paint.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.keys import format_key

from readaid.language.document import Overrides
from readaid.positions import ReadingPositions
from readaid.text import LoadedText
from readaid.tui.commands import ReaderCommands
from readaid.tui.config import ReaderConfig
from readaid.tui.preferences import Preferences
from readaid.tui.services import VocabularyService

if TYPE_CHECKING:  # not imported for real: the first frame is drawn before the core loads
    from readaid.language.early_reading import EarlyReading
    from readaid.language.reader import ReadingCore

DocumentSource = LoadedText | Path | str | None


class ReaderApp(App):
    CSS_PATH = "reader.tcss"
    TITLE = "readaid"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    #: The gloss tooltip appears after the mouse rests this long on a word.
    TOOLTIP_DELAY = 0.35

    def __init__(
        self,
        source: DocumentSource,
        *,
        core: ReadingCore | None,
        vocabulary: VocabularyService,
        positions: ReadingPositions,
        config: ReaderConfig,
        samples: list[Path] | None = None,
        preferences: Preferences | None = None,
        early_reading: EarlyReading | None = None,
    ) -> None:
        super().__init__()
        from readaid.tui import wide_overlays

        wide_overlays.install()  # Chinese in notifications and tooltips, whatever is below
        self.source = source
        self.config = config
        self.preferences = preferences or Preferences(None)
        self.vocabulary = vocabulary
        self.positions = positions
        self.samples = samples
        #: Segmentation fixes per document key, kept for the session (and in the store if any).
        self.overrides: dict[str, Overrides] = {}
        self._core = core
        self._core_lock = threading.Lock()
        #: The first screen's words, being read by a child process (``readaid read FILE``).
        self.early_reading = early_reading

    def reading_core(self, report: Callable[[str], None] | None = None) -> ReadingCore:
        """The reading core, built on first use (call from a worker: it can take seconds,
        and ``report`` hears the steps of compiling the dictionary on the first run)."""
        with self._core_lock:
            if self._core is None:
                from readaid.language.reader import get_core

                self._core = get_core(report)
            return self._core

    def on_mount(self) -> None:
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))
        if self.source is None:
            self.show_library()
        else:
            # Once mounting is over: a screen pushed while the app mounts is laid out
            # inside Textual's start-up batch, and that first frame is never written.
            self.call_later(self.open_reader, self.source)

    def show_library(self) -> None:
        """The library, in place of the reader that was opened by path (or at start)."""
        from readaid.tui.screens.library import LibraryScreen

        library = LibraryScreen(self.samples)
        if len(self.screen_stack) > 1:
            self.switch_screen(library)
        else:
            self.push_screen(library)

    def open_reader(self, source: LoadedText | Path | str) -> None:
        from readaid.tui.reader_screen import ReaderScreen

        self.push_screen(ReaderScreen(source))

    def key_label(self, binding: Binding) -> str:
        keys = self._keymap.get(binding.id, binding.key) if binding.id else binding.key
        return " / ".join(format_key(key.strip()) for key in keys.split(","))

    def key_help(self, screen: Any) -> list[tuple[str, str]]:
        from readaid.tui.article import ArticleView

        bindings = [*ArticleView.BINDINGS, *type(screen).BINDINGS]
        return [(self.key_label(b), b.description) for b in bindings] + [
            ("ctrl+p", "Command palette")
        ]

    def settings_note(self) -> str:
        from readaid.tui.display_actions import SETTINGS_NOTE

        where = str(self.preferences.path) if self.preferences.path else "this session only"
        return SETTINGS_NOTE.format(where=where)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity="information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry typed queries, file names, words from files and servers'
        answers: they are always plain, printable text, whatever a caller
        (``Widget.notify`` passes ``markup=True``) asks."""
        from readaid.untrusted import printable

        options = {} if timeout is None else {"timeout": timeout}
        super().notify(
            printable(message),
            title=printable(title),
            severity=severity,
            markup=False,
            **options,
        )

    def on_unmount(self) -> None:
        from readaid.tui.opening import restore_collector

        restore_collector()
        self.vocabulary.close()


def make_app(
    document_source: DocumentSource,
    *,
    core: ReadingCore | None = None,
    store: Any = None,
    config: ReaderConfig | None = None,
    positions: ReadingPositions | None = None,
    samples: list[Path] | None = None,
    preferences: Preferences | None = None,
    early_reading: EarlyReading | None = None,
) -> ReaderApp:
    """Build the reader for ``document_source`` (loaded text, a path, or None for the library).

    ``store`` is a vocabulary store (``readaid.vocab.store`` API) or a ready
    :class:`VocabularyService`; by default the real store is opened on first use.
    ``preferences`` is where the learner's display choices are kept (by default nowhere:
    ``readaid read`` passes the config file). ``early_reading`` is a child process
    reading the first screen's words of ``document_source`` (see
    :mod:`readaid.language.early_reading`).
    """
    vocabulary = store if isinstance(store, VocabularyService) else VocabularyService(store)
    return ReaderApp(
        document_source,
        core=core,
        vocabulary=vocabulary,
        positions=positions or ReadingPositions(),
        config=config or ReaderConfig(),
        samples=samples,
        preferences=preferences,
        early_reading=early_reading,
    )
