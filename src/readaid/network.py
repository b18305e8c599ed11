"""HTTP requests with a total deadline and a size cap, for every network call readaid makes
(web pages, AnkiConnect, dictionary downloads).

A socket timeout only bounds each read, so a server that drips a byte every few seconds
(in its status line, headers or body) could hold a request forever. Here a timer shuts
the connection's socket down when the whole request's time is up, which wakes any
blocked read at once; the request then fails with :class:`TimedOut`.

Only http and https are opened (never file:, ftp: or data:, not even through a redirect),
and every failure is a :class:`NetworkError` whose message is one printable line.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from functools import partial
from typing import Any

from readaid.untrusted import one_line

_CHUNK = 64 * 1024


class NetworkError(Exception):
    """A request that failed; the message is a short printable phrase."""


class TimedOut(NetworkError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer within {seconds:g} s (timed out)")
        self.seconds = seconds


class HostNotFound(NetworkError):
    pass


class CannotConnect(NetworkError):
    """No connection; ``detail`` is the system's reason (Connection refused)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"cannot connect ({detail})")
        self.detail = detail


class TooLarge(NetworkError):
    pass


class ServerAnswered(NetworkError):
    """An HTTP error status: ``code`` and the server's (made printable) reason."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"the server answered {code} {reason}".rstrip())
        self.code = code


@dataclass(frozen=True, slots=True)
class Reply:
    data: bytes
    headers: Message
    url: str


class Deadline:
    """The time one request may take in all; on expiry, the sockets it watches are shut
    down so a blocked read returns."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        with self._lock:
            self._sockets.clear()

    def remaining(self) -> float:
        return max(0.0, self._ends - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                _shut(sock)
            self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to wake
        sock.shutdown(socket.SHUT_RDWR)


def _resolve(host: str, port: int, seconds: float) -> list[tuple]:
    """getaddrinfo within ``seconds``: a resolver can stall longer than any socket timeout,
    and cannot be interrupted, so it runs in a thread that is left behind if it must."""
    answer: list = []

    def look_up() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            answer.append(error)

    thread = threading.Thread(target=look_up, daemon=True)
    thread.start()
    thread.join(seconds)
    if not answer:
        raise TimeoutError(f"looking up {host} took too long")
    if isinstance(answer[0], OSError):
        raise answer[0]
    return answer[0]


class _Watched:
    """Connections whose sockets the deadline watches from their creation (before a proxy
    tunnel or TLS handshake, which a slow server could drip too)."""

    deadline: Deadline

    def _watch_connections(self, deadline: Deadline) -> None:
        # http.client sets _create_connection on each instance, to socket.create_connection.
        self.deadline = deadline
        self._create_connection = self._open_socket

    def _open_socket(
        self, address: tuple[str, int], timeout: float, source_address: Any = None
    ) -> socket.socket:
        host, port = address
        error: OSError = OSError(f"cannot connect to {host}")
        for family, kind, proto, _, where in _resolve(host, port, self.deadline.remaining()):
            sock = socket.socket(family, kind, proto)
            self.deadline.watch(sock)
            try:
                sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(where)
                return sock
            except OSError as failure:
                sock.close()
                error = failure
        raise error


class _WatchedHTTPConnection(_Watched, http.client.HTTPConnection):
    def __init__(self, *args: Any, deadline: Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._watch_connections(deadline)


class _WatchedHTTPSConnection(_Watched, http.client.HTTPSConnection):
    def __init__(self, *args: Any, deadline: Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._watch_connections(deadline)

    def connect(self) -> None:
        # HTTPSConnection.connect, with the TLS socket watched before its handshake.
        http.client.HTTPConnection.connect(self)
        server_hostname = self._tunnel_host or self.host  # type: ignore[attr-defined]
        self.sock = self._context.wrap_socket(  # type: ignore[attr-defined]
            self.sock, server_hostname=server_hostname, do_handshake_on_connect=False
        )
        self.deadline.watch(self.sock)
        self.sock.do_handshake()


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_WatchedHTTPConnection, deadline=self.deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            partial(_WatchedHTTPSConnection, deadline=self.deadline),
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


def _opener(deadline: Deadline) -> urllib.request.OpenerDirector:
    """urllib's default opener without the file, ftp and data handlers."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPRedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def request(target: str | urllib.request.Request, *, seconds: float, limit: int) -> Reply:
    """The whole body of ``target``'s answer, within ``seconds`` in all and ``limit`` bytes.

    Raises :class:`NetworkError`: timed out, too large, truncated (fewer bytes than the
    server announced), an HTTP error status, or no connection.
    """
    with Deadline(seconds) as deadline:
        try:
            return _request(target, deadline, limit)
        except NetworkError:
            raise
        except Exception as error:
            if deadline.expired or _is_timeout(error):
                raise TimedOut(seconds) from None
            raise _network_error(error) from None


def _request(target: str | urllib.request.Request, deadline: Deadline, limit: int) -> Reply:
    with _opener(deadline).open(target, timeout=deadline.seconds) as response:
        length = _content_length(response.headers)
        if length is not None and length > limit:
            raise TooLarge(
                f"too large ({_describe_size(length)}; readaid reads up to {_describe_size(limit)})"
            )
        chunks: list[bytes] = []
        received = 0
        while chunk := response.read(_CHUNK):
            received += len(chunk)
            if received > limit:
                raise TooLarge(f"too large (readaid reads up to {_describe_size(limit)})")
            chunks.append(chunk)
        if deadline.expired:  # the shut-down socket looked like the end of the body
            raise TimedOut(deadline.seconds)
        if length is not None and received < length:
            raise NetworkError(
                f"the answer was cut short ({received:,} of {length:,} bytes arrived)"
            )
        return Reply(b"".join(chunks), response.headers, response.geturl())


def _content_length(headers: Message) -> int | None:
    value = (headers.get("Content-Length") or "").strip()
    return int(value) if value.isdigit() else None


def _describe_size(size: int) -> str:
    return f"{size / (1024 * 1024):g} MiB" if size >= 1024 * 1024 else f"{size} bytes"


def _is_timeout(error: Exception) -> bool:
    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        return isinstance(error.reason, TimeoutError)
    return isinstance(error, TimeoutError)


def _network_error(error: Exception) -> NetworkError:
    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400:
            # urllib's own message for a redirect loop spans three lines.
            return NetworkError(f"too many redirects (the last answer was {error.code})")
        return ServerAnswered(error.code, one_line(str(error.reason or "")))
    if isinstance(error, http.client.IncompleteRead):  # a chunked body that stopped early
        return NetworkError("the answer was cut short")
    reason: object = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, socket.gaierror):
        return HostNotFound("cannot find the host")
    if isinstance(error, urllib.error.URLError) and isinstance(reason, OSError):
        return CannotConnect(one_line(reason.strerror or str(reason)))
    if isinstance(error, urllib.error.URLError) and str(reason).startswith("unknown url type"):
        return NetworkError("only http and https addresses can be fetched")
    if isinstance(error, ValueError):  # http://[::1, a port that is not a number
        return NetworkError(f"not a valid address ({one_line(str(error))})")
    text = one_line(str(reason)) or type(reason).__name__
    return NetworkError(f"cannot fetch ({text})")
