"""``readaid read FILE`` starts without click (its import would delay the reader's first
frame); it must answer exactly as the click command does: the folder check, one-line
errors, the app's exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readaid.cli import main


def run_main(monkeypatch, capsys, *arguments: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["readaid", *arguments])
    with pytest.raises(SystemExit) as stopped:
        main()
    return stopped.value.code, capsys.readouterr().err


def test_a_file_in_place_of_a_folder_is_one_line(
    tmp_path: Path, monkeypatch, capsys, blocked_folder
):
    article = tmp_path / "a.txt"
    article.write_text("你好", encoding="utf-8")
    code, err = run_main(monkeypatch, capsys, "read", str(article))
    assert code == 1
    assert err == blocked_folder


def test_a_missing_file_is_one_line(tmp_path: Path, monkeypatch, capsys):
    code, err = run_main(monkeypatch, capsys, "read", str(tmp_path / "missing.txt"))
    assert code == 1
    assert err.startswith("readaid: ") and err.count("\n") == 1 and "Traceback" not in err


def test_the_exit_status_is_the_apps(monkeypatch, capsys, stopped_reader):
    article, status = stopped_reader
    code, _ = run_main(monkeypatch, capsys, "read", str(article))
    assert code == status


def test_click_is_not_imported_on_the_way_to_the_reader(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("你好", encoding="utf-8")
    script = (
        "import sys\n"
        "from readaid.tui import app\n"
        "class Stopped:\n"
        "    return_code = 0\n"
        "    def run(self):\n"
        "        print('click' in sys.modules)\n"
        "app.make_app = lambda *a, **k: Stopped()\n"
        f"sys.argv = ['readaid', 'read', {str(article)!r}]\n"
        "from readaid.cli import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "False\n"


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
@pytest.mark.parametrize("big", [False, True], ids=["article", "book"])
def test_a_child_reads_the_first_screen_for_the_reader(
    tmp_path: Path, monkeypatch, capsys, core, big
):
    """The reader is given a child reading the file's first screen: started first thing
    for an article (it loads the file itself), after the loading for a book (which would
    take the child longer to load than it saves)."""
    from readaid.cli import reading
    from readaid.tui import app as tui_app

    given = {}

    class Stopped:
        return_code = 0

        def run(self) -> None:
            given["answer"] = given["early_reading"].collect()

    def make_app(loaded, **options):
        given.update(options, loaded=loaded)
        return Stopped()

    started = []
    monkeypatch.setattr(tui_app, "make_app", make_app)
    monkeypatch.setattr(reading, "EARLY_LOAD_LIMIT", 10 if big else 10_000)
    original = reading._read_early
    monkeypatch.setattr(
        reading, "_read_early", lambda source: started.append(source) or original(source)
    )
    article = tmp_path / "a.txt"
    article.write_text("他挨了一顿打。\n你好。\n", encoding="utf-8")
    code, _ = run_main(monkeypatch, capsys, "read", str(article))
    assert code == 0
    answer = given["answer"]
    assert answer is not None and answer.text_hash == hash(given["loaded"].text)
    assert [t.text for t in answer.paragraphs[0][0]][:3] == ["他", "挨", "了"]
    kinds = [type(source).__name__ for source in started]
    assert kinds == (["str", "LoadedText"] if big else ["str"])


def test_no_child_loads_a_page_or_a_pipe_a_second_time(tmp_path: Path, monkeypatch):
    """A page would be fetched twice and a pipe read by the wrong process: the child is
    started only with the text this process loaded (see the book case above)."""
    import os

    from readaid.cli import reading
    from readaid.language import early_reading

    forked = []
    monkeypatch.setattr(early_reading, "start", lambda read: forked.append(read))
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    small = tmp_path / "a.txt"
    small.write_text("你好", encoding="utf-8")
    for source in ("https://example.com/article", str(pipe), str(tmp_path / "missing.txt")):
        assert reading._read_early(source) is None
    assert forked == []
    reading._read_early(str(small))
    assert len(forked) == 1
