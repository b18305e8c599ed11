"""The learner's progress as the store remembers it: which words became known, and when
(recorded by triggers on every status change, see migration 0005)."""

from __future__ import annotations

from readaid.vocab.database import Database, translating


class StatusHistory(Database):
    @translating
    def known_per_day(self) -> list[tuple[str, int]]:
        """(day, words that first became known that day), oldest first; days in UTC
        (``YYYY-MM-DD``), only days on which some word did."""
        rows = self._connection().execute(
            "SELECT day, count(*) FROM (SELECT word, min(substr(changed_at, 1, 10)) AS day"
            " FROM status_history WHERE status = 'known' GROUP BY word)"
            " GROUP BY day ORDER BY day"
        )
        return [(day, count) for day, count in rows]

    @translating
    def known_count(self) -> int:
        """Words known now (each written form once)."""
        row = (
            self._connection()
            .execute("SELECT count(DISTINCT simplified) FROM words WHERE status = 'known'")
            .fetchone()
        )
        return int(row[0])
