"""Inputs built to cost: time and peak memory of loading each, median of a few runs.

    python bench/hostile_inputs.py [--runs N]

(a) an EPUB whose spine lists one 1 MB chapter 2,000 times; (b) a page of one long
paragraph repeated (8 MB), which the article extractor drops to one copy; (c) a 10 MB
known-words list of 20,000 words repeated. Each runs in a fresh process, so peak memory
is the load's own.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

LOADERS = {
    "epub": "from readaid.text import load; load({path!r})",
    "page": "from readaid.text import load; load({path!r})",
    "words": (
        "from pathlib import Path; from readaid.vocab.importers import read_known_words; "
        "read_known_words(Path({path!r}))"
    ),
}


def make_inputs(folder: Path) -> dict[str, Path]:
    from text.samples import chapter_xhtml, write_raw_epub

    epub = write_raw_epub(
        folder / "loop.epub",
        {"one.xhtml": chapter_xhtml("第一章", "山里的空气很新鲜。" * 40_000)},
        [("c1", "one.xhtml", "application/xhtml+xml")],
        ["c1"] * 2000,
    )
    paragraph = "近年来，人工智能技术迅速发展，改变了我们的生活方式。" * 20
    page = folder / "repeated.html"
    page.write_text(
        "<html><body><article>" + f"<p>{paragraph}</p>" * 5000 + "</article></body></html>"
    )
    random.seed(1)
    han = [chr(c) for c in range(0x4E00, 0x9FA5)]
    vocabulary = ["".join(random.choices(han, k=random.randint(1, 3))) for _ in range(20_000)]
    words = folder / "known.txt"
    with words.open("w", encoding="utf-8") as out:
        size = 0
        while size < 10 * 1024 * 1024:
            line = random.choice(vocabulary) + "\n"
            out.write(line)
            size += len(line.encode())
    return {"epub": epub, "page": page, "words": words}


def measure(code: str) -> tuple[float, float]:
    """(seconds, peak MiB) of ``code`` in a fresh interpreter."""
    probe = (
        f"import resource, time; t = time.perf_counter(); {code}; "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(output[-2]), float(output[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        inputs = make_inputs(Path(folder))
        for name, path in inputs.items():
            results = [measure(LOADERS[name].format(path=str(path))) for _ in range(runs)]
            seconds = statistics.median(r[0] for r in results)
            peak = statistics.median(r[1] for r in results)
            size = path.stat().st_size / 1024
            print(f"{name:6} {size:9,.0f} KiB in  {seconds:6.2f} s  peak {peak:6.0f} MiB")


if __name__ == "__main__":
    main()
