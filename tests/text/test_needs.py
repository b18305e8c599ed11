"""A loader library that cannot be imported costs one line naming what to install; every
other input keeps working."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner
from tests.text.samples import ARTICLE, article_page, make_epub

from readaid.cli import cli


@pytest.fixture
def broken(monkeypatch):
    """Make a module fail to import, as a broken upstream release would."""

    def breaks(*modules: str) -> None:
        for module in modules:
            monkeypatch.setitem(sys.modules, module, None)

    return breaks


@pytest.mark.parametrize(
    ("module", "kind", "make"),
    [
        ("trafilatura", "HTML input", lambda p: p.write_text(article_page(), encoding="utf-8")),
        ("ebooklib.epub", "EPUB input", lambda p: make_epub(p, [("a.xhtml", "一", [ARTICLE])])),
    ],
    ids=["html", "epub"],
)
def test_a_broken_loader_library_is_one_line_naming_the_package(
    core, tmp_path, broken, module, kind, make
):
    path = tmp_path / ("page.html" if kind == "HTML input" else "book.epub")
    make(path)
    broken(module)
    result = CliRunner().invoke(cli, ["annotate", str(path), "--to", "txt"])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert f"{kind} needs package {module.partition('.')[0]}" in lines[0]
    assert "pip install" in lines[0]
    assert "Traceback" not in result.output


def test_text_files_still_open_when_the_web_and_book_libraries_are_broken(core, tmp_path, broken):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    broken("trafilatura", "ebooklib", "ebooklib.epub", "lxml")
    result = CliRunner().invoke(cli, ["annotate", str(path), "--to", "txt"])
    assert result.exit_code == 0, result.output
    assert "人工智能(réngōngzhìnéng)" in result.output
