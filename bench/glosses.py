"""The glosses ``readaid stats --json`` lists for a 10 MB novel's unknown words (about
40,000): what they add to the statistics after the count (every unknown word glossed, less
none), and ``Dictionary.short_glosses`` alone against looking each word up on its own,
its entries built whole (the way before 2026-11-30), each on a dictionary opened afresh.

    python bench/glosses.py [--runs N] [--size MB]

The novel is written as ``bench/stats.py`` writes it and counted once in this process.
Target: the 40,000 glosses in well under 0.3 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from stats import write_novel

from readaid.language.dictionary import Dictionary
from readaid.language.glosses import everyday_entry
from readaid.language.pinyin import word_marks
from readaid.language.reader import ReadingCore, get_core
from readaid.language.wordcount import count_words
from readaid.learner.stats import MEANING_SENSES, stats_from_counts


def fresh_core(core: ReadingCore) -> ReadingCore:
    """A reading core over the same dictionary file with nothing looked up yet."""
    fresh = ReadingCore(Dictionary(core.dictionary.path))
    stats_from_counts("warm", {"的": 1, "說": 1}, fresh, {})  # the lists and converters
    return fresh


def one_at_a_time(words: list[str], core: ReadingCore) -> dict[str, tuple[str, str]]:
    core.dictionary.prefetch(words)
    glosses = {}
    for word in words:
        entry = everyday_entry(word, core.entries(word), core.dictionary.common_reading)
        if entry is None:
            glosses[word] = ("", "")
        else:
            glosses[word] = (word_marks(entry.pinyin), "; ".join(entry.senses[:MEANING_SENSES]))
    return glosses


def seconds(action: Callable[..., object], *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    action(*args, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", type=float, default=10, help="megabytes of UTF-8")
    args = parser.parse_args()
    core = get_core()
    with tempfile.TemporaryDirectory() as folder:
        novel = Path(folder) / "novel.txt"
        write_novel(novel, int(args.size * 1_000_000))
        counts = count_words(novel.read_text(encoding="utf-8"), core.dictionary)
    unknown = [u.word for u in stats_from_counts("novel", counts, core, {}).unknown]
    times: dict[str, list[float]] = {"none": [], "all": [], "bulk": [], "each": []}
    for _ in range(args.runs):  # in turns, so the machine's moods fall on every column
        for glossed, column in ((0, "none"), (None, "all")):
            fresh = fresh_core(core)
            times[column].append(
                seconds(stats_from_counts, "novel", counts, fresh, {}, glossed=glossed)
            )
        fresh = fresh_core(core)
        times["bulk"].append(
            seconds(fresh.dictionary.short_glosses, unknown, MEANING_SENSES, fresh.entries)
        )
        times["each"].append(seconds(one_at_a_time, unknown, fresh_core(core)))
    median = {column: statistics.median(values) for column, values in times.items()}
    print(f"{len(unknown):,} unknown words, medians of {args.runs} runs")
    print(f"statistics, no glosses      {median['none']:.3f} s")
    print(f"statistics, every gloss     {median['all']:.3f} s")
    print(f"  the glosses' share        {median['all'] - median['none']:.3f} s (target < 0.3 s)")
    print(f"short_glosses               {median['bulk']:.3f} s")
    ratio = median["each"] / median["bulk"]
    print(f"one word at a time          {median['each']:.3f} s ({ratio:.1f}x)")


if __name__ == "__main__":
    main()
