"""Small mistakes in options and the config file: a clear line and a non-zero exit, never
a traceback or a setting silently taken the wrong way."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.tui.config import ConfigError, load_config


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch) -> Path:
    """A config file the commands read (the top-level config is cached: clear it)."""
    from readaid import config

    path = tmp_path / "config.toml"
    monkeypatch.setenv("READAID_CONFIG", str(path))
    config.load_config.cache_clear()
    yield path
    config.load_config.cache_clear()


def assert_one_line(result, *fragments: str, exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output


@pytest.mark.parametrize(
    ("setting", "shown"),
    [('tone_colours = "false"', "'false'"), ("gloss_panel = 0", "0")],
)
def test_a_switch_must_be_true_or_false(tmp_path: Path, setting: str, shown: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[reader]\n{setting}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    name = setting.split(" ")[0]
    assert str(raised.value) == f"{path}: [reader] {name} must be true or false (not {shown})"


def test_reading_with_a_bad_switch_is_one_line(config_file: Path, tmp_path: Path, monkeypatch):
    from types import SimpleNamespace

    from readaid.tui import app

    # Were the setting accepted, the reader would start: stand in for it, not hang.
    monkeypatch.setattr(app, "make_app", lambda *a, **k: SimpleNamespace(run=lambda: None))
    config_file.write_text('[reader]\ntone_colours = "false"\n', encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("中文\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["read", str(text)])
    assert_one_line(result, "tone_colours must be true or false")
    assert result.output.count("\n") == 1


@pytest.mark.parametrize("listed", ["[1]", '[""]', '"one.u8"', '[["a"]]'])
def test_dictionaries_must_be_a_list_of_paths(config_file: Path, listed: str) -> None:
    config_file.write_text(f"dictionaries = {listed}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lookup", "银行"])
    assert_one_line(result, "'dictionaries' must be a list of file paths")
    assert result.output.count("\n") == 1


def test_a_folder_as_a_dictionary_says_so(config_file: Path, tmp_path: Path) -> None:
    config_file.write_text(f"dictionaries = [{str(tmp_path)!r}]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lookup", "银行"])
    assert_one_line(result, f"{tmp_path} is a folder, not a dictionary file")
    assert result.output.count("\n") == 1


@pytest.mark.parametrize("command", [["annotate", "-"], ["vocab", "export", "--format", "csv"]])
def test_an_empty_output_name_is_a_usage_error(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "-o", ""], input="中文\n")
    assert_one_line(result, "the file name is empty", exit_code=2)


def test_export_since_the_start_of_the_calendar(tmp_path: Path):
    data = ["vocab", "--data-dir", str(tmp_path / "data")]
    assert CliRunner().invoke(cli, [*data, "add", "银行"]).exit_code == 0
    output = tmp_path / "words.csv"
    result = CliRunner().invoke(
        cli, [*data, "export", "--format", "csv", "-o", str(output), "--since", "0001-01-01"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == f"exported 1 words to {output}\n"


def test_export_since_the_end_of_the_calendar_selects_nothing_and_writes_nothing(tmp_path: Path):
    data = ["vocab", "--data-dir", str(tmp_path / "data")]
    assert CliRunner().invoke(cli, [*data, "add", "银行"]).exit_code == 0
    output = tmp_path / "words.csv"
    result = CliRunner().invoke(
        cli, [*data, "export", "--format", "csv", "-o", str(output), "--since", "9999-12-31"]
    )
    assert_one_line(result, "since 9999-12-31 to export", exit_code=1)
    assert not output.exists()
