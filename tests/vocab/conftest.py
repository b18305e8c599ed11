"""Fixtures for the vocabulary tests: a fresh store in each test's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from readaid.vocab.store import VocabularyStore


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[VocabularyStore]:
    opened = VocabularyStore.open(data_dir)
    yield opened
    opened.close()
