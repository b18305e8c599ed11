"""How much of the text, and of the page, the learner knows, for the status line. The
text's words are counted once, in a worker, a piece at a time so the reader stays
responsive even over a novel; the shares follow the statuses as they change.
A mixin of :class:`ReaderScreen`."""

from __future__ import annotations

from collections import Counter

from textual import work

#: Characters counted at a time (cut at a line break): each piece holds the interpreter
#: for a few milliseconds only.
PIECE = 10_000
#: Terminal columns from which the page's share shows too.
WIDE = 110


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` in pieces of about ``size`` characters, each ending at a line break (a run
    of Han characters never spans one, so counting the pieces counts the text)."""
    out, start = [], 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        out.append(text[start:end])
        start = end
    return out


def known_share(counts: dict[str, int], statuses: dict[str, str]) -> float | None:
    """Running words known among those not ignored; None with no Chinese at all."""
    total = known = 0
    for word, count in counts.items():
        status = statuses.get(word)
        if status == "ignored":
            continue
        total += count
        if status == "known":
            known += count
    return known / total if total else None


class KnownShare:
    word_counts: Counter[str] | None = None

    @work(thread=True, exclusive=True, group="word-counts")
    def count_words(self) -> None:
        from readaid.language.wordcount import WordTally, found_names

        document, core = self.document, self.core
        if document is None or core is None:
            return
        tally = WordTally(core.dictionary)
        for piece in pieces(document.text):
            self.article.activity.wait_quiet()  # let the reader draw between pieces
            tally.add(piece)
        counts = tally.counts()
        for name in found_names(counts, core.dictionary):
            del counts[name]  # a person's name is nobody's vocabulary
        self.app.call_from_thread(self._counted, counts)

    def _counted(self, counts: Counter[str]) -> None:
        self.word_counts = counts
        self._update_status()

    def known_label(self) -> str:
        """``known 87% · page 92%`` (the page alone until the text is counted; on a
        terminal narrower than ``WIDE`` the text's share alone, so the line still fits)."""
        statuses = self.statuses or {}
        parts = []
        if self.word_counts is not None:
            share = known_share(self.word_counts, statuses)
            if share is not None:
                parts.append(f"known {share * 100:.0f}%")
        if self.app.size.width < WIDE and parts:
            return parts[0]
        page: Counter[str] = Counter()
        for paragraph, index in self.article.visible_tokens():
            token = self.document.tokens(paragraph)[index]
            if token.is_chinese and not token.is_name:
                page[token.text] += 1
        share = known_share(page, statuses)
        if share is not None:
            parts.append(f"page {share * 100:.0f}%")
        return " · ".join(parts)
