"""The learner's progress over time: words that became known per day (and the running
total), and the texts read with how far into each. Read from the store and the reading
positions; nothing here draws."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import accumulate

from readaid.positions import ReadingPositions
from readaid.vocab.store import VocabularyStore

SPARKS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class Day:
    day: str  # YYYY-MM-DD, UTC
    newly_known: int
    known_total: int


@dataclass(frozen=True)
class TextRead:
    name: str
    read_share: float  # 0..1, how far into the text the learner stopped
    read_at: datetime


@dataclass(frozen=True)
class Progress:
    known: int  # words known now
    days: list[Day]
    texts: list[TextRead]  # most recently read first

    def to_json(self) -> dict:
        return {
            "known": self.known,
            "days": [
                {"day": d.day, "newly_known": d.newly_known, "known_total": d.known_total}
                for d in self.days
            ],
            "texts": [
                {
                    "name": t.name,
                    "read_share": round(t.read_share, 4),
                    "read_at": t.read_at.isoformat(timespec="seconds"),
                }
                for t in self.texts
            ],
        }


def progress(store: VocabularyStore, positions: ReadingPositions, texts: int = 20) -> Progress:
    per_day = store.known_per_day()
    totals = accumulate(count for _, count in per_day)
    days = [Day(day, count, total) for (day, count), total in zip(per_day, totals, strict=True)]
    read = [
        TextRead(
            p.name,
            min(1.0, p.percent / 100),
            datetime.fromtimestamp(p.read_at, timezone.utc),
        )
        for p in positions.recent(texts)
    ]
    return Progress(store.known_count(), days, read)


def sparkline(values: list[int]) -> str:
    """One block character per value, from ▁ (the least) to █ (the most)."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = high - low or 1
    return "".join(SPARKS[(v - low) * (len(SPARKS) - 1) // span] for v in values)
