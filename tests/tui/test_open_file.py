"""Completing a typed path, as the library's open-file prompt does."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.tui.screens.open_file import complete_path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "article.txt").write_text("文", encoding="utf-8")
    (tmp_path / "article.bin").write_bytes(b"\0")
    (tmp_path / ".hidden.txt").write_text("文", encoding="utf-8")
    (tmp_path / "book.epub").write_bytes(b"PK")
    return tmp_path


@pytest.mark.parametrize(
    ("typed", "completed"),
    [
        ("arti", "article.txt"),  # a text before a binary file
        ("b", "book.epub"),
        ("articles", "articles/"),
        (".h", ".hidden.txt"),
        ("zzz", None),
        ("book.epub", None),  # already complete
        ("article.b", "article.bin"),  # other files when nothing readable matches
    ],
)
def test_completions(folder: Path, typed, completed):
    expected = f"{folder}/{completed}" if completed else None
    assert complete_path(f"{folder}/{typed}") == expected


def test_hidden_names_only_when_asked(folder: Path):
    assert complete_path(f"{folder}/") == f"{folder}/article.txt"


def test_an_unreadable_folder_completes_nothing(tmp_path: Path):
    assert complete_path(f"{tmp_path}/missing/x") is None
