"""Data safety under real processes: a kill mid-burst, two writers at once, a folder the
user cannot write to."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from readaid.vocab.store import VocabularyStore

SAVER = Path(__file__).with_name("saver.py")


def run_saver(data_dir: Path, prefix: str, count: int, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SAVER), str(data_dir), prefix, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_sigkill_during_a_burst_of_saves_loses_no_committed_word(data_dir: Path) -> None:
    VocabularyStore.open(data_dir).close()
    saver = run_saver(data_dir, "杀", 100_000)
    committed = []
    assert saver.stdout is not None
    while len(committed) < 300:
        line = saver.stdout.readline()
        assert line, saver.stderr.read() if saver.stderr else "saver exited"
        committed.append(line.strip())
    saver.send_signal(signal.SIGKILL)
    saver.wait()
    assert saver.returncode == -signal.SIGKILL

    with VocabularyStore.open(data_dir) as store:
        saved = {word.simplified for word in store.words()}
        assert set(committed) <= saved
        assert all(w.contexts for w in store.words())


def test_two_processes_saving_500_words_each_end_with_1000(data_dir: Path) -> None:
    savers = [run_saver(data_dir, prefix, 500) for prefix in ("甲", "乙")]
    results = [saver.communicate(timeout=180) for saver in savers]
    for saver, (_, errors) in zip(savers, results, strict=True):
        assert saver.returncode == 0, errors
        assert "locked" not in errors
    assert all(len(out.split()) == 500 for out, _ in results)
    with VocabularyStore.open(data_dir) as store:
        assert len(store.words()) == 1000


def _without_root_powers() -> list[str]:
    """Root writes anywhere whatever the permissions, so when the tests run as root the
    writer runs with every capability dropped (same user, ordinary permission checks)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only")
    return [setpriv, "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all", "--"]


@pytest.mark.parametrize("existing_store", [False, True], ids=["new", "existing"])
def test_a_read_only_folder_gets_a_clear_message(tmp_path: Path, existing_store: bool) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    if existing_store:
        with VocabularyStore.open(data_dir) as store:
            store.save("猫", "貓", "mao1")
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        saver = subprocess.run(
            [*_without_root_powers(), sys.executable, str(SAVER), str(data_dir), "读", "1"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        data_dir.chmod(stat.S_IRWXU)
    assert saver.returncode == 1, (saver.stdout, saver.stderr)
    assert saver.stderr.startswith("readaid: ") and saver.stderr.count("\n") == 1, saver.stderr
    assert "cannot write" in saver.stderr, saver.stderr
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
