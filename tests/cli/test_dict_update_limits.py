"""``readaid dict update`` against servers that send too much, too little or too slowly:
each is refused with one line, and the dictionary in use is kept."""

from __future__ import annotations

import gzip
import time

import pytest
from click.testing import CliRunner

from readaid.cli import cli, dictcmd
from readaid.language.sources import updated_cedict_path

OLD = "# the dictionary in use\n"


@pytest.fixture
def current(readaid_home):
    """An updated dictionary already in use, which every failed update must keep."""
    path = updated_cedict_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(OLD, encoding="utf-8")
    yield path
    path.unlink(missing_ok=True)


def update(url: str, *options: str):
    return CliRunner().invoke(cli, ["dict", "update", "--url", url, *options])


def answer(body: bytes, length: int | None = None) -> bytes:
    length = len(body) if length is None else length
    return f"HTTP/1.1 200 OK\r\nContent-Length: {length}\r\n\r\n".encode() + body


def assert_refused(result, message: str, current) -> None:
    assert result.exit_code == 1
    assert result.output.startswith("readaid: ") and result.output.count("\n") == 1
    assert message in result.output
    assert result.output.rstrip().endswith("the current dictionary is kept")
    assert current.read_text(encoding="utf-8") == OLD


def test_a_gzip_bomb_is_unpacked_only_up_to_the_limit(current, drip_server, monkeypatch):
    monkeypatch.setattr(dictcmd, "MAX_RELEASE_BYTES", 1024 * 1024)
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024))
    with drip_server(answer(bomb), lasting=0) as server:
        result = update(server.url)
    assert_refused(result, "unpacks to over 1 MiB", current)


def test_a_download_over_the_limit_is_refused(current, drip_server, monkeypatch):
    monkeypatch.setattr(dictcmd, "MAX_DOWNLOAD_BYTES", 1000)
    with drip_server(answer(b"x" * 5000), lasting=0) as server:
        result = update(server.url)
    assert_refused(result, "too large", current)


def test_a_truncated_download_is_refused(current, drip_server):
    with drip_server(answer(b"x" * 100, length=100_000), lasting=0) as server:
        result = update(server.url)
    assert_refused(result, "cut short (100 of 100,000 bytes arrived)", current)


def test_a_truncated_gzip_stream_is_refused(current, drip_server):
    release = gzip.compress("傳統 传统 [chuan2 tong3] /tradition/\n".encode() * 5000)
    with drip_server(answer(release[: len(release) // 2]), lasting=0) as server:
        result = update(server.url)
    assert_refused(result, "is not a CEDICT release", current)


def test_a_dripping_server_is_cut_off_at_the_timeout(current, drip_server):
    with drip_server(answer(b"", length=100_000), b"x") as server:
        started = time.monotonic()
        result = update(server.url, "--timeout", "0.5")
        assert time.monotonic() - started < 8
    assert_refused(result, "no answer within 0.5 s (timed out)", current)


@pytest.mark.parametrize("value", ["-1", "nan", "inf"])
def test_a_timeout_that_is_not_a_time_is_a_usage_error(value: str):
    result = update("http://127.0.0.1:9/x", "--timeout", value)
    assert result.exit_code == 2
    assert "positive, finite number of seconds" in result.output
