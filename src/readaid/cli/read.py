"""``readaid read PATH|-``: the interactive reader; with no path, the library."""

from __future__ import annotations

import click


@click.command()
@click.argument("path", required=False)
def read(path: str | None) -> None:
    """Read a text (a file, or - for stdin) in the interactive reader.

    Keys: arrows or hjkl move, p pinyin mode, t script, s save the word,
    Enter the full entry, / search, ? all keys, q quit.
    """
    from readaid.cli.reading import start_reader

    start_reader(path)
