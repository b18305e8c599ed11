"""The deadline holds over https too: the socket is watched from before the TLS handshake."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
from pathlib import Path

import pytest

from readaid.network import TimedOut, request

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls(certificate, monkeypatch) -> ssl.SSLContext:
    """A server context, and clients that trust its certificate."""
    cert, key = certificate
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert, key)
    monkeypatch.setattr(
        ssl, "_create_default_https_context", lambda: ssl.create_default_context(cafile=cert)
    )
    return server


def test_an_https_answer_arrives_whole(drip_server, tls) -> None:
    with drip_server(ANSWER + "中文".encode(), lasting=0, tls=tls) as server:
        assert request(server.url, seconds=5, limit=1000).data == "中文".encode()


def test_an_https_server_dripping_its_body_is_cut_off(drip_server, tls) -> None:
    with drip_server(ANSWER, b"x", interval=0.2, tls=tls) as server:
        started = time.monotonic()
        with pytest.raises(TimedOut):
            request(server.url, seconds=0.5, limit=1000)
        assert time.monotonic() - started < 8


def test_a_certificate_that_is_not_trusted_is_one_line(drip_server, certificate) -> None:
    from readaid.network import NetworkError

    cert, key = certificate
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    with (
        drip_server(ANSWER, lasting=0, tls=server_context) as server,
        pytest.raises(NetworkError, match="certificate verify failed") as raised,
    ):
        request(server.url, seconds=5, limit=1000)
    assert "\n" not in str(raised.value)
