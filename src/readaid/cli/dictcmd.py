"""``readaid dict``: which dictionaries are loaded, and fetching the current CC-CEDICT."""

from __future__ import annotations

import gzip
import io
import os
import tempfile
import zlib
from pathlib import Path

import click

from readaid.cli.common import Seconds, dict_option, dictionary, fail
from readaid.untrusted import one_line

MDBG_URL = "https://www.mdbg.net/chinese/export/cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz"
#: A real release has over 100,000 entries; a download with fewer is a broken file or an error page.
MINIMUM_ENTRIES = 1000
#: A release is about 4 MiB gzipped and 10 MiB unpacked; ten times that is not one.
MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024
MAX_RELEASE_BYTES = 100 * 1024 * 1024
KEPT = "the current dictionary is kept"


@click.group("dict")
def dict_group() -> None:
    """Dictionary sources: info and update."""


@dict_group.command()
@dict_option
def info(extra_dicts: tuple[Path, ...]) -> None:
    """Show each source in lookup order, with its version, size, licence and attribution."""
    for number, source in enumerate(dictionary(extra_dicts).sources(), start=1):
        version = source.header.get("date") or source.header.get("version") or "unknown"
        click.echo(f"{number}. {one_line(source.name, limit=None)}")
        click.echo(f"   file:        {one_line(str(source.path), limit=None)}")
        click.echo(f"   version:     {one_line(version)}")
        click.echo(f"   entries:     {source.entries:,}")
        click.echo(f"   licence:     {one_line(source.licence, limit=None)}")
        if source.attribution:
            click.echo(f"   attribution: {one_line(source.attribution, limit=None)}")


@dict_group.command()
@click.option(
    "--url", default=MDBG_URL, show_default=True, help="Where to download CC-CEDICT from."
)
@click.option(
    "--timeout",
    type=Seconds(),
    default=120.0,
    show_default=True,
    help="Seconds the whole download may take.",
)
def update(url: str, timeout: float) -> None:
    """Download the current CC-CEDICT release, check it parses, and switch to it."""
    from readaid.language.cedict import parse_lines
    from readaid.language.sources import updated_cedict_path

    text = _download_release(url, timeout)
    count = sum(1 for _ in parse_lines(text.splitlines()))
    if count < MINIMUM_ENTRIES:
        fail(f"the file from {url} has only {count} entries; {KEPT}")
    target = updated_cedict_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".cedict-", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as error:
        fail(f"cannot write {target} ({error.strerror or error}); {KEPT}")
    click.echo(f"CC-CEDICT updated: {count:,} entries in {target}")


def _download_release(url: str, timeout: float) -> str:
    """The release's text: downloaded within ``timeout`` seconds and MAX_DOWNLOAD_BYTES,
    complete, and (gzipped or not) at most MAX_RELEASE_BYTES of UTF-8."""
    from readaid.network import NetworkError, request

    try:
        data = request(url, seconds=timeout, limit=MAX_DOWNLOAD_BYTES).data
    except (NetworkError, ValueError) as error:
        fail(f"cannot download CC-CEDICT from {url}: {error}; {KEPT}")
    not_a_release = f"the file from {url} is not a CEDICT release; {KEPT}"
    if data[:2] == b"\x1f\x8b":
        try:
            # Read through GzipFile, a bounded amount: a small bomb must not fill memory.
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
                data = unzipped.read(MAX_RELEASE_BYTES + 1)
        except (OSError, EOFError, zlib.error):
            fail(not_a_release)
    if len(data) > MAX_RELEASE_BYTES:
        fail(
            f"the file from {url} unpacks to over {MAX_RELEASE_BYTES // (1024 * 1024)} MiB, "
            f"far more than a CEDICT release; {KEPT}"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        fail(not_a_release)
