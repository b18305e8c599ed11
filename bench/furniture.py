"""Page furniture on the user's articles: precision and recall of the classifier against
labels set by reading each article, and what classifying costs.

    python bench/furniture.py [DIR]      # default ../shared/seeds (or $READAID_USER_SEEDS)

The labels name the furniture lines of each article (line numbers of the loaded text, from
1) with a short hash of each line, so no article text is kept here and a changed article is
reported instead of measured wrongly. Every other non-blank line is article text. Image
captions count as article text; the site's bylines, dates, menus, prompts, disclaimers,
licence lines, repeated titles and everything after an end marker (-END-, 相关阅读) as
furniture.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "src"))

from readaid.language.furniture import Role, classify  # noqa: E402
from readaid.text import load  # noqa: E402

DEFAULT_DIR = os.environ.get("READAID_USER_SEEDS", str(PROJECT.parent / "shared" / "seeds"))

#: Article (file name prefix) -> {furniture line number: first 8 hex of sha1(stripped line)}.
FURNITURE: dict[str, dict[int, str]] = {
    "000": {1: "f5e6c42f", 5: "8e684c78"},
    "001": {
        1: "e735095e",
        2: "091385be",
        5: "4c8fd325",
        7: "7edf9ae2",
        11: "6929b9bb",
        293: "9513997a",
        297: "3acebb1e",
        301: "6e533c78",
        303: "514065d4",
        307: "ae425c0f",
        309: "15e1266d",
        313: "b1facbd2",
        315: "810ca840",
        317: "93fb4a08",
        321: "43582a60",
        323: "3294f543",
        325: "34bece95",
        328: "17619065",
        330: "9624bfb1",
        332: "e8831a58",
        335: "3923b3b5",
        339: "5100761f",
        341: "e3871114",
        342: "67d1b840",
        343: "8018b138",
        344: "5807dd60",
        345: "8b5ee51b",
        346: "e735095e",
        347: "db14e385",
    },
    "002": {1: "b9148aae", 5: "841105f8", 7: "5e2fe5ca"},
    "003": {
        1: "29df9f18",
        2: "d6149bd7",
        4: "5acd0141",
        78: "7e332df3",
        79: "2c02893d",
        80: "bb80ebd0",
        82: "b0ad84d1",
        84: "b0ad84d1",
        85: "cb3cd553",
        86: "6a16ee52",
    },
    "004": {},
}


def short_hash(line: str) -> str:
    return hashlib.sha1(line.strip().encode()).hexdigest()[:8]


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR)
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        print(f"no articles in {folder}: nothing to measure")
        return 0
    totals = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    timings = []
    print(f"{'article':8} {'lines':>5} {'furniture':>9} {'found':>5} {'missed':>6} {'wrong':>5}")
    for path in files:
        key = path.name[:3]
        if key not in FURNITURE:
            print(f"{path.name}: no labels, skipped")
            continue
        lines = load(path).text.split("\n")
        labels = FURNITURE[key]
        changed = [n for n, h in labels.items() if n > len(lines) or short_hash(lines[n - 1]) != h]
        if changed:
            print(f"{path.name}: labelled lines {changed} changed: labels out of date, skipped")
            continue
        start = time.perf_counter()
        roles = classify(lines)
        timings.append(time.perf_counter() - start)
        counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        for number, (line, role) in enumerate(zip(lines, roles, strict=True), start=1):
            if not line.strip():
                continue
            said, truth = role is Role.FURNITURE, number in labels
            counts[("t" if said == truth else "f") + ("p" if said else "n")] += 1
        for name, value in counts.items():
            totals[name] += value
        non_blank = sum(1 for line in lines if line.strip())
        print(
            f"{key:8} {non_blank:5} {len(labels):9} {counts['tp']:5} {counts['fn']:6} "
            f"{counts['fp']:5}"
        )
    found, wrong, missed = totals["tp"], totals["fp"], totals["fn"]
    precision = found / (found + wrong) if found + wrong else 1.0
    recall = found / (found + missed) if found + missed else 1.0
    print(f"furniture: precision {precision:.1%}, recall {recall:.1%}")
    print(f"article text kept as text: {totals['tn'] / max(1, totals['tn'] + wrong):.1%}")
    big = [line for path in files for line in load(path).text.split("\n")] * 100
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        classify(big)
        runs.append(time.perf_counter() - start)
    print(
        f"classify: {statistics.median(timings) * 1000:.1f} ms per article (median), "
        f"{statistics.median(runs) * 1e6 / len(big):.1f} µs per line over {len(big):,} lines"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
