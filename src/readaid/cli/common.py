"""What every subcommand shares: the dictionary to use, and how errors reach the user."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:  # the dictionary's modules load only where one is opened (not `read`)
    from readaid.language.dictionary import Dictionary


def fail(message: str) -> NoReturn:
    """One line on stderr and exit status 1: never a traceback. Messages quote names and
    answers from outside, so the line is made printable here, for every command."""
    from readaid.untrusted import one_line

    click.echo(f"readaid: {one_line(message, limit=None)}", err=True)
    raise SystemExit(1)


class Seconds(click.ParamType):
    """A time limit: a positive, finite number of seconds."""

    name = "seconds"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None):
        try:
            seconds = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not (0 < seconds < math.inf):
            self.fail(f"{value!r} is not a positive, finite number of seconds", param, ctx)
        return seconds


#: Where AnkiConnect listens (for `vocab push` and `vocab pull`).
anki_url_option = click.option(
    "--anki-url",
    envvar="READAID_ANKICONNECT_URL",
    default="http://127.0.0.1:8765",
    show_default=True,
    help="AnkiConnect address (or READAID_ANKICONNECT_URL).",
)


class OutputFile(click.Path):
    """A file to write: an empty name (which would mean the current folder) is refused."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None):
        if isinstance(value, str) and not value.strip():
            self.fail("the file name is empty", param, ctx)
        return super().convert(value, param, ctx)


def dictionary(extra: tuple[Path, ...] = ()) -> Dictionary:
    from readaid.config import ConfigError, dictionary_file_problem, extra_dictionaries
    from readaid.language.dictionary import get_dictionary

    for path in extra:
        if problem := dictionary_file_problem(path):
            fail(problem)
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
