"""A plain text's title: its first line, when that line reads as a headline.

Articles saved from the web often start with the site's furniture (a breadcrumb, a
"recently visited" link, a date line, the site's address) before the headline, so the
first few lines are tried in turn; a line that is none of those and looks like a
headline (short, Chinese, not ending a sentence) is the title.
"""

from __future__ import annotations

import re

from readaid.language.cedict import is_han

#: Lines tried, counting only non-blank ones.
LINES_TRIED = 3
#: A headline is at most this many characters.
MAX_TITLE = 60
#: ...and has at least this many Chinese characters.
MIN_HAN = 4
_SENTENCE_END = tuple("。！？；：:;!?…，,、")
_FURNITURE = re.compile(
    r"https?://|www\.|\s[>›»]\s|\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}|^[\s•·*>#|-]+$|^[•·]"
)


def guess_title(text: str) -> str:
    """The headline at the top of ``text``, or "" when none of its first lines is one."""
    for line in _first_lines(text):
        # A text that is one short line is a sentence to read, not a titled article.
        if _is_headline(line) and text.strip() != line:
            return line
    return ""


def _first_lines(text: str) -> list[str]:
    found: list[str] = []
    for line in text[:4000].split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            found.append(line)
            if len(found) == LINES_TRIED:
                break
    return found


def _is_headline(line: str) -> bool:
    return (
        len(line) <= MAX_TITLE
        and sum(1 for ch in line if is_han(ch)) >= MIN_HAN
        and not line.endswith(_SENTENCE_END)
        and not _FURNITURE.search(line)
    )
