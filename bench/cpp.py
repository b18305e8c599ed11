"""Readings of polyphonic characters on the public CPP benchmark (dev split).

    python bench/cpp.py [DIR] [--limit N] [--no-baselines] [--errors N]

CPP (Park & Lee, Interspeech 2020) labels one polyphonic character in each sentence: `dev.sent`
marks it with U+2581 on both sides, `dev.lb` gives its reading in numbered pinyin (5 for the
neutral tone, u: for u-umlaut). DIR defaults to $READAID_CPP, else ../shared/bench/cpp-dev
beside the project. readaid reads each whole sentence the way `annotate` does (ReadingCore);
pypinyin and g2pM (the paper's BiLSTM) are scored on the same sentences when installed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

from readaid.language.reader import get_core

MARK = "\u2581"
DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "cpp-dev"


def load(folder: Path) -> list[tuple[str, int, str]]:
    """(sentence without marks, index of the marked character, label) per line."""
    sentences = (folder / "dev.sent").read_text(encoding="utf-8").splitlines()
    labels = (folder / "dev.lb").read_text(encoding="utf-8").splitlines()
    if len(sentences) != len(labels):
        raise SystemExit(f"{folder}: {len(sentences)} sentences but {len(labels)} labels")
    out = []
    for marked, label in zip(sentences, labels, strict=True):
        index = marked.index(MARK)
        out.append((marked.replace(MARK, ""), index, normalise(label)))
    return out


def normalise(syllable: str) -> str:
    return syllable.strip().lower().replace("u:", "v")


#: Where readaid's misses come from, in the order they are listed.
KINDS = {
    "neutral": "a dictionary word's neutral tone (认识 rènshi; CPP writes the citation tone)",
    "word": "a dictionary word read otherwise (勃艮第 gěn, 黄陂 pí, 拖拽 yè)",
    "name": "a name found in the text",
    "context": "a character read in context (rules, phrases, model)",
}
_last_kind: dict[str, str] = {}


def readaid_reading(core, sentence: str, index: int) -> str:
    """readaid's reading of the character; the kind of token it came from is left in
    ``_last_kind["kind"]`` (a key of KINDS)."""
    doc = core.open(sentence)
    for p in range(len(doc)):
        for token, reading in zip(doc.tokens(p), core.readings(doc, p), strict=True):
            if token.start <= index < token.end:
                syllables = reading.split()
                if len(syllables) != len(token.text):
                    return "?"
                got = normalise(syllables[index - token.start])
                _last_kind["kind"] = _kind(core, token, got)
                return got
    return "?"


def _kind(core, token, got: str) -> str:
    if token.is_name:
        return "name"
    if len(token.text) > 1 and any(not e.fallback for e in core.entries(token)):
        return "neutral" if got.endswith("5") else "word"
    return "context"


def pypinyin_readings():
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:
        return None

    def read(sentence: str, index: int) -> str:
        result = lazy_pinyin(
            sentence,
            style=Style.TONE3,
            neutral_tone_with_five=True,
            errors=lambda s: ["?"] * len(s),
        )
        return normalise(result[index]) if len(result) == len(sentence) else "?"

    return read


def g2pm_readings():
    try:
        from g2pM import G2pM
    except ImportError:
        return None
    model = G2pM()

    def read(sentence: str, index: int) -> str:
        result = model(sentence, char_split=True)
        return normalise(result[index]) if len(result) == len(sentence) else "?"

    return read


def resident_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def model_cost() -> None:
    """What the disambiguator costs to load: run before anything imports numpy."""
    from readaid.language import disambiguator

    if "numpy" in sys.modules:
        print("(model cost not measured: numpy was already imported)")
        return
    before = resident_mb()
    started = time.perf_counter()
    import numpy  # noqa: F401

    numpy_seconds = time.perf_counter() - started
    model = disambiguator.get_disambiguator()
    seconds = time.perf_counter() - started
    if model is None:
        print("(the disambiguator is not available: numpy or g2pM missing)")
        return
    print(
        f"model load: {seconds * 1000:.0f} ms (numpy import {numpy_seconds * 1000:.0f} ms),"
        f" resident memory +{resident_mb() - before:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--no-baselines", action="store_true", help="readaid only")
    parser.add_argument("--errors", type=int, default=30, help="characters to list")
    args = parser.parse_args()
    folder = args.folder or Path(os.environ.get("READAID_CPP") or DEFAULT_DIR)
    if not (folder / "dev.sent").is_file():
        print(f"no CPP data in {folder} (pass a folder or set READAID_CPP)")
        return 0
    cases = load(folder)
    if args.limit:
        cases = cases[: args.limit]

    core = get_core()
    model_cost()
    tools = {"readaid": lambda s, i: readaid_reading(core, s, i)}
    if not args.no_baselines:
        for name, factory in (("pypinyin", pypinyin_readings), ("g2pM", g2pm_readings)):
            reader = factory()
            if reader is None:
                print(f"({name} is not installed: left out)")
            else:
                tools[name] = reader

    right: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    errors: dict[str, Counter[str]] = {name: Counter() for name in tools}
    confusions: Counter[tuple[str, str, str]] = Counter()  # readaid's (char, want, got)
    kinds: dict[str, Counter[str]] = {}  # readaid's misses by kind: which tools got them
    for sentence, index, label in cases:
        hits = set()
        for name, read in tools.items():
            started = time.perf_counter()
            got = read(sentence, index)
            seconds[name] += time.perf_counter() - started
            if got == label:
                right[name] += 1
                hits.add(name)
            else:
                errors[name][sentence[index]] += 1
                if name == "readaid":
                    confusions[sentence[index], label, got] += 1
        if "readaid" not in hits:
            missed = kinds.setdefault(_last_kind.get("kind", "context"), Counter())
            missed.update(["readaid", *hits])

    print(f"CPP dev: {len(cases)} sentences from {folder}")
    for name in tools:
        print(
            f"{name:9} right: {100 * right[name] / len(cases):.2f}%"
            f"  ({right[name]}/{len(cases)}; {seconds[name]:.1f} s,"
            f" {1000 * seconds[name] / len(cases):.2f} ms a sentence)"
        )
    others = [name for name in tools if name != "readaid"]
    print(
        "\nreadaid's misses by where the reading came from"
        + (" (and how many of them")
        + " "
        + ", ".join(others)
        + " read right)"
        if others
        else ":"
    )
    for kind, description in KINDS.items():
        counts = kinds.get(kind, Counter())
        theirs = "".join(f"  {name} {counts[name]}" for name in others)
        print(f"  {counts['readaid']:4}  {description}{theirs}")
    neutral = kinds.get("neutral", Counter())["readaid"]
    print(
        f"readaid with a word's neutral tone counted as its citation tone:"
        f" {100 * (right['readaid'] + neutral) / len(cases):.2f}%"
    )
    print(f"\nerrors per character (most of readaid's first; top {args.errors}):")
    print("  char  " + "  ".join(f"{name:>8}" for name in tools))
    for char, _ in errors["readaid"].most_common(args.errors):
        print(f"  {char}     " + "  ".join(f"{errors[name][char]:8}" for name in tools))
    print(f"\nreadaid's commonest confusions (char: wanted -> read; top {args.errors}):")
    for (char, want, got), count in confusions.most_common(args.errors):
        print(f"  {char}: {want:7} -> {got:7} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
