"""Reader benchmarks (headless): first paint of a 30k-character article (the text, then its
words with pinyin), first screen and memory for a 10 MB novel, and the time to render a
frame while scrolling (median, 95th percentile and worst: a frame over 16 ms is a stutter),
beside the worst of the same plain work timed between frames (what the machine adds).

    python bench/bench_reader.py [--seeds DIR]

Texts are made by repeating the user's articles (../shared/seeds) or, where those are
absent, the project's samples; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import time
from pathlib import Path

from readaid.language.reader import get_core
from readaid.text import LoadedText
from readaid.tui.app import make_app
from readaid.tui.services import StoreUnavailable, VocabularyService

ROOT = Path(__file__).resolve().parents[1]
#: A frame at 60 Hz.
FRAME_BUDGET = 0.016


def corpus(seeds: Path) -> str:
    files = sorted(seeds.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    if not files:
        raise SystemExit("no texts to build the benchmark from")
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def repeated(base: str, size: int) -> str:
    return (base * (size // len(base) + 1))[:size]


def no_store():
    raise StoreUnavailable("benchmark runs without a store")


def steady_work() -> int:
    """The same few milliseconds of plain Python every time: timed between frames, its
    worst shows how much of a worst frame this shared machine adds on its own."""
    total = 0
    for number in range(40_000):
        total += number * number % 7
    return total


async def first_paint(
    text: str, core, size=(120, 40)
) -> tuple[float, float, list[float], list[float]]:
    app = make_app(
        LoadedText(text, "bench.txt", "bench.txt"),
        core=core,
        store=VocabularyService(opener=no_store),
    )
    started = time.perf_counter()
    async with app.run_test(size=size) as pilot:
        while not app.screen.query("ArticleView") or app.screen.article.flow is None:
            await pilot.pause(0.005)
        await pilot.pause()
        shown = time.perf_counter() - started
        while app.screen.article.cursor is None:
            await pilot.pause(0.005)
        await pilot.pause()
        painted = time.perf_counter() - started
        view = app.screen.article
        frames, controls = [], []
        for _ in range(60):
            # A learner reads between key presses (a held key repeats about 30 times a
            # second): the reader's idle work runs here, as it would.
            await pilot.pause(0.03)
            # A frame is the scroll (which lays out paragraphs coming into view) and the
            # drawing of every row; the strip cache is cleared to measure drawing too.
            began = time.perf_counter()
            view.scroll_to(y=view.scroll_y + 7, animate=False, immediate=True)
            view._strips.clear()
            for y in range(view.size.height):
                view.render_line(y)
            frames.append(time.perf_counter() - began)
            began = time.perf_counter()
            steady_work()
            controls.append(time.perf_counter() - began)
        return shown, painted, frames, controls


def frame_figures(frames: list[float], controls: list[float]) -> str:
    ordered = sorted(frames)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    over = sum(1 for frame in frames if frame > FRAME_BUDGET)
    return (
        f"frame while scrolling median {statistics.median(frames) * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms, worst {ordered[-1] * 1000:.1f} ms "
        f"({over} of {len(frames)} over {FRAME_BUDGET * 1000:.0f} ms); "
        f"the machine: fixed work between frames median "
        f"{statistics.median(controls) * 1000:.1f} ms, worst {max(controls) * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--no-novel", action="store_true", help="skip the 10 MB text")
    args = parser.parse_args()
    core = get_core()
    warm = core.open("预热一下。")
    core.readings(warm, 0)  # imports pypinyin once, as a long-running reader would have
    base = corpus(args.seeds)
    article = repeated(base, 30_000)
    shown, painted, frames, controls = asyncio.run(first_paint(article, core))
    print(
        f"30k chars: text {shown:.3f} s, words {painted:.3f} s; {frame_figures(frames, controls)}"
    )
    if args.no_novel:
        return
    novel = repeated(base, 10 * 1024 * 1024)
    shown, painted, frames, controls = asyncio.run(first_paint(novel, core))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"10 MB: text {shown:.3f} s, words {painted:.3f} s; {frame_figures(frames, controls)}; "
        f"peak RSS {rss:.0f} MB"
    )


if __name__ == "__main__":
    main()
