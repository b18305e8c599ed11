"""Reading positions survive damage, two readers at once, and a change of folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readaid.positions import ReadingPositions
from readaid.tui.app import make_app
from readaid.tui.screens.library import LibraryScreen

from .conftest import ARTICLE, wait_for

GOOD = {"name": "good.txt", "source": "", "offset": 3, "length": 10, "read_at": 1.0e9}
DAMAGE = {
    "offset abc": {"offset": "abc"},
    "read_at yesterday": {"read_at": "yesterday"},
    "length null": {"length": None},
    "negative offset": {"offset": -4},
    "name a number": {"name": 7},
    "chapter offsets a list": {"chapter_offsets": [1, 2]},
    "chapter key not a number": {"chapter_offsets": {"one": 2}},
    "read_at infinite": {"read_at": 1e999},
}


def write_positions(path: Path, documents: dict) -> None:
    path.write_text(json.dumps({"version": 1, "documents": documents}), encoding="utf-8")


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_entry_costs_only_that_position(tmp_path: Path, damage):
    path = tmp_path / "positions.json"
    write_positions(path, {"good": GOOD, "bad": {**GOOD, "name": "bad.txt", **DAMAGE[damage]}})
    positions = ReadingPositions(path)
    assert [p.name for p in positions.recent()] == ["good.txt"]
    assert positions.get("bad") is None
    assert positions.get("good").offset == 3


@pytest.mark.parametrize("documents", [[1, 2], "text", {"k": "not an object"}])
def test_a_file_of_the_wrong_shape_is_ignored(tmp_path: Path, documents):
    path = tmp_path / "positions.json"
    write_positions(path, documents)
    assert ReadingPositions(path).recent() == []


async def test_the_library_opens_beside_a_damaged_position(
    tmp_path: Path, core, fake_store, readaid_home
):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "positions.json"
    good = {**GOOD, "name": "story.txt", "source": str(article)}
    write_positions(path, {"good": good, "bad": {**good, "offset": "abc", "read_at": "yesterday"}})
    positions = ReadingPositions(path)
    app = make_app(None, core=core, store=fake_store, positions=positions, samples=[])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        recent = app.screen.query_one("#recent")
        assert recent.option_count == 1


def test_two_readers_keep_each_others_positions(tmp_path: Path):
    path = tmp_path / "positions.json"
    first, second = ReadingPositions(path), ReadingPositions(path)
    assert first.recent() == second.recent() == []  # both loaded before either wrote
    first.remember("a", name="a.txt", source="-", offset=1, length=9)
    second.remember("b", name="b.txt", source="-", offset=2, length=9)
    first.remember("a", name="a.txt", source="-", offset=5, length=9)
    again = ReadingPositions(path)
    assert (again.get("a").offset, again.get("b").offset) == (5, 2)


def test_a_relative_path_is_stored_absolute(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "positions.json"
    ReadingPositions(path).remember("k", name="a.txt", source="notes/a.txt", offset=0, length=1)
    monkeypatch.chdir("/")
    assert ReadingPositions(path).get("k").source == str(tmp_path / "notes" / "a.txt")


@pytest.mark.parametrize("source", ["-", "https://example.com/a.html"])
def test_stdin_and_addresses_are_stored_as_they_are(tmp_path: Path, source):
    path = tmp_path / "positions.json"
    ReadingPositions(path).remember("k", name="a", source=source, offset=0, length=1)
    assert ReadingPositions(path).get("k").source == source


def test_a_file_in_the_way_of_the_folder_costs_the_position_not_the_session(tmp_path: Path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    positions = ReadingPositions(blocker / "positions.json")
    position = positions.remember("k", name="a", source="-", offset=4, length=9)
    assert position.offset == 4 and positions.get("k").offset == 4
