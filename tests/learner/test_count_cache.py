"""The word counts kept per text content: the same counts as counting, read back instead
of counted again, and a damaged cache file is counted again rather than trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaid.language.wordcount import count_words
from readaid.learner import count_cache

TEXT = "我们明天去北京大学。我们的老师在北京工作。\n"


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    calls: list[str] = []

    def counting(text, dictionary):
        calls.append(text)
        return count_words(text, dictionary)

    monkeypatch.setattr(count_cache, "count_words", counting)
    return calls


def test_a_text_is_counted_once_then_read_back(core, tmp_path: Path, counted):
    first = count_cache.cached_counts(TEXT, core.dictionary, tmp_path)
    again = count_cache.cached_counts(TEXT, core.dictionary, tmp_path)
    assert first == again == count_words(TEXT, core.dictionary)
    assert counted == [TEXT]
    assert [p.name for p in tmp_path.iterdir()] == [f"{count_cache.text_key(TEXT)}.json"]


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"version": 0, "counts": {"我们": 2}}',
        '{"version": 1, "counts": {"我们": "2"}}',
    ],
)
def test_a_damaged_cache_file_is_counted_again(core, tmp_path: Path, counted, content):
    (tmp_path / f"{count_cache.text_key(TEXT)}.json").write_text(content, encoding="utf-8")
    assert count_cache.cached_counts(TEXT, core.dictionary, tmp_path) == count_words(
        TEXT, core.dictionary
    )
    assert counted == [TEXT]


def test_a_cache_folder_that_cannot_be_written_still_gives_the_counts(core, tmp_path: Path):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert count_cache.cached_counts(TEXT, core.dictionary, blocked / "counts") == count_words(
        TEXT, core.dictionary
    )
