"""Repairs to scraped text, with a map back to the original offsets.

Repair deletes what no reader should see (terminal escape sequences, control and
invisible characters, pinyin a converting site stuck after characters) and swaps some
characters one for one (line separators, lone surrogates, optionally full-width Latin).
It never inserts, so :class:`OffsetMap` can map every offset back.

Even with repair off, text goes through :func:`readaid.untrusted.make_safe`: control
characters become visible symbols one for one, so no front end ever sends a raw ESC or
BEL to a terminal.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from readaid.language.cedict import is_han
from readaid.language.pinyin import marks_to_numbered
from readaid.text.offsets import OffsetMap
from readaid.wording import counted

_TONED_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_ESCAPE_SEQUENCE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, ESC[2J, colours
    r"|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC: titles, clipboard (52), links (8)
    r"|\x1b[PX^_][^\x07\x1b\n]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]"  # two-character escapes (ESC c resets the terminal)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x1b\x9c\n]*[\x07\x9c]?"  # 8-bit OSC
)
_PATTERN = re.compile(
    rf"(?P<escape>{_ESCAPE_SEQUENCE})"
    rf"|(?P<annotation>[(（](?P<reading>[a-zü:{_TONED_LETTERS}]{{1,7}}[1-5]?)[)）])"
    r"|(?P<newline>[\x0b\x0c\x85\u2028\u2029])"
    r"|(?P<control>[\x00-\x08\x0e-\x1f\x7f-\x9f\r\x1c-\x1e])"
    r"|(?P<invisible>[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff])"
    r"|(?P<surrogate>[\ud800-\udfff])"
    r"|(?P<wide>[０-９Ａ-Ｚａ-ｚ])"
)
# Initial + final of a Mandarin syllable; "v" and "u:" both spell ü.
_SYLLABLE = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|ing|uai|uan|u:an|u:e|ai|ei|ao|ou|an|en|er"
    r"|ia|ie|iu|in|ua|uo|ui|un|ue|u:n|ve|a|o|e|i|u|u:|v)[1-5]"
)
# Every match of _PATTERN starts with one of these; scanning for them first is an order
# of magnitude faster than trying every alternative at every character of a novel.
_TRIGGER = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f(（\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    r"\u2028\u2029\u2060\u2066-\u2069\ufeff\ud800-\udfff０-９Ａ-Ｚａ-ｚ]"
)


@dataclass(slots=True)
class Repaired:
    text: str
    offsets: OffsetMap
    hints: dict[int, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def repair(text: str, *, narrow: bool = False) -> Repaired:
    """Repair ``text``; hints are keyed by the annotated character's offset in the result."""
    out: list[str] = []
    length = 0  # of the repaired text so far
    copied_to = 0  # end of the original text copied so far
    offsets = OffsetMap(0, 0)
    hints: dict[int, str] = {}
    counts: Counter[str] = Counter()
    for trigger in _TRIGGER.finditer(text):
        if trigger.start() < copied_to:
            continue  # inside an escape sequence already removed
        match = _PATTERN.match(text, trigger.start())
        if match is None:
            continue  # a parenthesis that holds no pinyin
        kind = match.lastgroup or ""
        start, end = match.span()
        replacement = ""
        if kind == "annotation":
            reading = _annotation_reading(text, start, match.group("reading"))
            if reading is None:
                continue
            hints[length + start - copied_to - 1] = reading
        elif kind == "newline":
            replacement = "\n"
        elif kind == "surrogate":
            replacement = "\ufffd"
        elif kind == "wide":
            if not narrow:
                continue
            replacement = chr(ord(match.group()) - 0xFEE0)
        counts[kind] += 1
        out.append(text[copied_to:start])
        length += start - copied_to
        out.append(replacement)
        length += len(replacement)
        copied_to = end
        if not replacement:
            offsets.start_run(length, end)
    out.append(text[copied_to:])
    repaired = "".join(out)
    offsets.finish(len(repaired), len(text))
    return Repaired(repaired, offsets, hints, _notices(counts))


def _annotation_reading(text: str, start: int, reading: str) -> str | None:
    """The numbered reading if the parenthesis at ``start`` holds one pinyin syllable,
    with a tone, right after a Chinese character; otherwise None."""
    if start == 0 or not is_han(text[start - 1]):
        return None
    numbered = marks_to_numbered(reading).replace("ü", "u:")
    return numbered if _SYLLABLE.fullmatch(numbered) else None


def _notices(counts: Counter[str]) -> list[str]:
    notices = []
    if counts["annotation"]:
        notices.append(
            f"removed {counted(counts['annotation'], 'pinyin annotation')} stuck after characters "
            "(kept as reading hints)"
        )
    if counts["escape"] or counts["control"]:
        notices.append(
            f"removed {counted(counts['escape'], 'terminal escape sequence')} and "
            f"{counted(counts['control'], 'control character')}"
        )
    if counts["invisible"]:
        notices.append(
            f"removed {counted(counts['invisible'], 'invisible character')} "
            "(zero-width spaces, direction marks, soft hyphens)"
        )
    if counts["surrogate"]:
        notices.append(f"replaced {counted(counts['surrogate'], 'lone surrogate')} with \ufffd")
    if counts["wide"]:
        wide = counted(
            counts["wide"], "full-width letter or digit", "full-width letters and digits"
        )
        notices.append(f"narrowed {wide}")
    return notices
