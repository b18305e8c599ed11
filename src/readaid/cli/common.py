"""What every subcommand shares: the dictionary to use, and how errors reach the user."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import NoReturn

import click

from readaid.language.dictionary import Dictionary


def fail(message: str) -> NoReturn:
    """One line on stderr and exit status 1: never a traceback. Control characters (from a
    file name, say) are shown as U+FFFD, never sent to the terminal."""
    safe = "".join("\ufffd" if unicodedata.category(ch) == "Cc" else ch for ch in message)
    click.echo(f"readaid: {safe}", err=True)
    raise SystemExit(1)


def dictionary(extra: tuple[Path, ...] = ()) -> Dictionary:
    from readaid.config import ConfigError, extra_dictionaries
    from readaid.language.dictionary import get_dictionary

    for path in extra:
        if not path.is_file():
            fail(f"{path}: no such dictionary file")
    try:
        return get_dictionary(extra_dictionaries() + tuple(extra), on_build=_announce_build)
    except ConfigError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot open the dictionary: {error}")


def _announce_build() -> None:
    click.echo("readaid: compiling the dictionary (once, about 10 seconds)...", err=True)


dict_option = click.option(
    "--dict",
    "extra_dicts",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Extra CEDICT-format file, stacked after CC-CEDICT (repeatable).",
)
