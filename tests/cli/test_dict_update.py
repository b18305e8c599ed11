"""``readaid dict update`` against a local HTTP server standing in for MDBG."""

import gzip
import http.server
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.language.sources import bundled_cedict_path, updated_cedict_path


@pytest.fixture()
def server():
    files: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield files, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_update_downloads_checks_and_switches(server, readaid_home):
    files, base = server
    release = gzip.decompress(Path(bundled_cedict_path()).read_bytes()).decode("utf-8")
    lines = release.splitlines()[:3000] + ["新詞 新词 [xin1 ci2] /a word only the update has/"]
    files["/cedict.gz"] = gzip.compress("\n".join(lines).encode("utf-8"))
    files["/broken.gz"] = b"<html>error page</html>"
    runner = CliRunner()

    broken = runner.invoke(cli, ["dict", "update", "--url", base + "/broken.gz"])
    assert broken.exit_code == 1 and "current dictionary is kept" in broken.output
    assert not updated_cedict_path().exists()

    try:
        result = runner.invoke(cli, ["dict", "update", "--url", base + "/cedict.gz"])
        assert result.exit_code == 0, result.output
        assert updated_cedict_path().is_file()
        from readaid.language.dictionary import open_dictionary

        assert open_dictionary().lookup("新词")[0].senses == ("a word only the update has",)
    finally:
        updated_cedict_path().unlink(missing_ok=True)


def test_update_offline_is_a_clear_error(readaid_home):
    result = CliRunner().invoke(
        cli, ["dict", "update", "--url", "http://127.0.0.1:9/x", "--timeout", "2"]
    )
    assert result.exit_code == 1
    assert result.output.startswith("readaid: cannot download CC-CEDICT")
