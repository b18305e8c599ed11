"""Dictionary coverage of real articles: how many Chinese tokens have a word entry, and how
many Han characters a learner can get a gloss for.

    python bench/coverage.py [DIR]

DIR defaults to ../shared/seeds beside the project (or $READAID_USER_SEEDS). A person's name
the segmenter found counts as covered: it has its own name entry.

Targets: >= 98% of Chinese tokens with a word-level entry; 100% of Han characters glossable.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

from readaid.language.cedict import is_han
from readaid.language.reader import get_core
from readaid.language.script import to_simplified

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = os.environ.get("READAID_USER_SEEDS", str(PROJECT.parent / "shared" / "seeds"))


def has_word_entry(core, word: str) -> bool:
    """A real (non-fallback) entry for the word itself or its Simplified form."""
    for form in {word, to_simplified(word)}:
        if any(not e.fallback for e in core.dictionary.lookup(form)):
            return True
    return False


def measure(core, text: str) -> dict:
    doc = core.open(text)
    for p in range(len(doc)):
        core.readings(doc, p)  # what the reader does; also checks nothing raises
    tokens = [t for t in doc.all_tokens() if t.is_chinese]
    chinese = [t.text for t in tokens]
    # A person's name the segmenter found has its own (synthetic) name entry.
    missing = Counter(t.text for t in tokens if not t.is_name and not has_word_entry(core, t.text))
    chars = [ch for ch in text if is_han(ch)]
    glossable = sum(1 for ch in chars if core.entries(ch))
    real = sum(1 for ch in chars if any(not e.fallback for e in core.entries(ch)))
    single = sum(1 for w in chinese if len(w) == 1)
    jieba_words = [w for w in _jieba().cut(text, False) if all(is_han(ch) for ch in w)]
    jieba_single = sum(1 for w in jieba_words if len(w) == 1)
    jieba_hits = sum(1 for w in jieba_words if has_word_entry(core, w))
    return {
        "tokens": len(chinese),
        "missing": missing,
        "chars": len(chars),
        "glossable": glossable,
        "real": real,
        "single": single,
        "jieba": len(jieba_words),
        "jieba_single": jieba_single,
        "jieba_hits": jieba_hits,
    }


def _jieba():
    import rjieba

    return rjieba.Jieba()


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f}%" if whole else "    n/a"


def row(name: str, m: dict) -> str:
    covered = m["tokens"] - sum(m["missing"].values())
    return (
        f"{name:34} {m['tokens']:6} {pct(covered, m['tokens']):>10}"
        f" {pct(m['single'], m['tokens']):>7} {m['chars']:6} {pct(m['glossable'], m['chars']):>9}"
        f" {pct(m['real'], m['chars']):>8} | {m['jieba']:6} {pct(m['jieba_hits'], m['jieba']):>7}"
        f" {pct(m['jieba_single'], m['jieba']):>7}"
    )


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else DEFAULT_DIR)
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        print(f"coverage: no .txt articles in {folder}; nothing to measure.")
        return 0
    core = get_core()
    total: dict = {"missing": Counter()}
    print(
        f"{'article':34} {'tokens':>6} {'word entry':>10} {'1-char':>7} {'chars':>6}"
        f" {'glossable':>9} {'real':>8} | {'jieba':>6} {'entry':>7} {'1-char':>7}"
    )
    for path in files:
        m = measure(core, path.read_text(encoding="utf-8"))
        for key, value in m.items():
            total[key] = total.get(key, 0) + value if key != "missing" else total[key] + value
        print(row(path.name, m))
    print(row("TOTAL", total))
    print(
        "\nglossable: core.entries(char) non-empty, fallback entries included;"
        " real: a dictionary's own entry.\njieba: rjieba.cut(text, hmm=False) Chinese words,"
        " % with a word entry, % one character."
    )
    print("targets: word entry >= 98%, glossable = 100%")
    top = ", ".join(f"{w} x{n}" for w, n in total["missing"].most_common(25))
    print(f"most frequent tokens without a word entry: {top or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
