"""Which of a word's entries leads: the one the text uses.

Every view of a word (the reader's panel, tooltip and entry screen, the CLI's annotations,
a saved card) orders its entries the same way: the reading shown over the word first
(我得走了: děi "must" before dé "to obtain"), then the everyday sense among entries
sharing that reading, then the rest in the dictionary's order.

The everyday sense: CC-CEDICT lists 台风 twice with one reading, 臺風 "stage presence"
before 颱風 "typhoon", and gives no frequencies; jieba's counts cannot tell them apart
(both Traditional forms are rare in its Simplified corpus). OpenCC's phrase table can:
it writes 台风 as 颱風, the form people write for the word in running text. The
dictionary cache records that form for every Simplified headword written several ways
(built once, so no converter is loaded to read); its entries lead among those with the
reading in use.
Where that form belongs to another reading (干 as 幹 when the text means gān "dry"),
the reading wins and the dictionary's order decides among its entries (乾).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readaid.language.cedict import Entry
from readaid.language.script import Script

#: Scripts whose text may show a Traditional form the reading should choose.
TRADITIONAL_SCRIPTS = frozenset({Script.TRADITIONAL, Script.TAIWAN, Script.HONG_KONG})


def lead_with(
    entries: Sequence[Entry], reading: str, usual: Callable[[str], str] | None = None
) -> list[Entry]:
    """``entries`` with those read ``reading`` first (the exact capitals before other
    capitals: a surname's Li3 before the plum's li3 in a name) and, among them, the one
    written as ``usual`` says people write the word (a dictionary's
    ``usual_traditional``); otherwise the order they come in."""
    if not reading or len(entries) < 2:
        return list(entries)
    wanted = _plain(reading)

    def rank(numbered: tuple[int, Entry]) -> tuple[int, int, int]:
        order, entry = numbered
        if _plain(entry.pinyin) != wanted:
            return (2, 0, order)
        exact = entry.pinyin.replace(" ", "") == reading.replace(" ", "")
        written = usual(entry.simplified) if usual else ""
        return (0 if exact else 1, 0 if written in ("", entry.traditional) else 1, order)

    return [entry for _, entry in sorted(enumerate(entries), key=rank)]


def characters_in_context(
    characters: Sequence[tuple[str, Sequence[Entry]]], reading: str
) -> list[tuple[str, list[Entry]]]:
    """Each character's entries led by its own syllable of the word's ``reading`` (首部曲
    merged by the learner: 曲 qǔ "song" before qū "bent")."""
    syllables = reading.split()
    if len(syllables) != len(characters):
        return [(ch, list(entries)) for ch, entries in characters]
    return [
        (ch, lead_with(entries, syllable))
        for (ch, entries), syllable in zip(characters, syllables, strict=True)
    ]


def form_for_reading(shown: str, led: Sequence[Entry], reading: str, script: Script) -> str:
    """The word as written in a Traditional ``script``: OpenCC's form (``shown``), which
    knows the context, unless the dictionary gives that form only to other readings than
    the one in use; then the leading entry's own form (衣服干了 gān: 乾, not OpenCC's 幹)."""
    if script not in TRADITIONAL_SCRIPTS or not led or _plain(led[0].pinyin) != _plain(reading):
        return shown
    chosen = led[0].traditional
    if chosen == shown or len(chosen) != len(shown):
        return shown
    read_so = {e.traditional for e in led if _plain(e.pinyin) == _plain(reading)}
    other_readings = {e.traditional for e in led} - read_so
    return chosen if shown in other_readings else shown


def _plain(pinyin: str) -> str:
    return pinyin.lower().replace(" ", "")
