"""Drawing one row of the article as segments: word shading, statuses, cursor, hover,
tone colours and the reading over or after each word. A mixin of :class:`ArticleView`,
which decides which rows to draw and caches them."""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from readaid.tui.draft import draw_draft_row
from readaid.tui.flow import ArticleFlow, ParagraphLayout
from readaid.tui.layout import Piece, Ruby

#: Memoised styles with a token's meta kept at most (a few screens' worth of words).
TOKEN_STYLES = 20_000


class RowPainter:
    flow: ArticleFlow | None
    _styles: dict[str, Style]
    _sums: dict[tuple[Style, Style], Style]
    _token_styles: dict[tuple[Style, tuple[int, int]], Style]

    def _add(self, first: Style, second: Style) -> Style:
        key = (first, second)
        total = self._sums.get(key)
        if total is None:
            total = self._sums[key] = first + second
        return total

    def _with_token(self, style: Style, token: tuple[int, int]) -> Style:
        """``style`` carrying the token in its meta (how the mouse finds a word), memoised:
        rich's own cache of style sums is too small for one per word on screen."""
        key = (style, token)
        found = self._token_styles.get(key)
        if found is None:
            if len(self._token_styles) > TOKEN_STYLES:
                self._token_styles.clear()
            found = style + Style.from_meta({"token": token})
            self._token_styles[key] = found
        return found

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            # The partial style says which attributes the class sets; the full one has its
            # colours blended over the background (``$foreground 7%`` becomes a real colour).
            partial = self.get_component_rich_style(name, partial=True)
            full = self.get_component_rich_style(name)
            style = partial + Style(
                color=full.color if partial.color else None,
                bgcolor=full.bgcolor if partial.bgcolor else None,
            )
            self._styles[name] = style
        return style

    def _draw_row(
        self,
        paragraph: int,
        layout: ParagraphLayout,
        pieces,
        sub: int,
        cursor: int | None,
        hover: int | None,
        width: int,
        base: Style,
    ) -> Strip:
        assert self.flow is not None
        ruby = self.flow.settings.pinyin.ruby
        ruby_line = ruby is Ruby.OVER and sub == 0
        if self.flow.document.is_furniture(paragraph):
            base = self._add(base, self._style("article--furniture"))
        if self.flow.is_draft:
            return draw_draft_row(layout, pieces, ruby_line, width, base)
        tokens = self.flow.document.tokens(paragraph)
        matched = self.matched(paragraph)
        segments: list[Segment] = []
        column = 0
        for piece in pieces:
            if piece.column > column:
                segments.append(Segment(" " * (piece.column - column), base))
            if piece.index >= len(tokens):  # what a collapsed run of furniture says
                marker = layout.items[piece.index].text
                clickable = base + Style.from_meta({"furniture": True})
                segments.append(Segment(" " * piece.width if ruby_line else marker, clickable))
                column = piece.column + piece.width
                continue
            token_style = self._add(
                base,
                self._token_style(
                    layout, tokens[piece.index], piece.index, cursor, hover, piece.index in matched
                ),
            )
            token = (paragraph, piece.index)
            for segment in self._draw_piece(layout, piece, token_style, ruby, ruby_line):
                segments.append(Segment(segment.text, self._with_token(segment.style, token)))
            column = piece.column + piece.width
        strip = Strip(segments, column)
        return strip.extend_cell_length(width, base).crop(0, width)

    def matched(self, paragraph: int) -> frozenset[int]:  # pragma: no cover - ArticleView's
        raise NotImplementedError

    def _token_style(
        self, layout: ParagraphLayout, token, index: int, cursor, hover, match: bool = False
    ) -> Style:
        parity = layout.parity[index]
        if parity >= 0:
            style = self._style("article--word-b" if parity else "article--word-a")
        elif not token.text.isspace():
            style = self._style("article--punctuation")
        else:
            style = Style()
        status = self.flow.status(token) if self.flow else None
        if status in ("learning", "new", "known"):
            style = self._add(style, self._style(f"article--{status}"))
        if match:
            style = self._add(style, self._style("article--match"))
        if index == hover:
            style = self._add(style, self._style("article--hover"))
        if index == cursor:
            style = self._add(style, self._style("article--cursor"))
        return style

    def _draw_piece(
        self, layout: ParagraphLayout, piece: Piece, style: Style, ruby: Ruby, ruby_line: bool
    ):
        item = layout.items[piece.index]
        text = item.text[piece.start : piece.end]
        syllables = item.syllables[piece.syllable_start : piece.syllable_end]
        tones = layout.tones[piece.index]
        colours = self.flow is not None and self.flow.settings.tone_colours
        ruby_style = self._add(style, self._style("article--ruby"))
        joiner = item.joiner
        if ruby_line:
            shown = joiner.join(syllables)
            pad = (piece.width - cell_len(shown)) // 2
            out = [Segment(" " * pad, style)] if pad else []
            for number, syllable in enumerate(syllables, start=piece.syllable_start):
                if joiner and number > piece.syllable_start:
                    out.append(Segment(joiner, ruby_style))
                out.append(Segment(syllable, self._tone(ruby_style, tones, number, colours)))
            rest = piece.width - pad - cell_len(shown)
            return out + ([Segment(" " * rest, style)] if rest > 0 else [])
        per_char = colours and len(tones) == len(item.text)
        if per_char:
            characters = [
                Segment(ch, self._tone(style, tones, piece.start + n, True))
                for n, ch in enumerate(text)
            ]
        else:
            characters = [Segment(text, style)]
        if ruby is Ruby.INLINE:
            for number, syllable in enumerate(syllables, start=piece.syllable_start):
                if joiner and number > piece.syllable_start:
                    characters.append(Segment(joiner, ruby_style))
                characters.append(Segment(syllable, self._tone(ruby_style, tones, number, colours)))
            return characters
        used = sum(cell_len(segment.text) for segment in characters)
        pad = (piece.width - used) // 2
        out = [Segment(" " * pad, style)] if pad else []
        rest = piece.width - pad - used
        return out + characters + ([Segment(" " * rest, style)] if rest > 0 else [])

    def _tone(self, style: Style, tones: tuple[int, ...], number: int, colours: bool) -> Style:
        if not colours or number >= len(tones):
            return style
        return self._add(style, self._style(f"article--tone-{tones[number]}"))
