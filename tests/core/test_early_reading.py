"""The first screen read in a forked child: the same tokens and readings the reader would
read itself, taken only for the text they were read from, and nothing lost or left
behind when the child cannot answer."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from readaid.language import early_reading
from readaid.language.document import Overrides
from readaid.language.first_screen import read_first_screen

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


@pytest.fixture(scope="module")
def sample() -> str:
    # Simplified and Traditional samples, one after the other: many paragraphs.
    return "\n".join(
        (SEEDS / name).read_text(encoding="utf-8")
        for name in ("03-intermediate-city-cycling.txt", "05-newspaper-typhoon-taipei.txt")
    )


def test_the_child_reads_what_the_reader_would_around_where_it_opens(core, sample):
    offset = len(sample) // 2
    child = early_reading.start(lambda: read_first_screen(sample, offset, {}, 600))
    assert child is not None
    answer = child.collect()
    assert answer is not None, "the child gave no answer"
    document = core.open(sample)
    opened_at = document.paragraph_at(offset)
    read = sorted(answer.paragraphs)
    assert read == list(range(read[0], read[-1] + 1)), "paragraphs in one stretch"
    assert read[0] < opened_at < read[-1], "paragraphs before and after where it opens"
    assert document.paragraphs[read[-1]][0] - offset < 600 <= document.paragraphs[read[-1]][1]
    mine = core.open(sample)
    core.defer_model, defer = True, core.defer_model
    try:
        for paragraph in read:
            tokens, readings = answer.paragraphs[paragraph]
            assert tokens == mine.tokens(paragraph)
            assert readings == core.readings(mine, paragraph)
    finally:
        core.defer_model = defer


def test_a_document_takes_the_paragraphs_only_of_the_same_text_and_no_corrections(core, sample):
    answer = read_first_screen(sample, 0, {}, 300)
    assert answer is not None and answer.paragraphs
    document = core.open(sample)
    assert answer.hand_over(document) == len(answer.paragraphs)
    first = min(answer.paragraphs)
    assert document.tokens(first) is answer.paragraphs[first][0]
    assert document.readings[first] is answer.paragraphs[first][1]

    other = core.open(sample.replace("。", "！", 1))
    assert answer.hand_over(other) == 0
    assert first not in other.readings
    corrected = core.open(sample, overrides=Overrides(breaks={3}))
    assert answer.hand_over(corrected) == 0, "a learner's word break changes the words"


def test_no_answer_without_a_compiled_dictionary_and_the_child_is_gone(tmp_path, monkeypatch):
    """The first run compiles the dictionary in the reader: the child does not race it."""
    monkeypatch.setenv("READAID_HOME", str(tmp_path))
    child = early_reading.start(lambda: read_first_screen("第一段。\n第二段。\n", 0, {}, 100))
    assert child is not None
    started = time.monotonic()
    assert child.collect() is None
    assert time.monotonic() - started < early_reading.PATIENCE
    assert not list(tmp_path.rglob("dictionary-*")), "the child compiled nothing"
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)


def test_a_child_that_overruns_its_patience_is_stopped(sample):
    child = early_reading.start(lambda: read_first_screen(sample, 0, {}, 1000))
    assert child is not None
    assert child.collect(patience=0.0) is None
    with pytest.raises(ChildProcessError):  # stopped and waited for: no zombie left
        os.waitpid(child.pid, os.WNOHANG)


def test_a_child_that_fails_answers_nothing_and_writes_nothing_on_the_terminal(capfd):
    def broken():
        print("from the child", flush=True)
        raise RuntimeError("the child broke")

    child = early_reading.start(broken)
    assert child is not None
    started = time.monotonic()
    assert child.collect() is None
    assert time.monotonic() - started < 1.0, "the parent heard of the failure at once"
    out, err = capfd.readouterr()
    assert "child" not in out + err
