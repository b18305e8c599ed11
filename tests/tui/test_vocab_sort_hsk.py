"""The vocabulary screen sorts by HSK level: easiest first, unlisted words last."""

from __future__ import annotations

from readaid.language.levels import hsk_level
from readaid.tui.vocab_view import SORT_LABELS, shown_words
from readaid.vocab.model import SavedWord, WordStatus


def word(simplified: str, word_id: int) -> SavedWord:
    return SavedWord(word_id, simplified, simplified, "", status=WordStatus.LEARNING)


def test_sort_by_hsk_level():
    words = [word("人工智能", 1), word("熵", 2), word("我", 3), word("银行", 4)]
    shown = [w.simplified for w in shown_words(words, "", "all", "hsk")]
    levels = [hsk_level(w) for w in shown]
    listed = [level for level in levels if level is not None]
    assert listed == sorted(listed)
    assert shown[0] == "我"
    assert levels[len(listed) :] == [None] * (len(levels) - len(listed))
    assert SORT_LABELS["hsk"] == "HSK level"
