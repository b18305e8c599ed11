"""Making text that did not come from readaid (pages, files, servers, dictionaries) safe to
show: the one place every front end and error message goes through.

A terminal obeys control characters: ESC starts CSI and OSC sequences (clear the screen,
set the title, write the clipboard), and C1 characters such as U+009B are CSI on their
own. Here every C0 and C1 control character becomes a visible symbol (ESC as ␛, BEL as ␇,
C1 as U+FFFD) one for one, so no sequence survives, whatever follows the ESC.
"""

from __future__ import annotations

import json
import re
from typing import Any

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSAFE_OR_LINE_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_LINE_BREAKS = re.compile(r"\s*[\t\n\r\x0b\x0c\x85\u2028\u2029]\s*")
# JSON leaves DEL and C1 characters raw when ensure_ascii is off.
_JSON_RAW_CONTROL = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def _visible(character: str) -> str:
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ ␇ ␀
    return "\u2421" if code == 0x7F else "\ufffd"


def make_safe(text: str) -> tuple[str, int]:
    """``text`` with control characters shown as symbols, tabs and newlines kept; and how
    many characters were changed."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _visible(match.group())

    return _UNSAFE.sub(replace, text), count


def printable(text: str) -> str:
    """``text`` safe to print (tabs and newlines kept)."""
    return _UNSAFE.sub(lambda match: _visible(match.group()), text)


def one_line(text: str, limit: int | None = 300) -> str:
    """``text`` safe to print on one line: line breaks and tabs (and the spaces around
    them) become one space, every other control character a symbol; cut at ``limit``
    characters (a server's error message can be megabytes)."""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    joined = _LINE_BREAKS.sub(" ", text.strip())
    return _UNSAFE_OR_LINE_BREAK.sub(lambda match: _visible(match.group()), joined)


def json_dumps(value: Any, **options: Any) -> str:
    """JSON with non-ASCII text readable but DEL, C1 controls and line separators escaped,
    so the output is safe in a terminal and still decodes to the same data."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _JSON_RAW_CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
