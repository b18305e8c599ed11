"""The jieba engine (rjieba) the segmenter cuts with, loaded on first use: building its
dictionary takes a tenth of a second without letting go of the interpreter, which the
reader's first frame must not wait for."""

from __future__ import annotations

import threading
from collections.abc import Iterable

#: jieba's counts that disagree with how a reader takes the words, put right when the engine
#: loads (rjieba's ``add_word`` gives a listed word its new count). Both the Document and
#: the word count cut with this engine, so both see the same words.
#:
#: 很/太 and an adjective (很大 "very big", 太小 "too small") is a phrase, no dictionary's
#: word, which the segmenter splits; but jieba counts these high (很大 8,348 times), so it
#: cuts the adjective off the word it starts: 很大方 becomes 很大 + 方, then 很 + 大 + 方.
#: Counted 1, jieba keeps that word (很 + 大方 "generous") and still cuts 很大的 into
#: 很 + 大 + 的. These are the ones jieba counts ten times or more and keeps whole (太巧
#: stays whole at 1: 巧 alone is rare). Left alone: 很多/很少, quantities that stand before
#: nouns (很多事 "many things", not 多事); 很快/很早 "soon, early", adverbs of time (很快要
#: 到了 "will soon arrive" holds no 快要 "about to"); 最/更 phrases, which also stand before
#: nouns (最大城市).
#:
#: 待会 "in a moment" is counted 3, so 待会见 "see you in a bit" comes out as 待 + 会见 "to
#: meet" and 待会去 as 待 + 会 + 去. At 400 it wins before 见 (which takes more than 340)
#: and 见面, and still loses to 会议, 会员, 会场 and 会计 (等待会议, 对待会员, 待会场).
COUNT_CORRECTIONS: dict[str, int] = {
    **dict.fromkeys(["很大", "很小", "太久", "太小", "太贵", "太重"], 1),
    "待会": 400,
}
#: Words to teach the segmenter when it is loaded (see :func:`add_words`).
_extra_words: list[str] = []
_loaded = None
_loading = threading.Lock()


def _engine():
    global _loaded
    if _loaded is None:
        with _loading:
            if _loaded is None:
                # The module's own instance: rjieba builds it at import, a second one
                # costs 0.1 s more.
                import rjieba

                for word, count in COUNT_CORRECTIONS.items():
                    rjieba._DEFAULT_JIEBA.add_word(word, count, None)
                for word in _extra_words:
                    rjieba._DEFAULT_JIEBA.add_word(word, None, None)
                _loaded = rjieba._DEFAULT_JIEBA
    return _loaded


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter extra words (the supplementary dictionary's, in Simplified):
    now if it is loaded, else when it is (loading it takes rjieba a tenth of a second)."""
    words = list(words)
    with _loading:
        _extra_words.extend(words)
        if _loaded is not None:
            for word in words:
                _loaded.add_word(word, None, None)


def cut_han(run: str) -> list[str]:
    """jieba's words for a run of Han characters (given in Simplified)."""
    return _engine().cut(run, False)


def engine():
    """The shared rjieba engine, whose dictionary counts serve :mod:`readaid.language.frequency`."""
    return _engine()


def tag(run: str) -> list[tuple[str, str]]:
    """jieba's words of a Simplified run with their part of speech (HMM on, so that it
    finds names no dictionary has)."""
    return _engine().tag(run, True)
