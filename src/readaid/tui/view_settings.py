"""How the reader shows a text: pinyin mode and style, script, tone colours. Plain values
with no Textual and nothing heavy in them, so the config and the first frame can use them
before the segmenter and dictionary load."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from readaid.language.script import Script
from readaid.tui.layout import Ruby

#: Statuses for which pinyin is hidden in the unknown-only mode (and which the cursor
#: skips when it looks for an unknown word).
KNOWN_STATUSES = frozenset({"known", "ignored"})


class PinyinMode(str, Enum):
    OVER = "over"
    INLINE = "inline"
    UNKNOWN = "unknown"
    OFF = "off"

    def next(self) -> PinyinMode:
        members = list(PinyinMode)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def ruby(self) -> Ruby:
        return _RUBY.get(self, Ruby.OVER)

    @property
    def label(self) -> str:
        return {
            PinyinMode.OVER: "over",
            PinyinMode.INLINE: "inline",
            PinyinMode.UNKNOWN: "unknown only",
            PinyinMode.OFF: "no pinyin",
        }[self]


#: Where each mode puts readings (asked for every word drawn: a dict built once).
_RUBY = {PinyinMode.INLINE: Ruby.INLINE, PinyinMode.OFF: Ruby.NONE}

PINYIN_STYLES = ("marks", "numbers", "zhuyin")


@dataclass(frozen=True, slots=True)
class ViewSettings:
    pinyin: PinyinMode = PinyinMode.OVER
    #: How readings are written: marks, numbers or zhuyin.
    style: str = "marks"
    script: Script = Script.ORIGINAL
    tone_colours: bool = True
    #: The Traditional variant the script toggle moves to.
    traditional: Script = Script.TRADITIONAL

    def with_(self, **changes) -> ViewSettings:
        return replace(self, **changes)
