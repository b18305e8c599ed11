"""The gloss panel and entry view name a word's HSK level (2025 syllabus), in either script."""

from __future__ import annotations

import pytest

from readaid.language.levels import hsk_label, hsk_level
from readaid.tui.gloss import GlossStyles, full_gloss


@pytest.mark.parametrize("word", ["银行", "銀行", "工作"])
def test_full_gloss_names_the_hsk_level(core, word):
    text = full_gloss(word, "", core.entries(word), [], GlossStyles()).plain
    simplified = core.entries(word)[0].simplified
    assert f"HSK {hsk_label(hsk_level(simplified))}" in text.splitlines()[0]


def test_a_word_no_level_lists_shows_none(core):
    text = full_gloss("无可厚非x", "", [], [], GlossStyles()).plain
    assert "HSK" not in text
