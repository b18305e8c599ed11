"""``readaid stats`` on a 10 MB novel: a fresh process (what the user waits for), against
the obvious way (``jieba.cut`` + ``collections.Counter``) measured in the same run, both in
a fresh process and in process.

    python bench/stats.py [--runs N] [--size MB]

No novel ships with the project, so one is written to a temp folder: words drawn from
wordfreq's Chinese list by their frequency (a real vocabulary of tens of thousands of
words, and clauses that almost never repeat, as in a novel), with punctuation, dialogue
and paragraphs, a tenth of the paragraphs in Traditional characters. Targets: cold
<= 3 s, and >= 4x faster than jieba + Counter.

``readaid stats`` counts a long text on every core (forked workers): its CPU time, which
includes the workers', is printed beside the wall time, and the in-process comparison gives
both the one-process count against jieba (CPU) and the command's way (wall).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_novel(path: Path, size: int, seed: int = 10) -> None:
    from wordfreq import get_frequency_dict

    from readaid.language.script import Script, convert

    frequencies = get_frequency_dict("zh", wordlist="small")
    words = [w for w in frequencies if all("\u4e00" <= ch <= "\u9fff" for ch in w)]
    cumulative = list(accumulate(frequencies[w] for w in words))
    rng = random.Random(seed)
    paragraphs, written = [], 0
    while written < size:
        clauses = []
        for _ in range(rng.randint(2, 12)):
            clause = "".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(2, 9)))
            clauses.append(clause + rng.choice("，，，，。。！？；"))
        paragraph = "".join(clauses)
        if rng.random() < 0.3:
            paragraph = f"“{paragraph}”他说。"
        if rng.random() < 0.1:
            paragraph = convert(paragraph, Script.TRADITIONAL)
        paragraphs.append(paragraph)
        written += len(paragraph.encode()) + 1
    path.write_text("\n".join(paragraphs), encoding="utf-8")


def timed(command: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, the process's and its workers') of a fresh
    process. CPU time is what to compare when the machine is shared: wall time grows with
    the load."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


#: The obvious way, in a fresh process: jieba's default cut, Han words counted.
JIEBA = """
import collections, sys, jieba
jieba.setLogLevel(60)
text = open(sys.argv[1], encoding="utf-8").read()
collections.Counter(w for w in jieba.cut(text) if "\u4e00" <= w[0] <= "\u9fff")
"""


def in_process(text: str) -> dict[str, tuple[float, float]]:
    """Wall and CPU seconds of readaid's count (in one process, and shared by the cores as
    ``readaid stats`` does: CPU of this process only) and of jieba.cut + Counter."""
    from collections import Counter

    import jieba

    from readaid.language.dictionary import Dictionary
    from readaid.language.parallel_count import count_words_in_parallel
    from readaid.language.reader import get_core
    from readaid.language.wordcount import count_words

    path = get_core().dictionary.path  # the segmenter learns the dictionary's extra words
    jieba.setLogLevel(60)
    jieba.initialize()
    # Each count with a dictionary of its own: no count finds the other's answers kept.
    jobs = {
        "readaid, one process": lambda: count_words(text, Dictionary(path)),
        "readaid, every core": lambda: count_words_in_parallel(text, Dictionary(path)),
        "jieba.cut + Counter": lambda: Counter(
            w for w in jieba.cut(text) if "\u4e00" <= w[0] <= "\u9fff"
        ),
    }
    out = {}
    for label, job in jobs.items():
        wall, cpu = time.perf_counter(), time.process_time()
        job()
        out[label] = (time.perf_counter() - wall, time.process_time() - cpu)
    return out


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float, float]:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return statistics.median(walls), min(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", type=float, default=10, help="megabytes of UTF-8")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        novel = Path(folder) / "novel.txt"
        write_novel(novel, int(args.size * 1_000_000))
        text = novel.read_text(encoding="utf-8")
        print(f"novel: {novel.stat().st_size / 1e6:.1f} MB, {len(text):,} characters")
        env = dict(os.environ, READAID_HOME=os.environ.get("READAID_HOME", folder))
        env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
        # Cold means a fresh process, not a fresh install: an installed package has its
        # modules compiled (recompiling readaid's at each start costs 0.15 s).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        readaid = [sys.executable, "-m", "readaid", "stats", str(novel)]
        jieba = [sys.executable, "-c", JIEBA, str(novel)]
        commands = {
            "readaid stats (table)": readaid,
            "readaid stats --json": [*readaid, "--json"],
            "jieba.cut + Counter": jieba,
        }
        timed(readaid, env)  # builds the dictionary cache if this home has none
        # Taken in turns, so that a burst of load on the shared machine falls on each.
        runs: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
        for _ in range(args.runs):
            for label, command in commands.items():
                runs[label].append(timed(command, env))
        results = {label: _medians(taken) for label, taken in runs.items()}
        for label, (wall, least, cpu) in results.items():
            print(
                f"{label}, fresh process: wall median {wall:.2f} s (min {least:.2f}),"
                f" CPU median {cpu:.2f} s"
                + (" (target <= 3 s)" if label == "readaid stats (table)" else "")
            )
        ours_wall, _, ours_cpu = results["readaid stats (table)"]
        naive_wall, _, naive_cpu = results["jieba.cut + Counter"]
        print(
            f"fresh processes: readaid stats is {naive_wall / ours_wall:.1f}x faster than"
            f" jieba.cut + Counter (wall), {naive_cpu / ours_cpu:.1f}x (CPU) (target >= 4x)"
        )
        measured = in_process(text)
        naive_wall, naive_cpu = measured.pop("jieba.cut + Counter")
        print(f"in process: jieba.cut + Counter wall {naive_wall:.2f} s, CPU {naive_cpu:.2f} s")
        for label, (wall, cpu) in measured.items():
            print(
                f"in process: {label} wall {wall:.2f} s ({naive_wall / wall:.1f}x),"
                f" CPU here {cpu:.2f} s ({naive_cpu / cpu:.1f}x)"
            )


if __name__ == "__main__":
    main()
