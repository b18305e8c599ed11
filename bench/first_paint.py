"""From the command to text on screen, in a real terminal (tmux), against the floor: a bare
Textual app showing the same file (``bare_app.py``).

    python bench/first_paint.py [--runs 7] [FILE]

Each round starts both commands in one tmux pane (bare app and reader in turn, the order
alternating) and reads the screen every few milliseconds from the moment the command is
started. Two instants are taken for the reader:

- text: the body of the screen holds at least 100 of the text's Han characters;
- pinyin: the screen also shows at least 20 more tone-marked letters than the bare app
  showed for the same text (so pinyin the article itself carries does not count).

FILE defaults to the largest of the user's articles (../shared/seeds), or of the project's
``seeds/`` where those are absent. The reader runs with a throwaway READAID_HOME (the
dictionary is compiled there once, in an untimed warm-up run; reading positions are
removed before each run so every run opens at the top).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (120, 40)
TEXT_HAN = 100
PINYIN_MARKS = 20
TONE_MARKED = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈŌÓǑÒ")


def is_han(character: str) -> bool:
    return "\u3400" <= character <= "\u9fff" or "\uf900" <= character <= "\ufaff"


def default_file() -> Path:
    seeds = Path(os.environ.get("READAID_USER_SEEDS", ROOT.parent / "shared" / "seeds"))
    files = sorted(seeds.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    if not files:
        raise SystemExit("no text to open")
    return max(files, key=lambda f: f.stat().st_size)


class Pane:
    """One tmux pane on a server of our own (its own socket), so nothing else is touched."""

    def __init__(self) -> None:
        self.socket = f"readaid-first-paint-{os.getpid()}"
        self.target = "bench"
        self.tmux("new-session", "-d", "-s", self.target, "-x", str(SIZE[0]), "-y", str(SIZE[1]))
        self.tmux("set-option", "-g", "remain-on-exit", "on")

    def tmux(self, *arguments: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *arguments], capture_output=True, text=True, check=True
        ).stdout

    def start(self, command: str) -> None:
        self.tmux("respawn-pane", "-k", "-t", self.target, command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.target)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


def body_han(screen: str, alphabet: set[str]) -> int:
    lines = screen.splitlines()[1:-1]  # not the status line or footer
    return sum(1 for line in lines for c in line if is_han(c) and c in alphabet)


def marks(screen: str) -> int:
    return sum(1 for c in screen if c in TONE_MARKED)


def run(pane: Pane, command: str, alphabet: set[str], baseline: int | None, timeout: float):
    """Seconds to text, seconds to pinyin (None unless asked with a baseline), last screen."""
    started = time.perf_counter()
    pane.start(command)
    text_at = pinyin_at = None
    screen = ""
    while time.perf_counter() - started < timeout:
        screen = pane.screen()
        now = time.perf_counter() - started
        if text_at is None and body_han(screen, alphabet) >= TEXT_HAN:
            text_at = now
        if baseline is not None and pinyin_at is None and marks(screen) >= baseline + PINYIN_MARKS:
            pinyin_at = now
        if text_at is not None and (baseline is None or pinyin_at is not None):
            return text_at, pinyin_at, screen
        time.sleep(0.01)
    raise SystemExit(f"timed out after {timeout:.0f} s; the screen:\n{screen}")


def describe(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        raise SystemExit("tmux is not installed")
    path = (args.file or default_file()).resolve()
    text = path.read_text(encoding="utf-8")
    alphabet = {c for c in text if is_han(c)}
    home = Path(tempfile.mkdtemp(prefix="readaid-first-paint-"))
    python = shlex.quote(sys.executable)
    readaid = shlex.quote(str(Path(sys.executable).with_name("readaid")))
    environment = f"READAID_HOME={shlex.quote(str(home))} TERM=xterm-256color"
    if "PYTHONPATH" in os.environ:
        environment += f" PYTHONPATH={shlex.quote(os.environ['PYTHONPATH'])}"
    bare_command = f"env {environment} {python} {ROOT / 'bench' / 'bare_app.py'} {path}"
    reader_command = f"env {environment} {readaid} read {shlex.quote(str(path))}"
    positions = home / "data" / "positions.json"
    pane = Pane()
    try:
        # Untimed: the reader compiles its dictionary into the new home; both warm the disk.
        _, _, bare_screen = run(pane, bare_command, alphabet, None, 60)
        baseline = marks(bare_screen)
        run(pane, reader_command, alphabet, baseline, 300)
        bare, text_times, pinyin_times = [], [], []
        for round_number in range(args.runs):
            order = ["bare", "reader"] if round_number % 2 == 0 else ["reader", "bare"]
            for which in order:
                if which == "bare":
                    bare.append(run(pane, bare_command, alphabet, None, 60)[0])
                else:
                    positions.unlink(missing_ok=True)
                    shown, pinyin, _ = run(pane, reader_command, alphabet, baseline, 60)
                    text_times.append(shown)
                    pinyin_times.append(pinyin)
                pane.start("sleep 600")  # the app ends before the next one starts
                time.sleep(0.3)
    finally:
        pane.close()
        shutil.rmtree(home, ignore_errors=True)
    floor = statistics.median(bare)
    text_ratio = statistics.median(text_times) / floor
    pinyin_ratio = statistics.median(pinyin_times) / floor
    # Each round's own ratio: the two commands ran back to back, so a burst of load on this
    # shared machine weighs on both.
    round_text = statistics.median(t / b for t, b in zip(text_times, bare, strict=True))
    round_pinyin = statistics.median(p / b for p, b in zip(pinyin_times, bare, strict=True))
    print(f"{path.name}: {len(text):,} characters, {SIZE[0]}x{SIZE[1]}, {args.runs} runs each")
    print(f"bare Textual app, text on screen:  {describe(bare)}")
    print(f"readaid read, text on screen:      {describe(text_times)}: {text_ratio:.2f}x bare")
    print(f"readaid read, words with pinyin:   {describe(pinyin_times)}: {pinyin_ratio:.2f}x bare")
    print(f"median of each round's ratio: text {round_text:.2f}x, pinyin {round_pinyin:.2f}x")
    print(
        f"targets: text <= 1.3x ({'met' if text_ratio <= 1.3 else 'NOT met'}), "
        f"pinyin <= 2x ({'met' if pinyin_ratio <= 2 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
