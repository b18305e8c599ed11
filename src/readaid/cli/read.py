"""``readaid read PATH|-``: the interactive reader; with no path, the library."""

from __future__ import annotations

import sys

import click


@click.command()
@click.argument("path", required=False)
def read(path: str | None) -> None:
    """Read a text (a file, or - for stdin) in the interactive reader.

    Keys: arrows or hjkl move, p pinyin mode, t script, s save the word,
    Enter the full entry, / search, ? all keys, q quit.
    """
    from readaid.cli.common import fail
    from readaid.text import InputError, load
    from readaid.tui.config import ConfigError, load_config

    try:
        config = load_config()
        loaded = load(path) if path is not None else None
    except (InputError, ConfigError) as error:
        fail(str(error))
    if path == "-":
        _reattach_terminal()
    from readaid import paths
    from readaid.tui.app import make_app
    from readaid.tui.preferences import Preferences

    app = make_app(loaded, config=config, preferences=Preferences(paths.config_file()))
    app.run()
    # An app that stopped on an error (Textual printed it) must not report success.
    sys.exit(app.return_code or 0)


def _reattach_terminal() -> None:
    """After reading stdin, take the keyboard from the terminal so the reader can run."""
    try:
        tty = open("/dev/tty")  # noqa: SIM115 - kept open as stdin for the app's lifetime
    except OSError:
        click.echo("readaid: no terminal to read keys from (stdin was the text)", err=True)
        sys.exit(1)
    sys.stdin = tty
    import os

    os.dup2(tty.fileno(), 0)
