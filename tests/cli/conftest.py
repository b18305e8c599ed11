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
