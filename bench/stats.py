"""``readaid stats`` on a 10 MB novel: a fresh process (what the user waits for), and the
word counting in process against the obvious way (``jieba.cut`` + ``collections.Counter``).

    python bench/stats.py [--runs N] [--seeds DIR] [--size MB]

No novel ships with the project, so one is written to a temp folder: words drawn from
wordfreq's Chinese list by their frequency (a real vocabulary of tens of thousands of
words, and clauses that almost never repeat, as in a novel), with punctuation, dialogue
and paragraphs, a tenth of the paragraphs in Traditional characters. Targets: cold
<= 3 s, and >= 4x faster than jieba + Counter.
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


def cold(path: Path, env: dict, *extra: str) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of ``readaid stats PATH`` in a fresh process.
    CPU time is what to compare when the machine is shared: wall time grows with the load."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "readaid", "stats", str(path), *extra],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def in_process(text: str) -> tuple[float, float]:
    """CPU seconds of readaid's count and of jieba.cut + Counter, on the same text."""
    from collections import Counter

    import jieba

    from readaid.language.reader import get_core
    from readaid.language.wordcount import count_words

    core = get_core()
    started = time.process_time()
    count_words(text, core.dictionary)
    readaid = time.process_time() - started
    jieba.setLogLevel(60)
    jieba.initialize()
    started = time.process_time()
    Counter(w for w in jieba.cut(text) if "\u4e00" <= w[0] <= "\u9fff")
    naive = time.process_time() - started
    return readaid, naive


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
        cold(novel, env)  # builds the dictionary cache if this home has none
        for label, extra in (("table", ()), ("--json", ("--json",))):
            runs = [cold(novel, env, *extra) for _ in range(args.runs)]
            walls, cpus = [w for w, _ in runs], [c for _, c in runs]
            print(
                f"readaid stats ({label}), fresh process:"
                f" wall median {statistics.median(walls):.2f} s"
                f" (min {min(walls):.2f}), CPU median {statistics.median(cpus):.2f} s"
                " (target <= 3 s)"
            )
        ours, naive = in_process(text)
        print(
            f"in process, CPU: readaid count {ours:.2f} s, jieba.cut + Counter {naive:.2f} s:"
            f" {naive / ours:.1f}x (target >= 4x)"
        )


if __name__ == "__main__":
    main()
