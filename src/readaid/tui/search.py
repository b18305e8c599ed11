"""Finding a query in the text: Chinese in any script, pinyin (tones optional) or English.

Pinyin and English queries become the dictionary words they name, and those words are
found in the text with one regular expression, so a search over a novel costs a regex
scan, not a reading of every paragraph.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from readaid.language.cedict import is_han
from readaid.language.script import Script, convert

if TYPE_CHECKING:  # not imported for real: the first frame is drawn before the core loads
    from readaid.language.dictionary import Dictionary

PINYIN_LIMIT = 40
ENGLISH_LIMIT = 25


def compile_query(query: str, dictionary: Dictionary) -> re.Pattern[str] | None:
    query = query.strip()
    if not query:
        return None
    needles = {query}
    if any(is_han(ch) for ch in query):
        needles |= {convert(query, Script.SIMPLIFIED), convert(query, Script.TRADITIONAL)}
    else:
        entries = dictionary.search_pinyin(query, limit=PINYIN_LIMIT)
        entries += dictionary.search_english(query, limit=ENGLISH_LIMIT)
        for entry in entries:
            needles |= {entry.simplified, entry.traditional}
    ordered = sorted(needles, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in ordered), re.IGNORECASE)


def find(text: str, pattern: re.Pattern[str], offset: int, step: int) -> int | None:
    """The next (step 1) or previous (step -1) match after/before ``offset``, wrapping."""
    if step > 0:
        match = pattern.search(text, offset + 1) or pattern.search(text, 0, offset + 1)
        return match.start() if match else None
    last = None
    for match in pattern.finditer(text, 0, offset):
        last = match.start()
    if last is None:
        for match in pattern.finditer(text, offset):
            last = match.start()
    return last


def count(text: str, pattern: re.Pattern[str]) -> int:
    return sum(1 for _ in pattern.finditer(text))
