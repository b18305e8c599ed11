"""Script conversion with OpenCC: one converter per configuration, built on first use.

Only the character-level configurations are offered. They never change a text's
length, so a converted document keeps every token's offsets; the phrase-level ones
(``s2twp``, ``tw2sp``) replace some words with words of another length and are left out.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache


class Script(str, Enum):
    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    TAIWAN = "taiwan"
    HONG_KONG = "hongkong"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def is_traditional(self) -> bool:
        return self in (Script.TRADITIONAL, Script.TAIWAN, Script.HONG_KONG)

    def next(self, traditional: Script | None = None) -> Script:
        """The script the reader's toggle moves to: original -> simplified -> Traditional
        (``traditional``, the variant the learner chose: standard, Taiwan or Hong Kong)."""
        if self is Script.ORIGINAL:
            return Script.SIMPLIFIED
        if self is Script.SIMPLIFIED:
            return traditional or Script.TRADITIONAL
        return Script.ORIGINAL


_SURROGATE = re.compile("[\ud800-\udfff]")

_LABELS = {
    Script.ORIGINAL: "Original",
    Script.SIMPLIFIED: "Simplified",
    Script.TRADITIONAL: "Traditional",
    Script.TAIWAN: "Traditional (Taiwan)",
    Script.HONG_KONG: "Traditional (Hong Kong)",
}
_CONFIGS = {
    # tw2s, not t2s: it also knows Taiwan's usage (著急 -> 着急, 睡不著 -> 睡不着), which t2s
    # leaves alone, and is just as length-preserving.
    Script.SIMPLIFIED: "tw2s",
    Script.TRADITIONAL: "s2t",
    Script.TAIWAN: "s2tw",
    Script.HONG_KONG: "s2hk",
}


@cache
def get_converter(config: str):
    import opencc

    return opencc.OpenCC(f"{config}.json" if not config.endswith(".json") else config)


def convert(text: str, script: Script | str) -> str:
    """``text`` in ``script``; always the same length as ``text``."""
    script = Script(script)
    if script is Script.ORIGINAL or not text:
        return text
    if _SURROGATE.search(text):
        # OpenCC cannot encode a lone surrogate (from broken UTF-16): convert around it.
        converted = convert(_SURROGATE.sub("\ufffd", text), script)
        return "".join(
            o if _SURROGATE.match(o) else c for o, c in zip(text, converted, strict=True)
        )
    converted = _run(text, script)
    # The configurations are length-preserving, but OpenCC drops a NUL and the like: guard,
    # so offsets can never drift.
    if len(converted) == len(text):
        return converted
    out = []
    for ch in text:
        one = _run(ch, script)
        out.append(one if len(one) == 1 else ch)
    return "".join(out)


def _run(text: str, script: Script) -> str:
    if script in (Script.TAIWAN, Script.HONG_KONG):
        # s2tw/s2hk expect Simplified input; going through it makes Traditional input work too.
        text = get_converter("tw2s").convert(text)
    return get_converter(_CONFIGS[script]).convert(text)


def to_simplified(text: str) -> str:
    return convert(text, Script.SIMPLIFIED)
