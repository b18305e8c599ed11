"""The article as rows of words: what the reader view draws, with no Textual in it.

Paragraphs are laid out on demand (only those near the viewport) and kept in a bounded
cache; the rest have estimated heights in a :class:`LineIndex`, so opening a novel
costs one pass over its paragraph spans and nothing more.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len

from readaid.language.document import Document, Token
from readaid.language.pinyin import render, separators, syllables, tone_of
from readaid.language.segment import Kind
from readaid.tui.layout import Item, Piece, Row, Ruby, layout_paragraph, visible
from readaid.tui.line_positions import LinePositions
from readaid.tui.lineindex import LineIndex
from readaid.tui.view_settings import KNOWN_STATUSES, PinyinMode, ViewSettings
from readaid.tui.walking import Walking

if TYPE_CHECKING:  # not imported for real: the first frame is drawn before the core loads
    from readaid.language.reader import ReadingCore

#: Rough cells per character by mode, for paragraphs not laid out yet.
_ESTIMATE_FACTOR = {Ruby.OVER: 1.8, Ruby.INLINE: 2.8, Ruby.NONE: 1.0}
_LAYOUT_CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class ParagraphLayout:
    rows: list[Row]
    items: list[Item]
    #: Numbered syllables per token (for tone colours); empty where no reading.
    tones: list[tuple[int, ...]]
    #: 0/1 alternating over the paragraph's words, -1 for other tokens.
    parity: list[int]


class ArticleFlow(LinePositions, Walking):
    #: A draft (:class:`~readaid.tui.draft.DraftFlow`) shows the text before its words.
    is_draft = False

    def __init__(
        self,
        document: Document,
        core: ReadingCore,
        settings: ViewSettings,
        width: int,
        statuses: Mapping[str, str] | None = None,
    ) -> None:
        self.document = document
        self.core = core
        self.settings = settings
        self.width = max(width, 4)
        self.statuses = statuses
        #: Page furniture in full (dimmed), or each run of it collapsed to one row.
        self.show_furniture = False
        self._layouts: OrderedDict[int, ParagraphLayout] = OrderedDict()
        self._display: OrderedDict[int, str] = OrderedDict()
        self.index = LineIndex(self._estimates())
        #: Held while a paragraph is segmented, read and laid out (the reading-ahead worker
        #: does this too) and while what that depends on changes (word breaks, readings).
        self.lock = threading.RLock()
        #: Counts changes of settings, widths and statuses: a layout built before one is stale.
        self.generation = 0

    # -- configuration -------------------------------------------------------------
    @property
    def row_height(self) -> int:
        return self.settings.pinyin.ruby.row_height

    def reset(
        self,
        *,
        settings: ViewSettings | None = None,
        width: int | None = None,
        statuses: Mapping[str, str] | None = None,
        keep_statuses: bool = True,
    ) -> None:
        if settings is not None:
            if settings.script != self.settings.script:
                self._display.clear()
            self.settings = settings
        if width is not None:
            self.width = max(width, 4)
        if statuses is not None or not keep_statuses:
            self.statuses = statuses
        with self.lock:
            self.generation += 1
        self._layouts.clear()
        self.index = LineIndex(self._estimates())

    def forget(self, paragraph: int) -> None:
        """Drop a paragraph's layout (its segmentation or a word's status changed) and its
        text (a word's Traditional form follows its reading, which may have changed)."""
        with self.lock:
            self.generation += 1
        self._layouts.pop(paragraph, None)
        self._display.pop(paragraph, None)

    # -- layout --------------------------------------------------------------------
    @property
    def total_lines(self) -> int:
        return self.index.total

    def is_laid_out(self, paragraph: int) -> bool:
        return paragraph in self._layouts

    def laid_out(self) -> set[int]:
        return set(self._layouts)

    def layout(self, paragraph: int) -> ParagraphLayout:
        cached = self._layouts.get(paragraph)
        if cached is not None:
            self._layouts.move_to_end(paragraph)
            return cached
        with self.lock:
            cached = self._build(paragraph)
        self.install(paragraph, cached)
        return cached

    def segment(self, paragraph: int, again: bool = False) -> None:
        """Find a paragraph's words, the first part of building it (a worker lets the
        view draw between this and :meth:`build`); ``again`` drops its readings, to be
        read again (they have improved)."""
        with self.lock:
            if again:
                self.document.readings.pop(paragraph, None)
                self._display.pop(paragraph, None)
            self.document.tokens(paragraph)

    def build(self, paragraph: int) -> tuple[int, ParagraphLayout]:
        """A paragraph's layout and the generation it was built in, made without keeping
        it (for a worker: :meth:`install` it on the UI thread if the generation holds)."""
        with self.lock:
            return self.generation, self._build(paragraph)

    def install(self, paragraph: int, layout: ParagraphLayout) -> int:
        """Keep a paragraph's layout; returns how many lines its height changed by."""
        self._layouts[paragraph] = layout
        self._layouts.move_to_end(paragraph)
        if len(self._layouts) > _LAYOUT_CACHE_SIZE:
            self._layouts.popitem(last=False)
        rows = len(layout.rows)
        return self.index.set(paragraph, rows * self.row_height + 1 if rows else 0)

    def lay_out_around(self, paragraph: int, above: int, below: int) -> None:
        """Lay out ``paragraph`` and the paragraphs that fill ``above`` lines before it and
        ``below`` lines from its start (the first screen, before the view shows it)."""
        lines, before = 0, paragraph - 1
        while before >= 0 and lines < above:
            self.layout(before)
            lines += self.index.height(before)
            before -= 1
        lines, after = 0, paragraph
        while after < len(self.index) and lines < below:
            self.layout(after)
            lines += self.index.height(after)
            after += 1

    def display_text(self, paragraph: int) -> str:
        """The paragraph in the chosen script with control characters made visible."""
        cached = self._display.get(paragraph)
        if cached is None:
            shown = self.core.paragraph_text(self.document, paragraph, self.settings.script)
            cached = visible(shown)
            self._display[paragraph] = cached
            if len(self._display) > _LAYOUT_CACHE_SIZE:
                self._display.popitem(last=False)
        else:
            self._display.move_to_end(paragraph)
        return cached

    def token_text(self, paragraph: int, token: Token) -> str:
        start = self.document.paragraphs[paragraph][0]
        return self.display_text(paragraph)[token.start - start : token.end - start]

    def shows_reading(self, token: Token) -> bool:
        if self.settings.pinyin is PinyinMode.OFF:
            return False
        if self.settings.pinyin is PinyinMode.UNKNOWN and self.statuses is not None:
            return self.status(token) not in KNOWN_STATUSES
        return True

    def status(self, token: Token) -> str | None:
        if not self.statuses or not token.is_chinese:
            return None
        return self.statuses.get(token.text)

    def hidden(self, paragraph: int) -> bool:
        """Whether a paragraph is page furniture, collapsed out of the way."""
        return not self.show_furniture and self.document.is_furniture(paragraph)

    def _build(self, paragraph: int) -> ParagraphLayout:
        if self.hidden(paragraph):
            return self._collapsed(paragraph)
        tokens = self.document.tokens(paragraph)
        readings = (
            self.core.readings(self.document, paragraph)
            if self.settings.pinyin is not PinyinMode.OFF or self.settings.tone_colours
            else [""] * len(tokens)
        )
        items, tones, parity = [], [], []
        word_number = 0
        # Tone marks are written together (xī'ān); numbers and zhuyin need a space.
        joiner = "" if self.settings.style == "marks" else " "
        for token, reading in zip(tokens, readings, strict=True):
            text = self.token_text(paragraph, token)
            numbered = syllables(reading) if reading else []
            tones.append(tuple(tone_of(s) for s in numbered))
            shown = (
                tuple(_ruby_syllables(numbered, self.settings.style))
                if numbered and self.shows_reading(token)
                else ()
            )
            if "\n" in token.text:
                items.append(Item("", space=True))
            else:
                items.append(Item(text, shown, space=token.kind is Kind.SPACE, joiner=joiner))
            if token.is_word:
                parity.append(word_number % 2)
                word_number += 1
            else:
                parity.append(-1)
        rows = layout_paragraph(items, self.width, self.settings.pinyin.ruby)
        return ParagraphLayout(rows, items, tones, parity)

    def _collapsed(self, paragraph: int) -> ParagraphLayout:
        """A run of furniture as one row: the start of its first line and how many lines
        are hidden (the marker is an item after the tokens, so no token's index moves).
        The rest of the run takes no room."""
        if paragraph and self.hidden(paragraph - 1):
            return ParagraphLayout([], [], [], [])
        document = self.document
        end = paragraph
        while end < len(document.paragraphs) and self.hidden(end):
            end += 1
        lines = sum(1 for p in range(paragraph, end) if not _blank(document, p))
        items = self.plain_items(paragraph)
        marker = Item(f" ⋯ {lines} line{'s' if lines != 1 else ''} of page furniture (F shows)")
        marker_width = cell_len(marker.text)
        rows = layout_paragraph(items, max(self.width - marker_width, 4), Ruby.NONE)
        first = rows[0] if rows else ()
        column = max((piece.column + piece.width for piece in first), default=0)
        row = (*first, Piece(len(items), column, marker_width, 0, len(marker.text)))
        return ParagraphLayout(
            [row], [*items, marker], [()] * (len(items) + 1), [-1] * (len(items) + 1)
        )

    def plain_items(self, paragraph: int) -> list[Item]:
        """The paragraph's tokens as items with no reading (a collapsed run's first line)."""
        return [
            Item("", space=True)
            if "\n" in token.text
            else Item(self.token_text(paragraph, token), space=token.kind is Kind.SPACE)
            for token in self.document.tokens(paragraph)
        ]

    def _estimates(self) -> list[int]:
        return [self._estimate(p) for p in range(len(self.document.paragraphs))]

    def _estimate(self, paragraph: int) -> int:
        start, end = self.document.paragraphs[paragraph]
        length = end - start
        if length == 0 or self.document.text[start:end].isspace():
            return 0
        ruby = self.settings.pinyin.ruby
        rows = math.ceil(length * 2 * _ESTIMATE_FACTOR[ruby] / self.width)
        return rows * ruby.row_height + 1


def _blank(document: Document, paragraph: int) -> bool:
    start, end = document.paragraphs[paragraph]
    return document.text[start:end].isspace() or start == end


def _ruby_syllables(numbered: list[str], style: str) -> Iterator[str]:
    """Each syllable rendered; in tone marks with what ``separators`` puts before it (an
    apostrophe in xī'ān, a space before a name's next part in Zēng Guóyáng)."""
    shown = [render(syllable, style) for syllable in numbered]
    if style != "marks":
        yield from shown
        return
    for separator, syllable in zip(separators(shown), shown, strict=True):
        yield separator + syllable
