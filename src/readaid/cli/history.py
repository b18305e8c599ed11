"""``readaid stats --history``: words known over time, and the texts read."""

from __future__ import annotations

import json
from pathlib import Path

import click

from readaid.cli.common import fail

#: Days listed in the table (the sparkline covers all of them).
SHOWN_DAYS = 14


def show_history(data_dir: Path | None, as_json: bool) -> None:
    from readaid import paths
    from readaid.learner.history import progress
    from readaid.positions import FILE_NAME, ReadingPositions
    from readaid.vocab.store import StoreError, VocabularyStore

    try:
        with VocabularyStore.open(data_dir) as store:
            positions = ReadingPositions((data_dir or paths.data_dir()) / FILE_NAME)
            found = progress(store, positions)
    except StoreError as error:
        fail(str(error))
    if as_json:
        click.echo(json.dumps(found.to_json(), ensure_ascii=False, indent=2))
        return
    _print(found)


def _print(found) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from readaid.cli.stats_view import _bar, _percent
    from readaid.cli.vocab import printable
    from readaid.learner.history import sparkline

    console = Console()
    totals = [d.known_total for d in found.days]
    console.print(Text(f"Words known: {found.known:,}"))
    if totals:
        console.print(Text(f"{found.days[0].day} {sparkline(totals)} {found.days[-1].day}"))
        table = Table(title="Words that became known", title_justify="left")
        table.add_column("day")
        table.add_column("new", justify="right")
        table.add_column("total", justify="right")
        for day in found.days[-SHOWN_DAYS:]:
            table.add_row(day.day, f"+{day.newly_known:,}", f"{day.known_total:,}")
        console.print(table)
    else:
        console.print("No word marked known yet: press K in the reader, or `readaid vocab pull`.")
    if found.texts:
        texts = Table(title="Texts read", title_justify="left")
        texts.add_column("text", overflow="fold")
        texts.add_column("read", justify="right")
        texts.add_column("")
        texts.add_column("last read")
        for text in found.texts:
            texts.add_row(
                Text(printable(text.name)),
                _percent(text.read_share),
                _bar(text.read_share),
                text.read_at.strftime("%Y-%m-%d"),
            )
        console.print(texts)
