"""Starting the interactive reader, for ``readaid read`` (through click) and for
``readaid read FILE`` straight from :func:`readaid.cli.main` (without click)."""

from __future__ import annotations

import sys
from typing import NoReturn


def read_without_click(path: str) -> NoReturn:
    """What the click group and ``read`` do for ``readaid read FILE``."""
    from readaid.paths import FolderError, check_folders

    try:
        check_folders()
    except FolderError as error:
        _fail(str(error))
    start_reader(path)


def start_reader(path: str | None) -> NoReturn:
    from readaid.text import InputError, load
    from readaid.tui.config import ConfigError, load_config

    try:
        config = load_config()
        loaded = load(path) if path is not None else None
    except (InputError, ConfigError) as error:
        _fail(str(error))
    if path == "-":
        _reattach_terminal()
    from readaid import paths
    from readaid.tui.app import make_app
    from readaid.tui.preferences import Preferences

    app = make_app(loaded, config=config, preferences=Preferences(paths.config_file()))
    app.run()
    # An app that stopped on an error (Textual printed it) must not report success.
    sys.exit(app.return_code or 0)


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
    import os

    os.dup2(tty.fileno(), 0)
