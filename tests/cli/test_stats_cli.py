"""``readaid stats``: one text, several, a folder; JSON and the table; bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.vocab.model import WordStatus
from readaid.vocab.store import VocabularyStore

EASY = "我喜欢我的学校。我喜欢学习。"
HARD = "量子纠缠的熵在拓扑序中守恒。"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with VocabularyStore.open(folder) as store:
        for word in ("我", "喜欢", "学校", "的"):
            store.set_status(word, WordStatus.KNOWN)
    return folder


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "easy.txt").write_text(EASY, encoding="utf-8")
    (folder / "hard.txt").write_text(HARD, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a text: not looked at
    return folder


def test_one_text_as_json(core, texts, data_dir):
    result = run("stats", str(texts / "easy.txt"), "--json", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["name"] == "easy.txt"
    assert payload["known"] > 0
    assert payload["known_share"] == round(payload["known"] / payload["words"], 4)
    assert payload["hsk"]["standard"] == "2025"
    assert [u["word"] for u in payload["unknown"]][0] == "学习"
    assert all(u["word"] not in ("我", "喜欢") for u in payload["unknown"])


def test_several_texts_are_a_list_best_known_first(core, texts, data_dir):
    result = run(
        "stats",
        str(texts / "hard.txt"),
        str(texts / "easy.txt"),
        "--json",
        "--data-dir",
        str(data_dir),
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [p["name"] for p in payload] == ["easy.txt", "hard.txt"]
    assert payload[0]["known_share"] > payload[1]["known_share"]


def test_a_folder_is_every_text_in_it(core, texts, data_dir):
    result = run("stats", str(texts), "--json", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    names = [p["name"] for p in json.loads(result.stdout)]
    assert [Path(n).name for n in names] == ["easy.txt", "hard.txt"]


def test_hsk_standard_is_chosen(core, texts, data_dir):
    result = run(
        "stats", str(texts / "easy.txt"), "--json", "--hsk", "2.0", "--data-dir", str(data_dir)
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["hsk"]["standard"] == "2.0"


def test_table_for_one_text(core, texts, data_dir):
    result = run("stats", str(texts / "easy.txt"), "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    assert "easy.txt" in result.output
    assert "known" in result.output and "%" in result.output
    assert "学习" in result.output and "xuéxí" in result.output
    assert "Words to learn first" in result.output


def test_table_ranks_several_texts_with_a_bar(core, texts, data_dir):
    result = run("stats", str(texts), "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    assert result.output.index("easy.txt") < result.output.index("hard.txt")
    easy_row = next(line for line in result.output.splitlines() if "easy.txt" in line)
    assert "█" in easy_row  # its bar: most of it is known


def test_names_from_files_are_never_markup(core, tmp_path, data_dir):
    path = tmp_path / "[bold]x[red]\x1b[31m.txt"
    path.write_text(EASY, encoding="utf-8")
    result = run("stats", str(path), "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    assert "[bold]x[red]" in result.output
    assert "\x1b[31m" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-file.txt"], "no-such-file.txt"),
        ([], "name a text or a folder"),
        (["--hsk", "4.0", "x.txt"], "4.0"),
        (["--history", "x.txt"], "give it no PATH"),
    ],
)
def test_bad_input_is_one_line_and_an_error(core, args, message):
    result = run("stats", *args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_an_empty_folder_is_an_error(core, tmp_path):
    result = run("stats", str(tmp_path))
    assert result.exit_code == 1
    assert "no texts in this folder" in result.output


def test_a_text_without_chinese_has_no_level(core, tmp_path, data_dir):
    path = tmp_path / "english.txt"
    path.write_text("Only English here.", encoding="utf-8")
    result = run("stats", str(path), "--json", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert (payload["words"], payload["known_share"], payload["hsk"]["level"]) == (0, 0.0, None)
    assert payload["unknown"] == []


def test_an_error_never_sends_a_file_names_escapes_to_the_terminal(core):
    result = run("stats", "no\x1b[2Jfile.txt")
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "no␛[2Jfile.txt" in result.output


def test_a_long_text_is_counted_on_every_core_as_in_one(core, tmp_path, data_dir, monkeypatch):
    """The command shares a long text's count between processes; what it prints is what
    one process gives."""
    from readaid.language import parallel_count
    from readaid.learner.stats import text_stats
    from readaid.text import load

    golden = Path(__file__).parents[1] / "golden"
    book = "\n".join(p.read_text(encoding="utf-8") for p in sorted(golden.glob("*.txt")))
    path = tmp_path / "book.txt"
    path.write_text(book, encoding="utf-8")
    started = []
    real = parallel_count.split_at_lines
    monkeypatch.setattr(parallel_count, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel_count, "available_cores", lambda: 2)
    monkeypatch.setattr(
        parallel_count, "split_at_lines", lambda *a: started.append(real(*a)) or started[-1]
    )
    result = run("stats", str(path), "--json", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    pieces = 2 * parallel_count.PIECES_PER_PROCESS
    assert len(started[0]) == pieces, "the book was not shared out between two processes"
    with VocabularyStore.open(data_dir) as store:
        statuses = store.statuses()
    alone = text_stats("book.txt", load(path).text, core, statuses)  # furniture left out
    assert json.loads(result.output) == alone.to_json()


def test_a_text_with_a_title_is_named_by_it_in_the_table(core, tmp_path, data_dir):
    """As the reader and the library name it, where it came from after it (the JSON
    keeps its contract: ``name`` is where it came from)."""
    titled = tmp_path / "0042_5f1e.txt"
    titled.write_text("我的学校\n\n" + EASY, encoding="utf-8")
    untitled = tmp_path / "easy.txt"
    untitled.write_text(EASY, encoding="utf-8")
    table = run("stats", str(titled), str(untitled), "--data-dir", str(data_dir))
    assert table.exit_code == 0, table.output
    cells = [line.split("│")[2].strip() for line in table.stdout.splitlines() if "│" in line]
    assert "我的学校" in cells and "0042_5f1e.txt" in cells and "easy.txt" in cells
    assert cells.index("0042_5f1e.txt") == cells.index("我的学校") + 1
    one = run("stats", str(titled), "--data-dir", str(data_dir))
    assert "我的学校  0042_5f1e.txt" in one.stdout
    result = run("stats", str(titled), "--json", "--data-dir", str(data_dir))
    assert json.loads(result.stdout)["name"] == "0042_5f1e.txt"
