"""Text is data: markup, links and escape sequences in an article are shown, not obeyed."""

from __future__ import annotations

import pytest

from .conftest import wait_for, wait_opened

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
        # The first line holds a link and no sentence, so it is page furniture: its
        # collapsed line is literal too; then everything is shown in full.
        assert "[bold]粗体[/" in screen_text(app)
        await pilot.press("F")
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


MARKUP_QUERIES = ["[/x]", "[/]", "%", "[bold]x[/bold", "[@click=app.quit]q[/]"]


@pytest.mark.parametrize("query", MARKUP_QUERIES)
@pytest.mark.parametrize("prompt", ["slash", "percent_sign"])
async def test_searching_or_going_to_markup_is_shown_not_parsed(make_reader, prompt, query):
    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await pilot.press(prompt, *query, "enter")
        await wait_for(
            pilot,
            lambda: any(query in n.message for n in app._notifications),
            f"a notice quoting {query!r}",
        )
        notice = next(n for n in app._notifications if query in n.message)
        assert not notice.markup
        await pilot.pause()
        assert app.is_running and app.return_code is None


async def test_load_errors_and_notices_naming_files_are_plain_text(
    core, fake_store, positions, tmp_path
):
    from readaid.text import LoadedText
    from readaid.tui.app import make_app

    missing = tmp_path / "[/x] [bold]gone[/].txt"
    app = make_app(str(missing), core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app._notifications, "the load error")
        assert "[/x]" in next(iter(app._notifications)).message
        status = str(app.screen.query_one("#status").render())
        assert "[/x]" in status and app.is_running

    loaded = LoadedText("中文\n", "[/]名字.txt", "[/]名字.txt", notices=["[/x] decoded as gb18030"])
    app = make_app(loaded, core=core, store=fake_store, positions=positions)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        await wait_for(pilot, lambda: app._notifications, "the notice")
        notice = next(iter(app._notifications))
        assert notice.message.startswith("[/x]") and notice.title == "[/]名字.txt"
        assert app.is_running


async def test_a_hostile_reason_phrase_reaches_the_reader_as_symbols(
    core, fake_store, positions, drip_server
):
    from readaid.tui.app import make_app

    answer = b"HTTP/1.1 404 \x1b]0;PWNED\x07\x1b[2J\x9b31m\r\nContent-Length: 0\r\n\r\n"
    with drip_server(answer, lasting=0) as server:
        app = make_app(server.url + "/page.html", core=core, store=fake_store, positions=positions)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: app._notifications, "the load error")
            message = next(iter(app._notifications)).message
            status = str(app.screen.query_one("#status").render())
    for shown in (message, status):
        assert "404 ␛]0;PWNED␇␛[2J\ufffd31m" in shown
        assert not any(control in shown for control in "\x1b\x07\x9b")


async def test_notices_from_outside_are_made_printable(make_reader):
    app = make_reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_opened(pilot)
        app.notify("answer \x1b]52;c;aGk=\x07", title="name\x1b[2J")
        await pilot.pause()
        notice = list(app._notifications)[-1]
    assert (notice.message, notice.title) == ("answer ␛]52;c;aGk=␇", "name␛[2J")
