"""``readaid read``: bad input is one line and exit 1; the installed command runs in tmux."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli

from .conftest import ARTICLE


@pytest.mark.parametrize("make_path", [lambda d: d / "missing.txt", lambda d: d])
def test_bad_path_is_one_line_on_stderr_and_exit_1(tmp_path: Path, make_path):
    result = CliRunner().invoke(cli, ["read", str(make_path(tmp_path))])
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("readaid: ")
    assert "Traceback" not in result.output


def test_bad_config_is_one_line_and_exit_1(tmp_path: Path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text("[reader]\npinyin = 'sideways'\n", encoding="utf-8")
    monkeypatch.setenv("READAID_CONFIG", str(config))
    text = tmp_path / "a.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["read", str(text)])
    assert result.exit_code == 1, result.output
    assert "sideways" in result.stderr and result.stderr.count("\n") == 1


def _capture(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
    ).stdout


def _wait_screen(session: str, predicate, description: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = _capture(session)
        if predicate(screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {description}; screen:\n{_capture(session)}")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_installed_command_runs_in_a_real_terminal(tmp_path: Path, readaid_home, core):
    executable = Path(sys.executable).with_name("readaid")
    assert executable.exists(), "readaid is not installed in this environment"
    article = tmp_path / "smoke.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    session = f"readaid-smoke-{uuid.uuid4().hex[:8]}"
    command = f"READAID_HOME={readaid_home} {executable} read {article}; echo EXITED-$?; sleep 30"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", command],
        check=True,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    try:
        _wait_screen(
            session,
            lambda s: "银行" in s and "yín" in s and "smoke.txt" in s,
            "the article with pinyin and its name in the status line",
        )
        subprocess.run(["tmux", "send-keys", "-t", session, "l", "l", "t"], check=True)
        _wait_screen(
            session, lambda s: "Simplified" in s and "to work" in s, "script change and gloss"
        )
        subprocess.run(["tmux", "send-keys", "-t", session, "p"], check=True)
        _wait_screen(session, lambda s: "inline" in s, "inline pinyin")
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        _wait_screen(session, lambda s: "EXITED-0" in s, "a clean exit")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
