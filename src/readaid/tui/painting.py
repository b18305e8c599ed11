"""Drawing one row of the article as segments: word shading, statuses, cursor, hover,
tone colours and the reading over or after each word. A mixin of :class:`ArticleView`,
which decides which rows to draw and caches them.

A row is drawn inside a frame, so it is built cheaply: a word's look is named by a small
tuple (its shading, status, search match, hover, cursor) and each look's styles are
summed once; each cell gets its word's id in its style meta (how the mouse finds a word)
through one memoised sum per word and look; runs of characters of the same tone are one
segment; and the row is padded to the view's width as it is built, not copied to pad it.
"""

from __future__ import annotations

from itertools import islice

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from readaid.tui.draft import draw_draft_row
from readaid.tui.flow import ArticleFlow, ParagraphLayout
from readaid.tui.layout import Piece, Ruby

#: Words whose styles (with their meta) are kept at most: a dozen screens' worth.
TOKEN_STYLES = 6_000
#: What a style is for within a word: its text, its reading; plus a tone (1-5) for the
#: tone colour of a character or syllable.
TEXT, READING = 0, 10

#: How a word looks: (furniture, shading, status, matched, hovered, under the cursor);
#: shading is "a"/"b" (alternating words), "punctuation" or "" (whitespace).
Look = tuple[bool, str, str | None, bool, bool, bool]


class RowPainter:
    flow: ArticleFlow | None
    _styles: dict[str, Style]
    _sums: dict[tuple[Look, int], Style]
    _token_styles: dict[tuple[tuple[int, int], Look], WordStyles]
    _base_style: Style | None

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

    def _look_style(self, look: Look, role: int) -> Style:
        """The style of a word with this look, for this role (no meta), summed once: the
        view's base, furniture, shading, status, match, hover, cursor, reading, tone."""
        key = (look, role)
        style = self._sums.get(key)
        if style is None:
            furniture, shading, status, match, hovered, under_cursor = look
            names = ["article--furniture"] if furniture else []
            if shading in ("a", "b"):
                names.append(f"article--word-{shading}")
            elif shading:
                names.append("article--punctuation")
            if status in ("learning", "new", "known"):
                names.append(f"article--{status}")
            names += ["article--match"] * match + ["article--hover"] * hovered
            names += ["article--cursor"] * under_cursor
            if role >= READING:
                names.append("article--ruby")
            if role % READING:
                names.append(f"article--tone-{role % READING}")
            assert self._base_style is not None
            style = self._base_style
            for name in names:
                style = style + self._style(name)
            self._sums[key] = style
        return style

    def _word_styles(self, token: tuple[int, int], look: Look) -> WordStyles:
        """A word's styles with this look, by role, each carrying the token in its meta
        (memoised: rich's own cache of style sums is too small for every word on screen)."""
        key = (token, look)
        found = self._token_styles.get(key)
        if found is None:
            memo = self._token_styles
            if len(memo) >= TOKEN_STYLES:
                # The older half goes (the words on screen were met last, mostly): not all
                # of it, or the next frame would make every word's styles again.
                for old in list(islice(memo, TOKEN_STYLES // 2)):
                    del memo[old]
            found = memo[key] = WordStyles(self, token, look)
        return found

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
        flow = self.flow
        assert flow is not None
        ruby = flow.settings.pinyin.ruby
        ruby_line = ruby is Ruby.OVER and sub == 0
        furniture = flow.document.is_furniture(paragraph)
        if furniture:
            base = self._look_style((True, "", None, False, False, False), TEXT)
        if flow.is_draft:
            return draw_draft_row(layout, pieces, ruby_line, width, base)
        tokens = flow.document.tokens(paragraph)
        matched = self.matched(paragraph)
        colours = flow.settings.tone_colours
        segments: list[Segment] = []
        column = 0
        for piece in pieces:
            index = piece.index
            if piece.column > column:
                segments.append(Segment(" " * (piece.column - column), base))
            column = piece.column + piece.width
            if index >= len(tokens):  # what a collapsed run of furniture says
                marker = layout.items[index].text
                clickable = base + Style.from_meta({"furniture": True})
                segments.append(Segment(" " * piece.width if ruby_line else marker, clickable))
                continue
            token = tokens[index]
            parity = layout.parity[index]
            if parity >= 0:
                shading = "b" if parity else "a"
            else:
                shading = "" if token.text.isspace() else "punctuation"
            look = (
                furniture,
                shading,
                flow.status(token),
                index in matched,
                index == hover,
                index == cursor,
            )
            styles = self._word_styles((paragraph, index), look)
            self._draw_piece(segments, layout, piece, styles, ruby, sub, colours)
        if column < width:
            segments.append(Segment(" " * (width - column), base))
            return Strip(segments, width)
        return Strip(segments, column).crop(0, width)

    def matched(self, paragraph: int) -> frozenset[int]:  # pragma: no cover - ArticleView's
        raise NotImplementedError

    def _draw_piece(
        self,
        segments: list[Segment],
        layout: ParagraphLayout,
        piece: Piece,
        styles: WordStyles,
        ruby: Ruby,
        sub: int,
        colours: bool,
    ) -> None:
        """Append the segments of one piece of a word: centred in its column on the line
        of readings or of characters, or its characters followed by its reading."""
        item = layout.items[piece.index]
        syllables = item.syllables[piece.syllable_start : piece.syllable_end]
        ruby_line = ruby is Ruby.OVER and sub == 0
        if not syllables:  # the piece is as wide as its characters, with nothing over them
            if ruby_line:
                segments.append(Segment(" " * piece.width, styles[TEXT]))
            else:
                text = item.text[piece.start : piece.end]
                tones = layout.tones[piece.index] if colours else ()
                per_character = tones if len(tones) == len(item.text) else ()
                _draw_characters(segments, text, styles, per_character, piece.start)
            return
        tones = layout.tones[piece.index] if colours else ()
        joiner = item.joiner
        # Inline, the reading follows the characters: nothing to centre.
        inline = ruby is Ruby.INLINE
        if ruby_line:
            used = cell_len(joiner.join(syllables))
        else:
            text = item.text[piece.start : piece.end]
            used = piece.width if inline else cell_len(text)
        pad = (piece.width - used) // 2
        if pad > 0:
            segments.append(Segment(" " * pad, styles[TEXT]))
        if not ruby_line:
            # A tone colour a character where the word has one syllable a character.
            per_character = tones if len(tones) == len(item.text) else ()
            _draw_characters(segments, text, styles, per_character, piece.start)
        if ruby_line or inline:
            for number, syllable in enumerate(syllables, start=piece.syllable_start):
                if joiner and number > piece.syllable_start:
                    segments.append(Segment(joiner, styles[READING]))
                tone = tones[number] if number < len(tones) else 0
                segments.append(Segment(syllable, styles[READING + tone]))
        rest = piece.width - pad - used
        if rest > 0:
            segments.append(Segment(" " * rest, styles[TEXT]))


class WordStyles(dict[int, Style]):
    """One word's styles with one look, by role, made when first asked for: the look's
    style plus the word's id in meta."""

    def __init__(self, painter: RowPainter, token: tuple[int, int], look: Look) -> None:
        super().__init__()
        self.painter, self.look = painter, look
        self.meta = Style.from_meta({"token": token})

    def __missing__(self, role: int) -> Style:
        style = self[role] = self.painter._look_style(self.look, role) + self.meta
        return style


def _draw_characters(
    segments: list[Segment], text: str, styles: WordStyles, tones: tuple[int, ...], start: int
) -> None:
    """A word's characters, each in its tone's colour if ``tones`` are given (those of the
    whole word: this piece starts at character ``start``); characters of one tone side by
    side are one segment."""
    if not tones or not text:
        segments.append(Segment(text, styles[TEXT]))
        return
    run_start, run_tone = 0, tones[start]
    for offset in range(1, len(text) + 1):
        tone = tones[start + offset] if offset < len(text) else -1
        if tone != run_tone:
            segments.append(Segment(text[run_start:offset], styles[TEXT + run_tone]))
            run_start, run_tone = offset, tone
