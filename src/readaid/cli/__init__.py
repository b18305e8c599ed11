"""The ``readaid`` command (the click group is in :mod:`readaid.cli.group`).

``readaid read FILE``, the command a learner waits on, starts without importing click:
that import is a tenth of the time to the reader's first frame. Everything else, and any
other form of ``read`` (``-``, options), goes through click.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def __getattr__(name: str) -> Any:
    """``cli`` and the group's other names, imported on first use."""
    if name in ("cli", "SUBCOMMANDS", "LazyGroup"):
        from readaid.cli import group

        return getattr(group, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    arguments = sys.argv[1:]
    if len(arguments) == 2 and arguments[0] == "read" and not arguments[1].startswith("-"):
        from readaid.cli.reading import read_without_click

        read_without_click(arguments[1])
    from readaid.cli.group import cli

    if arguments[:1] != ["stats"]:
        cli(prog_name="readaid")
        return
    # The statistics of a book leave a million objects behind (the dictionary's headwords
    # and answers, the counts): freeing them one by one as Python exits costs 0.1-0.2 s
    # and serves nothing, since ``stats`` writes no file. Once it has succeeded, its output
    # is flushed and the process ends at once (an error exits as usual).
    try:
        cli(prog_name="readaid")
    except SystemExit as stop:
        if stop.code not in (None, 0):
            raise
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `readaid stats ... | head`: the reader has gone
        pass
    os._exit(0)
