"""The document model: a text, its paragraphs, and each paragraph's tokens with exact spans.

Paragraphs are found eagerly (one scan for newlines); tokens are made per paragraph on
first use and kept, so a ten-megabyte novel opens at once and only what is read gets
segmented. Every token's ``start``/``end`` index the document's text, whatever script
it is shown in: script conversion never changes a text's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

from readaid.language.furniture import Role, classify
from readaid.language.segment import Kind, Span, segment

SENTENCE_END = frozenset("。！？!?；;…")
#: The longest paragraph segmented and laid out as one piece (see ``_bounded``).
MAX_PARAGRAPH = 4000
_CLOSERS = frozenset("”’」』）)】》\"'")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: Kind

    @property
    def is_chinese(self) -> bool:
        return self.kind is Kind.CHINESE or self.kind is Kind.NAME

    @property
    def is_name(self) -> bool:
        """A person's name the segmenter found (no dictionary has it as a word)."""
        return self.kind is Kind.NAME

    @property
    def is_word(self) -> bool:
        """Something a learner can look up or save (not space or punctuation)."""
        return self.kind in (Kind.CHINESE, Kind.NAME, Kind.LATIN)


@dataclass(slots=True)
class Overrides:
    """A learner's corrections: word breaks to force, spans to join, and paragraphs whose
    role (article text or page furniture) they set, by the paragraph's start offset."""

    breaks: set[int] = field(default_factory=set)
    joins: set[tuple[int, int]] = field(default_factory=set)
    roles: dict[int, Role] = field(default_factory=dict)


class Document:
    def __init__(
        self,
        text: str,
        known_words,
        name: str = "",
        overrides: Overrides | None = None,
        hints: dict[int, str] | None = None,
        common_words=None,
    ):
        self.text = text
        self.name = name
        #: Readings the source printed after single characters (offset -> numbered syllable).
        self.hints = hints or {}
        self._known_words = known_words
        self._common_words = common_words
        self.overrides = overrides or Overrides()
        self.paragraphs: list[tuple[int, int]] = _paragraph_spans(text)
        self._starts = [start for start, _ in self.paragraphs]
        self._tokens: dict[int, list[Token]] = {}
        #: Readings per paragraph, filled by the reading core and dropped with the tokens.
        self.readings: dict[int, list[str]] = {}
        self._roles: list[Role] | None = None

    def __len__(self) -> int:
        return len(self.paragraphs)

    # -- tokens ----------------------------------------------------------------------
    def tokens(self, paragraph: int) -> list[Token]:
        """The tokens of one paragraph (its trailing newline is the last token)."""
        cached = self._tokens.get(paragraph)
        if cached is None:
            start, end = self.paragraphs[paragraph]
            spans = segment(self.text[start:end], self._known_words, start, self._common_words)
            spans = _apply_overrides(spans, self.overrides, start, end)
            cached = self._tokens[paragraph] = [
                Token(self.text[s:e], s, e, kind) for s, e, kind in spans
            ]
        return cached

    def adopt(self, paragraph: int, tokens: list[Token], readings: list[str]) -> None:
        """Take a paragraph's tokens and readings as read elsewhere (by a process that
        read the same text: see :mod:`readaid.language.early_reading`)."""
        self._tokens[paragraph] = tokens
        self.readings[paragraph] = readings

    def all_tokens(self) -> list[Token]:
        return [token for index in range(len(self.paragraphs)) for token in self.tokens(index)]

    def paragraph_at(self, offset: int) -> int:
        """The paragraph holding character ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def token_at(self, offset: int) -> tuple[int, int]:
        """``(paragraph, token index)`` of the token covering ``offset``."""
        paragraph = self.paragraph_at(offset)
        tokens = self.tokens(paragraph)
        starts = [t.start for t in tokens]
        return paragraph, max(0, bisect_right(starts, offset) - 1)

    def sentences(self, paragraph: int) -> list[tuple[int, int]]:
        """Token index ranges ``[first, last)`` of the paragraph's sentences."""
        tokens = self.tokens(paragraph)
        out: list[tuple[int, int]] = []
        first, ended = 0, False
        for index, token in enumerate(tokens):
            # A sentence runs on through closing quotes and trailing space after its end mark.
            if ended and token.text[:1] not in _CLOSERS and token.kind is not Kind.SPACE:
                out.append((first, index))
                first, ended = index, False
            if token.kind is Kind.PUNCTUATION and token.text[-1] in SENTENCE_END:
                ended = True
        if first < len(tokens):
            out.append((first, len(tokens)))
        return out

    # -- article text and page furniture ------------------------------------------------
    @property
    def roles(self) -> list[Role]:
        """Each paragraph's role, classified on first use, with the learner's choices."""
        if self._roles is None:
            fixed = {}
            for offset, role in self.overrides.roles.items():
                index = self.paragraph_at(offset)
                if self._starts[index] == offset:  # a paragraph still starts there
                    fixed[index] = role
            self._roles = classify(_ParagraphTexts(self.text, self.paragraphs), fixed)
        return self._roles

    def is_furniture(self, paragraph: int) -> bool:
        return self.roles[paragraph] is Role.FURNITURE

    def flip_role(self, paragraph: int) -> Role:
        """Make a paragraph article text if it was furniture and the other way round."""
        role = self.roles[paragraph].flipped()
        self.overrides.roles[self.paragraphs[paragraph][0]] = role
        self._roles = None
        return role

    def sentence_text(self, offset: int) -> tuple[str, int]:
        """The sentence around ``offset`` fit to keep with a saved word: article text only
        (nothing from page furniture) and no web address; ``("", 0)`` when there is none."""
        paragraph, index = self.token_at(offset)
        if self.is_furniture(paragraph):
            return "", 0
        tokens = self.tokens(paragraph)
        for first, last in self.sentences(paragraph):
            if first <= index < last:
                # A URL inside the sentence cuts it: keep the side the word is on.
                for url in (i for i in range(first, last) if tokens[i].kind is Kind.URL):
                    if url < index:
                        first = url + 1
                    elif url > index:
                        last = url
                    else:
                        return "", 0
                    if first >= last:
                        return "", 0
                start, end = tokens[first].start, tokens[last - 1].end
                sentence = self.text[start:end]
                lead = len(sentence) - len(sentence.lstrip())
                return sentence.strip(), offset - start - lead
        return "", 0

    # -- corrections -----------------------------------------------------------------
    def split(self, offset: int) -> None:
        """Force a word break before character ``offset``."""
        paragraph = self.paragraph_at(offset)
        self.overrides.breaks.add(offset)
        self.overrides.joins = {j for j in self.overrides.joins if not j[0] < offset < j[1]}
        self._tokens.pop(paragraph, None)
        self.readings.pop(paragraph, None)

    def merge(self, start: int, end: int) -> None:
        """Make ``text[start:end]`` one token (it must lie within one paragraph)."""
        paragraph = self.paragraph_at(start)
        if self.paragraph_at(end - 1) != paragraph:
            raise ValueError("a merge cannot cross a paragraph break")
        self.overrides.joins.add((start, end))
        self.overrides.breaks = {b for b in self.overrides.breaks if not start < b < end}
        self._tokens.pop(paragraph, None)
        self.readings.pop(paragraph, None)


class _ParagraphTexts(Sequence[str]):
    """The paragraphs' text, sliced only when asked for (a book's middle never is)."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self._text, self._spans = text, spans

    def __len__(self) -> int:
        return len(self._spans)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._text[s:e] for s, e in self._spans[index]]
        start, end = self._spans[index]
        return self._text[start:end]


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer("\n", text):
        spans.extend(_bounded(text, start, match.end()))
        start = match.end()
    if start < len(text) or not spans:
        spans.extend(_bounded(text, start, len(text)))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line longer than ``MAX_PARAGRAPH`` (a megabyte with no line break, say) is cut
    after its last sentence end within each stretch, so that no unit of segmentation and
    layout is huge; a stretch with no sentence end is cut after a space, else anywhere."""
    spans = []
    while end - start > MAX_PARAGRAPH:
        window = text[start : start + MAX_PARAGRAPH]
        cut = max(window.rfind(mark) for mark in SENTENCE_END)
        if cut < MAX_PARAGRAPH // 2:
            cut = max(cut, window.rfind(" "), window.rfind("\u3000"))
        cut = cut + 1 if cut > 0 else MAX_PARAGRAPH
        spans.append((start, start + cut))
        start += cut
    spans.append((start, end))
    return spans


def _apply_overrides(spans: list[Span], overrides: Overrides, start: int, end: int) -> list[Span]:
    joins = [j for j in overrides.joins if start <= j[0] and j[1] <= end]
    breaks = sorted(b for b in overrides.breaks if start < b < end)
    if not joins and not breaks:
        return spans
    out: list[Span] = []
    for s, e, kind in spans:
        cuts = [b for b in breaks if s < b < e]
        edges = [s, *cuts, e]
        # A name the learner cut is a name no more: its pieces are plain words.
        piece = Kind.CHINESE if kind is Kind.NAME and cuts else kind
        out.extend((a, b, piece) for a, b in zip(edges, edges[1:], strict=False))
    for j_start, j_end in joins:
        inside = [span for span in out if j_start <= span[0] and span[1] <= j_end]
        if not inside or inside[0][0] != j_start or inside[-1][1] != j_end:
            continue
        first = out.index(inside[0])
        # A name joined to more than itself is a name no more.
        kind = Kind.CHINESE if inside[0][2] is Kind.NAME and len(inside) > 1 else inside[0][2]
        out[first : first + len(inside)] = [(j_start, j_end, kind)]
    return out
