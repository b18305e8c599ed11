"""Starting the interactive reader, for ``readaid read`` (through click) and for
``readaid read FILE`` straight from :func:`readaid.cli.main` (without click)."""

from __future__ import annotations

import os
import stat
import sys
from typing import TYPE_CHECKING, NoReturn

#: Bytes of a file the child loads itself to read its first screen, first thing; for a
#: bigger one (a book: loading it would take longer than that saves), a page or a pipe, it
#: is started with the text once this process has loaded it.
EARLY_LOAD_LIMIT = 1_000_000

if TYPE_CHECKING:
    from readaid.language.early_reading import EarlyReading
    from readaid.language.first_screen import FirstWords
    from readaid.text import LoadedText


def read_without_click(path: str) -> NoReturn:
    """What the click group and ``read`` do for ``readaid read FILE``."""
    # First thing: a child loads the text too and reads the words of its first screen
    # on the other core while this process starts the reader.
    early = _read_early(path)
    from readaid.paths import FolderError, check_folders

    try:
        check_folders()
    except FolderError as error:
        _fail(str(error))
    start_reader(path, early)


def start_reader(path: str | None, early: EarlyReading | None = None) -> NoReturn:
    from readaid.text import InputError, load
    from readaid.tui.config import ConfigError, load_config

    try:
        config = load_config()
        loaded = load(path) if path is not None else None
    except (InputError, ConfigError) as error:
        _fail(str(error))
    if path == "-":
        _reattach_terminal()
    if early is None and loaded is not None:  # before Textual, which starts threads
        early = _read_early(loaded)
    from readaid import paths
    from readaid.tui.app import make_app
    from readaid.tui.preferences import Preferences

    app = make_app(
        loaded, config=config, preferences=Preferences(paths.config_file()), early_reading=early
    )
    app.run()
    # An app that stopped on an error (Textual printed it) must not report success.
    sys.exit(app.return_code or 0)


def _read_early(source: str | LoadedText) -> EarlyReading | None:
    """A child reading the words where the reader will open (where the learner stopped)
    in ``source``, a path it loads itself or a text loaded already."""
    from readaid.language import early_reading

    if isinstance(source, str) and not _small_file(source):
        return None
    ahead = early_reading.screen_characters()

    def first_screen() -> FirstWords | None:
        from readaid.language.first_screen import read_first_screen
        from readaid.positions import ReadingPositions, document_key
        from readaid.text import load

        loaded = load(source) if isinstance(source, str) else source
        position = ReadingPositions().get(document_key(loaded.text))
        offset = position.offset if position else 0
        return read_first_screen(loaded.text, offset, loaded.hints, ahead)

    return early_reading.start(first_screen)


def _small_file(path: str) -> bool:
    """Whether ``path`` is a regular file the child may load a second time: not a page
    (fetched twice), a FIFO (read once), nor a book (see ``EARLY_LOAD_LIMIT``)."""
    try:
        found = os.stat(path)
    except OSError:  # a URL, or nothing there: the reader says what is wrong
        return False
    return stat.S_ISREG(found.st_mode) and found.st_size <= EARLY_LOAD_LIMIT


def _fail(message: str) -> NoReturn:
    from readaid.cli.common import fail  # click, only on the way out

    fail(message)


def _reattach_terminal() -> None:
    """After reading stdin, take the keyboard from the terminal so the reader can run."""
    try:
        tty = open("/dev/tty")  # noqa: SIM115 - kept open as stdin for the app's lifetime
    except OSError:
        _fail("no terminal to read keys from (stdin was the text)")
    sys.stdin = tty
    os.dup2(tty.fileno(), 0)
