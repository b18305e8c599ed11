"""People's names as words: recall and precision of exact name tokens on sentences written
for it: bench/data/names-dev.txt (tuned on), names-heldout.txt (written before tuning; two
general rules were added after its first measurement, so it is no longer clean) and
names-heldout-2.txt (written after that, never tuned on).

In the data, {braces} mark each name. An expected name is found when one token covers
exactly its characters and is read as a name (capitalised, CC-CEDICT style): either a name
the finder made or a dictionary entry (李白, 鲁迅). Every token the finder made that is not
an expected name counts against precision, so a name that swallows the next word
(李大海表 for 李大海 + 表示) is both a miss and a false positive.

    python bench/names.py [--verbose] [FILE ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from readaid.language.reader import get_core

DATA = Path(__file__).parent / "data"
FILES = [DATA / "names-dev.txt", DATA / "names-heldout.txt", DATA / "names-heldout-2.txt"]
_MARK = re.compile(r"\{([^{}]+)\}")


def parse(line: str) -> tuple[str, set[tuple[int, int]]]:
    """The sentence without braces, and the spans of its marked names."""
    text, spans, position = "", set(), 0
    for match in _MARK.finditer(line):
        text += line[position : match.start()]
        spans.add((len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        position = match.end()
    return text + line[position:], spans


def measure(path: Path, verbose: bool) -> tuple[int, int, int]:
    """(names expected, expected names found, name tokens the finder made that are wrong)."""
    core = get_core()
    expected_total = found = wrong = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, expected = parse(line.strip())
        document = core.open(text)
        tokens = document.tokens(0)
        readings = core.readings(document, 0)
        shown = {(t.start, t.end) for t, r in zip(tokens, readings, strict=True) if r[:1].isupper()}
        made = {(t.start, t.end) for t in tokens if t.is_name}
        hits = expected & shown
        false = made - expected
        expected_total += len(expected)
        found += len(hits)
        wrong += len(false)
        if verbose and (hits != expected or false):
            cut = " ".join(f"{t.text}*" if t.is_name else t.text for t in tokens if t.is_word)
            print(f"  {line.strip()}\n    -> {cut}")
    return expected_total, found, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=FILES)
    parser.add_argument("--verbose", action="store_true", help="show every sentence missed")
    args = parser.parse_args()
    for path in args.files:
        expected, found, wrong = measure(path, args.verbose)
        recall = found / expected if expected else 1.0
        precision = found / (found + wrong) if found + wrong else 1.0
        print(
            f"{path.name}: {expected} names; recall {recall:.1%} ({found}/{expected}), "
            f"precision {precision:.1%} ({wrong} false name tokens)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
