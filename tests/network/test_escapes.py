"""Text that did not come from readaid (servers' answers, dictionary files) reaches the
terminal as visible symbols, never as escape sequences: OSC and CSI, C0 and C1."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.language.cedict import parse_line, read_header
from readaid.text import InputError, load
from readaid.untrusted import json_dumps, one_line, printable

RAW = ("\x1b", "\x07", "\x9b", "\x9d")
HOSTILE = "\x1b]0;PWNED\x07\x1b[2J\x9b31m"
SHOWN = "␛]0;PWNED␇␛[2J\ufffd31m"


def assert_no_raw_controls(text: str) -> None:
    assert not any(control in text for control in RAW), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HOSTILE, SHOWN),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("del\x7f nul\x00 lone\ud800", "del\u2421 nul\u2400 lone\ufffd"),
        ("中文 ＡＢＣ", "中文 ＡＢＣ"),
    ],
)
def test_printable(text: str, expected: str) -> None:
    assert printable(text) == expected


def test_one_line_joins_lines_and_cuts_long_text() -> None:
    assert one_line("The HTTP server returned\n a redirect\r\n\tloop") == (
        "The HTTP server returned a redirect loop"
    )
    assert one_line("x" * 1000, limit=10) == "x" * 10 + "…"


def test_json_stays_the_same_data_without_raw_c1_controls() -> None:
    value = {"sense": "a\x9b31mb\x1b[2J\u2028c 中文"}
    text = json_dumps(value)
    assert_no_raw_controls(text)
    assert "中文" in text and json.loads(text) == value


def status_line_server(drip_server, status_line: bytes):
    return drip_server(status_line + b"\r\nContent-Length: 0\r\n\r\n", lasting=0)


@pytest.mark.parametrize(
    ("status_line", "expected"),
    [
        (b"HTTP/1.1 404 \x1b]0;PWNED\x07\x1b[2J\x9b31m", "the server answered 404 " + SHOWN),
        (b"\x1b]0;PWNED\x07\x1b[2Jgarbage", "cannot fetch (␛]0;PWNED␇␛[2Jgarbage)"),
    ],
)
def test_a_servers_status_line_is_shown_not_obeyed(drip_server, status_line, expected) -> None:
    with (
        status_line_server(drip_server, status_line) as server,
        pytest.raises(InputError) as raised,
    ):
        load(server.url + "/page.html")
    assert_no_raw_controls(str(raised.value))
    assert str(raised.value).endswith(expected)


@pytest.mark.parametrize("command", ["read", "annotate"])
def test_the_cli_prints_a_hostile_reason_phrase_as_symbols(drip_server, command: str) -> None:
    with status_line_server(drip_server, b"HTTP/1.1 404 \x1b]0;PWNED\x07\x1b[2J") as server:
        result = CliRunner().invoke(cli, [command, server.url + "/page.html"])
    assert result.exit_code == 1
    assert (
        result.output
        == f"readaid: {server.url}/page.html: the server answered 404 ␛]0;PWNED␇␛[2J\n"
    )


def test_a_redirect_loop_is_one_line(drip_server) -> None:
    with (
        drip_server(
            b"HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n", lasting=0
        ) as server,
        pytest.raises(InputError) as raised,
    ):
        load(server.url + "/page.html")
    assert str(raised.value) == (
        f"{server.url}/page.html: too many redirects (the last answer was 302)"
    )


@pytest.mark.parametrize("address", ["http://[::1", "http://[::1/page.html", "https://[x]:80/"])
def test_an_address_urllib_cannot_parse_is_one_line(address: str) -> None:
    result = CliRunner().invoke(cli, ["annotate", address])
    assert result.exit_code == 1
    assert result.output.startswith(f"readaid: {address}: ") and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_dictionary_lines_are_made_printable_when_parsed() -> None:
    entry = parse_line(f"測驗 测验 [ce4 yan4\x1b[2J\x9b1m] /to test{HOSTILE}/CL:個|个[ge4]/")
    assert entry is not None
    assert entry.pinyin == "ce4 yan4␛[2J\ufffd1m" and entry.senses == (f"to test{SHOWN}",)
    assert read_header([f"#! version=1{HOSTILE}"]) == {"version": f"1{SHOWN}"}


@pytest.mark.parametrize("as_json", [False, True])
def test_lookup_shows_a_hostile_dictionary_as_symbols(tmp_path, as_json: bool) -> None:
    hostile = tmp_path / "hostile.u8"
    hostile.write_text(
        f"#! version=2{HOSTILE}\n"
        f"測驗 测验 [ce4 yan4\x1b[2J] /to test{HOSTILE}/\x1b]52;c;aGk=\x07/\n",
        encoding="utf-8",
    )
    options = ["--json"] if as_json else []
    result = CliRunner().invoke(cli, ["lookup", *options, "--dict", str(hostile), "测验"])
    assert result.exit_code == 0, result.output
    assert_no_raw_controls(result.output)
    assert "to test␛]0;PWNED␇␛[2J" in result.output and "␛]52;c;aGk=␇" in result.output
    assert "yan4␛[2J" in result.output
    info = CliRunner().invoke(cli, ["dict", "info", "--dict", str(hostile)])
    assert_no_raw_controls(info.output)
    assert f"version:     2{SHOWN}" in info.output


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://127.0.0.1:9/x", "data:,x"])
def test_dict_update_fetches_only_http_and_https(address: str) -> None:
    result = CliRunner().invoke(cli, ["dict", "update", "--url", address])
    assert result.exit_code == 1
    assert result.output == (
        f"readaid: cannot download CC-CEDICT from {address}: only http and https addresses "
        "can be fetched; the current dictionary is kept\n"
    )


def test_a_redirect_to_another_scheme_is_refused(drip_server) -> None:
    to_ftp = b"HTTP/1.1 302 Found\r\nLocation: ftp://127.0.0.1:9/x\r\nContent-Length: 0\r\n\r\n"
    with drip_server(to_ftp, lasting=0) as server, pytest.raises(InputError) as raised:
        load(server.url + "/page.html")
    assert (
        str(raised.value) == f"{server.url}/page.html: only http and https addresses can be fetched"
    )
