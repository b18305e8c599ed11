"""The distinct readings a word's dictionary entries offer, with what ranks them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readaid.language.cedict import Entry


@dataclass(frozen=True, slots=True)
class Candidate:
    pinyin: str
    senses: int
    demoted: bool
    order: int


def candidates(entries: Sequence[Entry]) -> list[Candidate]:
    by_reading: dict[str, list[Entry]] = {}
    for entry in entries:
        if not entry.fallback:
            by_reading.setdefault(entry.pinyin, []).append(entry)
    out = []
    for order, (pinyin, group) in enumerate(by_reading.items()):
        demoted = all(e.is_surname_only or e.is_variant_only or e.is_proper_noun for e in group)
        out.append(Candidate(pinyin, sum(len(e.senses) for e in group), demoted, order))
    return out
