"""``readaid annotate``: a text as JSON, annotated text, Markdown or an HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from readaid.cli.common import OutputFile, dict_option, dictionary, fail
from readaid.untrusted import one_line


@click.command()
@click.argument("source", metavar="PATH|-")
@click.option(
    "--to",
    "fmt",
    type=click.Choice(["json", "txt", "md", "html"]),
    default="txt",
    show_default=True,
)
@click.option(
    "--script",
    type=click.Choice(["original", "simplified", "traditional", "taiwan", "hongkong"]),
    default="original",
    show_default=True,
    help="Script of the output text (spans are the same in every script).",
)
@click.option(
    "--no-repair", is_flag=True, help="Keep glued-on pinyin and invisible characters as they are."
)
@click.option("--narrow", is_flag=True, help="Turn full-width Latin letters and digits into ASCII.")
@click.option("--sandhi", is_flag=True, help="Show 一 and 不 with their spoken (sandhi) tones.")
@click.option(
    "-o",
    "--output",
    type=OutputFile(),
    help="Write here instead of stdout.",
)
@dict_option
def annotate(
    source: str,
    fmt: str,
    script: str,
    no_repair: bool,
    narrow: bool,
    sandhi: bool,
    output: Path | None,
    extra_dicts: tuple[Path, ...],
) -> None:
    """Split PATH (or stdin) into words with readings and glosses."""
    from readaid.language.annotation import annotate as annotate_document
    from readaid.language.annotation import paragraph_roles, render
    from readaid.language.reader import ReadingCore
    from readaid.language.script import Script
    from readaid.text import InputError, load

    try:
        loaded = load(source, repair=not no_repair, narrow=narrow)
    except InputError as error:
        fail(str(error))
    for notice in loaded.notices:
        click.echo(f"readaid: note: {one_line(notice, limit=None)}", err=True)
    core = ReadingCore(dictionary(extra_dicts))
    document = core.open(loaded.text, name=loaded.name, hints=loaded.hints)
    chosen = Script(script)
    tokens = annotate_document(core, document, chosen, sandhi=sandhi)
    paragraphs = paragraph_roles(document) if fmt == "json" else None
    # The tokens cover the text: joined, they are the text as shown, forms chosen by reading.
    shown = "".join(token.text for token in tokens)
    result = render(fmt, loaded.name, chosen, shown, tokens, paragraphs, loaded.shown_name)
    if output is None:
        click.echo(result, nl=False)
        return
    from readaid.output import OutputError, write_output

    try:
        write_output(output, lambda stream: stream.write(result.encode("utf-8")))
    except OutputError as error:
        fail(str(error))
