"""``readaid dict``: which dictionaries are loaded, and fetching the current CC-CEDICT."""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

import click

from readaid.cli.common import dict_option, dictionary, fail

MDBG_URL = "https://www.mdbg.net/chinese/export/cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz"
#: A real release has over 100,000 entries; a download with fewer is a broken file or an error page.
MINIMUM_ENTRIES = 1000


@click.group("dict")
def dict_group() -> None:
    """Dictionary sources: info and update."""


@dict_group.command()
@dict_option
def info(extra_dicts: tuple[Path, ...]) -> None:
    """Show each source in lookup order, with its version, size, licence and attribution."""
    for number, source in enumerate(dictionary(extra_dicts).sources(), start=1):
        version = source.header.get("date") or source.header.get("version") or "unknown"
        click.echo(f"{number}. {source.name}")
        click.echo(f"   file:        {source.path}")
        click.echo(f"   version:     {version}")
        click.echo(f"   entries:     {source.entries:,}")
        click.echo(f"   licence:     {source.licence}")
        if source.attribution:
            click.echo(f"   attribution: {source.attribution}")


@dict_group.command()
@click.option(
    "--url", default=MDBG_URL, show_default=True, help="Where to download CC-CEDICT from."
)
@click.option("--timeout", default=60.0, show_default=True, help="Seconds to wait for the server.")
def update(url: str, timeout: float) -> None:
    """Download the current CC-CEDICT release, check it parses, and switch to it."""
    import urllib.error
    import urllib.request

    from readaid.language.cedict import parse_lines
    from readaid.language.sources import updated_cedict_path

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data = response.read()
    except (urllib.error.URLError, OSError) as error:
        fail(
            f"cannot download CC-CEDICT from {url} ({getattr(error, 'reason', error)}); "
            "the current dictionary is kept"
        )
    try:
        text = (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        fail(f"the file from {url} is not a CEDICT release; the current dictionary is kept")
    count = sum(1 for _ in parse_lines(text.splitlines()))
    if count < MINIMUM_ENTRIES:
        fail(f"the file from {url} has only {count} entries; the current dictionary is kept")
    target = updated_cedict_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cedict-", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, target)
    click.echo(f"CC-CEDICT updated: {count:,} entries in {target}")
