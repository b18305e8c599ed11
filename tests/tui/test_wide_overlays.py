"""A notification over the edge between the text and the gloss panel keeps its Chinese
characters (Textual's compositor used to blank a double-width character cut by an edge)."""

from __future__ import annotations

import pytest

from readaid.tui.app import make_app

from .conftest import article, wait_for, wait_opened


def screen_text(app) -> list[str]:
    return [
        "".join(segment.text for segment in strip)
        for strip in app.screen._compositor.render_strips()
    ]


@pytest.mark.parametrize("width", [100, 101, 102, 103, 120, 121])
async def test_notifications_keep_every_chinese_character(core, fake_store, positions, width):
    app = make_app(article(), core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(width, 30), notifications=True) as pilot:
        await wait_opened(pilot)
        message = "风波" * 10
        app.notify(message)
        await wait_for(pilot, lambda: app.screen.query("Toast"), "the notification")
        await pilot.pause(0.2)
        lines = screen_text(app)
        assert any(message in line for line in lines), "\n".join(lines[-8:])
