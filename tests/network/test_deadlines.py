"""Every network call has a total deadline: a server that drips its status line, headers
or body a byte at a time is cut off when the request's time is up, with one line."""

from __future__ import annotations

import time

import pytest

from readaid.network import Deadline, TimedOut, request
from readaid.text import InputError, load

DEADLINE = 0.6
#: Far below the 30 s a drip lasts, far above the deadline: a slow machine passes.
CUT_OFF_WITHIN = 8.0

HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
DRIPPING = {
    "status line": (b"", b"HTTP/1.1 200 OK"),
    "headers": (b"HTTP/1.1 200 OK\r\n", b"X-Slow: aaaaaaaaaaaaaaaaaaaa\r\n"),
    "body": (HEADERS, "<p>中文</p>".encode()),
}


@pytest.mark.parametrize("part", DRIPPING)
def test_a_request_is_cut_off_at_its_deadline(part: str, drip_server) -> None:
    head, drip = DRIPPING[part]
    with drip_server(head, drip) as server:
        started = time.monotonic()
        with pytest.raises(TimedOut, match=f"no answer within {DEADLINE:g} s"):
            request(server.url, seconds=DEADLINE, limit=1 << 20)
        assert time.monotonic() - started < CUT_OFF_WITHIN


@pytest.mark.parametrize("part", DRIPPING)
def test_fetching_a_page_has_a_total_deadline(part: str, monkeypatch, drip_server) -> None:
    from readaid.text import url

    monkeypatch.setattr(url, "FETCH_TIMEOUT", DEADLINE)
    head, drip = DRIPPING[part]
    with drip_server(head, drip) as server:
        started = time.monotonic()
        with pytest.raises(InputError, match=r"no answer within 0.6 s \(timed out\)") as caught:
            load(server.url + "/page.html")
        assert time.monotonic() - started < CUT_OFF_WITHIN
    assert "\n" not in str(caught.value)


def test_a_deadline_shuts_sockets_watched_after_it_expired() -> None:
    import socket

    left, right = socket.socketpair()
    with left, right, Deadline(0.01) as deadline:
        time.sleep(0.2)
        deadline.watch(left)
        assert left.recv(1) == b""  # shut down: the read returns at once


def test_a_chunked_answer_that_stops_early_is_refused(drip_server) -> None:
    from readaid.network import NetworkError

    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100\r\nonly a few bytes"
    with (
        drip_server(chunked, lasting=0) as server,
        pytest.raises(NetworkError, match="^the answer was cut short$"),
    ):
        request(server.url, seconds=5, limit=1 << 20)


def test_a_stalled_name_lookup_is_cut_off(monkeypatch) -> None:
    import socket

    real = socket.getaddrinfo

    def stalled(host, *args, **kwargs):
        if host == "stalled.invalid":
            time.sleep(10)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", stalled)
    started = time.monotonic()
    with pytest.raises(TimedOut, match=f"no answer within {DEADLINE:g} s"):
        request("http://stalled.invalid/page.html", seconds=DEADLINE, limit=1000)
    assert time.monotonic() - started < CUT_OFF_WITHIN - 2
