"""A file where readaid's data or cache folder goes is one clear line and exit 1 for
every command, not a traceback deep inside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli

COMMANDS = {
    "vocab add": ["vocab", "add", "银行"],
    "lookup": ["lookup", "银行"],
    "annotate": ["annotate", "-"],
    "read": ["read", "-"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_in_place_of_a_folder_is_one_line(command, blocked_folder):
    result = CliRunner().invoke(cli, COMMANDS[command], input="你好")
    assert result.exit_code == 1, result.output
    assert result.output == blocked_folder


def test_a_file_in_place_of_readaid_home_names_it(tmp_path: Path, monkeypatch):
    home = tmp_path / "home"
    home.write_text("")
    monkeypatch.setenv("READAID_HOME", str(home))
    result = CliRunner().invoke(cli, ["lookup", "银行"])
    assert result.exit_code == 1
    assert f"cannot be made: {home} is not a folder" in result.output
    assert result.output.count("\n") == 1


def test_help_needs_no_folders(tmp_path: Path, monkeypatch):
    home = tmp_path / "home"
    home.write_text("")
    monkeypatch.setenv("READAID_HOME", str(home))
    assert CliRunner().invoke(cli, ["--help"]).exit_code == 0


def test_the_readers_exit_status_is_the_apps(stopped_reader):
    """An app that stopped on an error (Textual prints the error) must not exit 0."""
    article, status = stopped_reader
    result = CliRunner().invoke(cli, ["read", str(article)])
    assert result.exit_code == status, result.output
