"""The last search's matches marked in the article: which tokens of each paragraph the
pattern touches, worked out when the paragraph is drawn. A mixin of
:class:`~readaid.tui.article.ArticleView`."""

from __future__ import annotations

import re

from readaid.tui.flow import ArticleFlow


class SearchMarks:
    flow: ArticleFlow | None
    #: What the last search looks for, and which tokens of each paragraph it matches.
    search_pattern: re.Pattern[str] | None = None
    _matched: dict[int, frozenset[int]]

    def highlight(self, pattern: re.Pattern[str] | None) -> None:
        """Mark every token the search pattern touches (None: clear the marks)."""
        self.search_pattern = pattern
        self._matched.clear()
        self.clear_cache()
        self.refresh()

    def matched(self, paragraph: int) -> frozenset[int]:
        if self.search_pattern is None or self.flow is None:
            return frozenset()
        found = self._matched.get(paragraph)
        if found is None:
            document = self.flow.document
            start, end = document.paragraphs[paragraph]
            spans = [
                m.span()
                for m in self.search_pattern.finditer(document.text, start, end)
                if m.end() > m.start()
            ]
            found = frozenset(
                index
                for index, token in enumerate(document.tokens(paragraph))
                if any(s < token.end and token.start < e for s, e in spans)
            )
            self._matched[paragraph] = found
        return found
