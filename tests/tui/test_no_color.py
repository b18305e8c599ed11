"""NO_COLOR (no-color.org): the reader starts without tone colours and Textual draws in
monochrome; an explicit setting in the config still wins."""

from __future__ import annotations

from readaid.tui.config import ReaderConfig, parse_config

from .conftest import wait_opened


def test_no_color_turns_tone_colours_off_by_default(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert ReaderConfig().tone_colours is False
    assert parse_config({}).tone_colours is False
    assert parse_config({"reader": {"tone_colours": True}}).tone_colours is True
    monkeypatch.setenv("NO_COLOR", "")
    assert ReaderConfig().tone_colours is True, "an empty NO_COLOR does not count"


async def test_the_reader_runs_without_colour(monkeypatch, make_reader):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_reader(config=ReaderConfig())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        assert app.no_color, "Textual draws in monochrome"
        assert "no colours" in str(app.screen.query_one("#status").render())
