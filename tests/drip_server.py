"""A local TCP server that answers every connection with a script of bytes, sent slowly:
the tool for testing total deadlines (a server that drips one byte at a time keeps every
single read short, so only a deadline for the whole request stops it)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time


class DripServer:
    """Sends ``head`` at once, then ``drip`` one byte every ``interval`` seconds, for at
    most ``lasting`` seconds; ``url`` is where it listens. With ``tls`` (a server context)
    it speaks https."""

    def __init__(
        self,
        head: bytes,
        drip: bytes = b"",
        interval: float = 0.05,
        lasting: float = 30.0,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.head, self.drip, self.interval, self.lasting = head, drip, interval, lasting
        self.tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> DripServer:
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with contextlib.suppress(OSError):
            connection.settimeout(1.0)
            if self.tls:
                connection = self.tls.wrap_socket(connection, server_side=True)
        with connection, contextlib.suppress(OSError):
            with contextlib.suppress(TimeoutError):
                connection.recv(65536)  # the request; its content does not matter
            connection.sendall(self.head)
            until = time.monotonic() + self.lasting
            for index in range(len(self.drip) * 1000):
                if self._stop.is_set() or time.monotonic() > until:
                    return
                position = index % len(self.drip)
                connection.sendall(self.drip[position : position + 1])
                time.sleep(self.interval)
