"""Walking a document's tokens in reading order, past page furniture collapsed out of
the way: what the cursor keys and the search need. A mixin of
:class:`~readaid.tui.flow.ArticleFlow`."""

from __future__ import annotations

from collections.abc import Iterator

from readaid.language.document import Document, Token
from readaid.tui.view_settings import KNOWN_STATUSES


class Walking:
    document: Document

    def hidden(self, paragraph: int) -> bool:  # pragma: no cover - ArticleFlow's
        raise NotImplementedError

    def status(self, token: Token) -> str | None:  # pragma: no cover - ArticleFlow's
        raise NotImplementedError

    def tokens_from(
        self, paragraph: int, index: int, step: int, text_only: bool = False
    ) -> Iterator[tuple[int, int, Token]]:
        """Tokens after (step 1) or before (step -1) ``(paragraph, index)``, in order,
        leaving out collapsed furniture (all furniture if ``text_only``)."""
        count = len(self.document.paragraphs)
        p, i = paragraph, index + step
        while 0 <= p < count:
            if self.hidden(p) or (text_only and self.document.is_furniture(p)):
                p += step
                i = 0 if step > 0 else 1 << 62
                continue
            tokens = self.document.tokens(p)
            if step < 0 and i >= len(tokens):
                i = len(tokens) - 1
            while 0 <= i < len(tokens):
                yield p, i, tokens[i]
                i += step
            p += step
            i = 0 if step > 0 else 1 << 62

    def next_word(
        self, paragraph: int, index: int, step: int, unknown: bool = False, text_only: bool = False
    ) -> tuple[int, int] | None:
        """The next word; an unknown one only in article text."""
        for p, i, token in self.tokens_from(paragraph, index, step, text_only or unknown):
            if not token.is_word:
                continue
            if unknown and (not token.is_chinese or self.status(token) in KNOWN_STATUSES):
                continue
            return p, i
        return None

    def first_chinese_word(self, within: int = 5000) -> tuple[int, int] | None:
        """The first Chinese word among the text's first ``within`` tokens (a Latin
        heading such as "Redian" is no place to start reading)."""
        for number, (p, i, token) in enumerate(self.tokens_from(0, -1, 1)):
            if token.is_chinese:
                return p, i
            if number >= within:
                return None
        return None

    def first_word(
        self, paragraph: int, from_index: int = 0, text_only: bool = False
    ) -> tuple[int, int] | None:
        tokens = self.document.tokens(paragraph)
        if not (self.hidden(paragraph) or (text_only and self.document.is_furniture(paragraph))):
            for i in range(from_index, len(tokens)):
                if tokens[i].is_word:
                    return paragraph, i
        return self.next_word(paragraph, len(tokens), 1, text_only=text_only)
