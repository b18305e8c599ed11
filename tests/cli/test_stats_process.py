"""``readaid stats`` as the user runs it, in a fresh process: it ends without Python's
clean-up of what it built (see ``readaid.cli.main``), so its output must still all be
written and its exit status kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from readaid.cli import cli

TEXT = "我喜欢我的学校。我喜欢学习。\n" * 50


def readaid(*args: str) -> subprocess.CompletedProcess[str]:
    # The session's READAID_HOME is in the environment: the dictionary is built already.
    return subprocess.run(
        [sys.executable, "-m", "readaid", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_whole_output_is_written(core, tmp_path: Path):
    path = tmp_path / "school.txt"
    path.write_text(TEXT, encoding="utf-8")
    data = str(tmp_path / "data")
    for extra in ([], ["--json"]):
        result = readaid("stats", str(path), "--data-dir", data, *extra)
        assert result.returncode == 0, result.stderr
        in_process = CliRunner().invoke(cli, ["stats", str(path), "--data-dir", data, *extra])
        assert result.stdout == in_process.stdout
    assert json.loads(result.stdout)["words"] == 50 * 8


def test_an_error_keeps_its_status_and_message(core, tmp_path: Path):
    result = readaid("stats", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert result.stderr.startswith("readaid: ") and "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_usage_error_keeps_click_s_status(core):
    result = readaid("stats", "--hsk", "1999")
    assert result.returncode == 2
    assert "Invalid value" in result.stderr
