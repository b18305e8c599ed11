"""What the command-line tests share."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=[0, 1], ids=["app-ok", "app-error"])
def stopped_reader(request, monkeypatch, tmp_path: Path) -> tuple[Path, int]:
    """An article, and a reader app that stops at once with the exit status it would have
    after an error (1, Textual prints the error) or none (0): ``(article, status)``."""
    from readaid.tui import app as tui_app

    class StoppedApp:
        def run(self) -> None:
            self.return_code = request.param

    monkeypatch.setattr(tui_app, "make_app", lambda *args, **kwargs: StoppedApp())
    article = tmp_path / "a.txt"
    article.write_text("你好", encoding="utf-8")
    return article, request.param


@pytest.fixture(params=["cache", "data"])
def blocked_folder(request, monkeypatch, tmp_path: Path) -> str:
    """A READAID_HOME whose cache or data folder is a file; the one line every command
    must say about it."""
    home = tmp_path / "home"
    home.mkdir()
    (home / request.param).write_text("a file, not a folder")
    monkeypatch.setenv("READAID_HOME", str(home))
    return (
        f"readaid: readaid's {request.param} folder {home / request.param} is not a folder "
        "(move it away, or set READAID_HOME to another folder)\n"
    )
