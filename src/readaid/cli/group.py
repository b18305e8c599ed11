"""The ``readaid`` command group. Subcommands live in their own modules and are imported
only when used, so ``readaid lookup`` never pays for the reader's imports."""

from __future__ import annotations

import importlib

import click

from readaid import __version__

#: command name -> (module, attribute, one-line help)
SUBCOMMANDS = {
    "lookup": ("readaid.cli.lookup", "lookup", "Look words up in the dictionary."),
    "annotate": (
        "readaid.cli.annotate",
        "annotate",
        "Annotate a text with words, pinyin and glosses.",
    ),
    "dict": ("readaid.cli.dictcmd", "dict_group", "Dictionary sources: info and update."),
    "read": ("readaid.cli.read", "read", "Read a text in the interactive reader."),
    "vocab": ("readaid.cli.vocab", "vocab", "Saved words: add, list, import, export."),
    "stats": (
        "readaid.cli.stats",
        "stats",
        "How much of a text you know, its HSK level, what to learn first.",
    ),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in SUBCOMMANDS:
            return None
        module_name, attribute, _ = SUBCOMMANDS[name]
        return getattr(importlib.import_module(module_name), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_text) for name, (_, _, help_text) in SUBCOMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readaid")
def cli() -> None:
    """readaid: read Chinese in the terminal, word by word."""
    from readaid.paths import FolderError, check_folders

    try:
        check_folders()
    except FolderError as error:
        click.echo(f"readaid: {error}", err=True)
        raise SystemExit(1) from None
