"""Outputs as a shell's ``>`` would write them: through symlinks, into FIFOs and devices,
with the umask's mode, never over a read-only file; and no temporary file left behind."""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.vocab.model import WordStatus
from readaid.vocab.store import VocabularyStore


@pytest.fixture
def export(data_dir: Path, store: VocabularyStore):
    store.save("银行", "銀行", "yin2 hang2", senses=["bank"], status=WordStatus.NEW)

    def invoke(output: Path, export_format: str = "csv"):
        args = ["vocab", "--data-dir", str(data_dir), "export", "--format", export_format]
        return CliRunner().invoke(cli, [*args, "-o", str(output)])

    return invoke


def annotate(output: Path):
    return CliRunner().invoke(cli, ["annotate", "-", "-o", str(output)], input="你好")


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.parametrize("writer", ["export", "annotate"])
def test_a_symlink_is_written_through_to_its_target(tmp_path, export, writer):
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = export(link) if writer == "export" else annotate(link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert ("银行" if writer == "export" else "你好") in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("writer", ["export", "annotate"])
def test_a_new_file_gets_the_umasks_mode(tmp_path, export, writer, umask_022):
    path = tmp_path / "out.txt"
    result = export(path) if writer == "export" else annotate(path)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_replaced_file_keeps_its_mode(tmp_path, export, umask_022):
    path = tmp_path / "out.csv"
    path.write_text("old")
    path.chmod(0o640)
    assert export(path).exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert "银行" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("writer", ["export", "annotate"])
def test_a_read_only_file_is_refused_with_one_line(tmp_path, export, writer):
    path = tmp_path / "keep.csv"
    path.write_text("keep me")
    path.chmod(0o444)
    result = export(path) if writer == "export" else annotate(path)
    assert result.exit_code == 1
    assert result.output == f"readaid: cannot write {path}: the file is read-only (not replaced)\n"
    assert path.read_text() == "keep me"


@pytest.mark.parametrize("writer", ["export", "annotate"])
def test_a_fifo_is_written_into_not_replaced(tmp_path, export, writer):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = export(fifo) if writer == "export" else annotate(fifo)
    reader.join(timeout=10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert ("银行" if writer == "export" else "你好").encode() in received[0]


def test_a_device_is_written_into_not_replaced(tmp_path, export):
    # A null device of the test's own (as /dev/null is), so no test ever risks the real one.
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device needs root")
    result = export(device)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(device.stat().st_mode)


def test_an_apkg_export_leaves_nothing_in_tmpdir(tmp_path, export, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    result = export(tmp_path / "deck.apkg", "apkg")
    assert result.exit_code == 0, result.output
    assert list(scratch.iterdir()) == []
    assert (tmp_path / "deck.apkg").read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "deck.apkg", "tmp"]
