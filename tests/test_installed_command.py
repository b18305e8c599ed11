"""The installed ``readaid`` command opens every kind of input, through the same install the
README gives: each loader's libraries are imported for real, in a fresh process. This is the
test that notices when an upstream release breaks an import chain (lxml 6 and jusText)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.text.samples import ARTICLE, article_page, make_epub

#: The command installed beside this interpreter (the venv the README's commands make).
COMMAND = shutil.which("readaid", path=str(Path(sys.executable).parent))

pytestmark = pytest.mark.skipif(COMMAND is None, reason="readaid is not installed in this venv")


def annotate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COMMAND), "annotate", str(path), "--to", "txt"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_installed_command_annotates_a_text_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = annotate(path)
    assert result.returncode == 0, result.stderr
    assert "人工智能(réngōngzhìnéng)" in result.stdout


def test_installed_command_annotates_an_html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(article_page(), encoding="utf-8")
    result = annotate(path)
    assert result.returncode == 0, result.stderr
    assert "人工智能(réngōngzhìnéng)" in result.stdout
    assert "广告" not in result.stdout, "the page's furniture was extracted as article"


def test_installed_command_annotates_an_epub_book(tmp_path):
    path = make_epub(tmp_path / "book.epub", [("one.xhtml", "第一章", [ARTICLE])])
    result = annotate(path)
    assert result.returncode == 0, result.stderr
    assert "第一(dìyī)章(zhāng)" in result.stdout
    assert "人工智能(réngōngzhìnéng)" in result.stdout
