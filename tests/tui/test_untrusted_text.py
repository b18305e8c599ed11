"""Text is data: markup, links and escape sequences in an article are shown, not obeyed."""

from __future__ import annotations

from .conftest import wait_opened

HOSTILE = (
    "[bold]粗体[/bold] [@click=app.quit]退出[/] [link=http://x]链接[/link]\n"
    "\x1b[31m红色\x1b[0m \x1b]0;title\x07 响铃\x07 删除\x7f 反向\u202e文字\n"
    "中文 😀 𠮷 ＡＢＣ supercalifragilisticexpialidocious" + "x" * 150 + "\n"
)


def screen_text(app) -> str:
    view = app.screen.article
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_markup_and_escapes_are_shown_literally(make_reader):
    app = make_reader(HOSTILE)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        shown = screen_text(app)
        assert "[bold]" in shown and "[@click=app.quit]" in shown and "[/]" in shown
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
        assert "\u241b[31m" in shown and "\u2407" in shown and "\u2421" in shown
        # clicking the "[@click=app.quit]" text must not quit
        await pilot.press("home")
        await pilot.click("ArticleView", offset=(3, 1))
        assert app.is_running
        # every drawn line fits the view exactly, whatever the characters
        from rich.cells import cell_len

        view = app.screen.article
        for y in range(view.size.height):
            assert view.render_line(y).cell_length == view.size.width
        assert all(cell_len(line) <= view.size.width for line in shown.splitlines())
        assert "𠮷" in shown and "😀" in shown
