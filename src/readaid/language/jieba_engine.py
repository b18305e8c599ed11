"""The jieba engine (rjieba) the segmenter cuts with, loaded on first use: building its
dictionary takes a tenth of a second without letting go of the interpreter, which the
reader's first frame must not wait for."""

from __future__ import annotations

import threading
from collections.abc import Iterable

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
