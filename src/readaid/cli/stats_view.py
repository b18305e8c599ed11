"""How ``readaid stats`` looks in a terminal: rich tables with a bar of what you know.
Every piece of text from a file goes into a :class:`rich.text.Text`, never into markup."""

from __future__ import annotations

from rich.bar import Bar
from rich.console import Console
from rich.table import Table
from rich.text import Text

from readaid.cli.vocab import printable
from readaid.language.levels import frequency_band, hsk_label
from readaid.learner.stats import TextStats

BAR_WIDTH = 20


def _bar(share: float) -> Bar:
    return Bar(size=1.0, begin=0.0, end=share, width=BAR_WIDTH, color="green", bgcolor="grey23")


def _named(stats: TextStats, between: str) -> Text:
    """A text by its title, where it came from after it (dim); by where it came from
    alone when it has no title."""
    if not stats.title:
        return Text(printable(stats.name))
    return Text(printable(stats.title), style="bold") + Text(
        between + printable(stats.name), style="dim"
    )


def _percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def show_one(stats: TextStats, top: int) -> None:
    console = Console()
    summary = Table.grid(padding=(0, 2))
    summary.add_column(style="bold")
    summary.add_column()
    summary.add_row("text", _named(stats, "  "))
    summary.add_row("words", f"{stats.words:,} running, {stats.unique:,} different")
    known = Table.grid(padding=(0, 1))
    known.add_row(_bar(stats.known_share), f"{_percent(stats.known_share)} known")
    summary.add_row("known", known)
    summary.add_row("HSK", _level_line(stats))
    summary.add_row("profile", _profile_line(stats))
    console.print(summary)
    if not stats.unknown or not top:
        return
    table = Table(
        title=f"Words to learn first ({min(top, len(stats.unknown))} of {stats.unknown_count:,})",
        title_justify="left",
    )
    for header, justify in (
        ("word", "left"),
        ("pinyin", "left"),
        ("count", "right"),
        ("HSK", "right"),
        ("frequency", "left"),
        ("meaning", "left"),
    ):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    for word in stats.unknown[:top]:
        table.add_row(
            Text(printable(word.word)),
            Text(word.pinyin),
            str(word.count),
            hsk_label(word.hsk) or "-",
            frequency_band(word.frequency_rank),
            Text(printable(word.meaning), overflow="ellipsis", no_wrap=True),
        )
    console.print(table)


def _level_line(stats: TextStats) -> Text:
    level = stats.level or "no Chinese"
    return Text(f"{level} (HSK {stats.standard}; the level whose characters cover 95%)")


def _profile_line(stats: TextStats) -> Text:
    total = stats.words or 1
    parts = [f"{label}: {n * 100 / total:.0f}%" for label, n in stats.levels.items()]
    return Text("  ".join(parts))


def show_ranking(ranking: list[TextStats]) -> None:
    table = Table(title="Texts by how much you know (read the first next)", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("text", overflow="fold")
    table.add_column("known", justify="right")
    table.add_column("")
    table.add_column("words", justify="right")
    table.add_column("unknown", justify="right")
    table.add_column("HSK", justify="right")
    for place, stats in enumerate(ranking, 1):
        table.add_row(
            str(place),
            _named(stats, "\n"),
            _percent(stats.known_share),
            _bar(stats.known_share),
            f"{stats.words:,}",
            f"{stats.unknown_count:,}",
            stats.level or "-",
        )
    Console().print(table)
