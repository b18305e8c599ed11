"""The reading screen: status line, article, gloss panel, prompt and footer.

It mediates: the article posts what happened (cursor moved, word hovered), the screen
asks the core for glosses and tells the panel and status line what to show. Slow work
(opening the document, the store) runs in worker threads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer

from readaid.language.document import Document, Token
from readaid.text import LoadedText
from readaid.tui.article import ArticleView
from readaid.tui.chapter_actions import ChapterActions
from readaid.tui.display_actions import DisplayActions
from readaid.tui.gloss import full_gloss, short_gloss
from readaid.tui.known_share import KnownShare
from readaid.tui.opening import Opening
from readaid.tui.panels import GlossPanel, PromptBar, StatusLine
from readaid.tui.paragraph_actions import ParagraphActions
from readaid.tui.segment_actions import SegmentActions
from readaid.tui.view_settings import ViewSettings
from readaid.tui.vocabulary_actions import VocabularyActions
from readaid.tui.word_actions import WordActions

if TYPE_CHECKING:  # not imported for real: the first frame is drawn before the core loads
    from readaid.language.reader import ReadingCore

SAVE_POSITION_DELAY = 2.0
#: Below this many columns the gloss panel sits under the text instead of beside it.
NARROW_WIDTH = 90


class ReaderScreen(
    Opening,
    DisplayActions,
    WordActions,
    SegmentActions,
    VocabularyActions,
    ChapterActions,
    ParagraphActions,
    KnownShare,
    Screen,
):
    BINDINGS = [
        Binding("p", "cycle_pinyin", "Pinyin", id="pinyin-mode"),
        Binding("P", "cycle_pinyin_style", "Marks/numbers/zhuyin", id="pinyin-style", show=False),
        Binding("c", "toggle_colours", "Tone colours", id="tone-colours", show=False),
        Binding("t", "cycle_script", "Script", id="script"),
        Binding("i", "toggle_gloss", "Gloss panel", id="gloss-panel", show=False),
        Binding("enter", "open_entry", "Entry", id="open-entry", show=False),
        Binding("s", "save_word", "Save", id="save-word"),
        Binding("K", "mark_known", "Mark known", id="mark-known", show=False),
        Binding("A", "mark_page_known", "Mark page known", id="mark-page-known", show=False),
        Binding("v", "vocabulary", "Vocabulary", id="vocabulary"),
        Binding("w", "prestudy", "Words to learn", id="prestudy", show=False),
        Binding("W", "progress", "Progress", id="progress", show=False),
        Binding("L", "save_list", "List to save into", id="save-list", show=False),
        Binding("y", "copy_word", "Copy word", id="copy-word", show=False),
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "search_next(1)", "Next match", id="search-next", show=False),
        Binding("N", "search_next(-1)", "Previous match", id="search-previous", show=False),
        Binding(
            "right_square_bracket", "chapter(1)", "Next chapter", id="chapter-next", show=False
        ),
        Binding(
            "left_square_bracket",
            "chapter(-1)",
            "Previous chapter",
            id="chapter-previous",
            show=False,
        ),
        Binding("C", "chapters", "Chapters", id="chapters", show=False),
        Binding("percent_sign", "go_to", "Go to %", id="go-to", show=False),
        Binding("x", "segment", "Split/merge word", id="segment", show=False),
        Binding("m", "merge_next", "Merge with next word", id="merge-next", show=False),
        *ParagraphActions.PARAGRAPH_BINDINGS,
        Binding("escape", "library", "Library", id="library", show=False),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, source: LoadedText | str) -> None:
        super().__init__()
        self.source = source
        self.loaded: LoadedText | None = source if isinstance(source, LoadedText) else None
        self.document: Document | None = None
        self.core: ReadingCore | None = None
        self.key = ""
        self.settings: ViewSettings = self.app.config.view_settings()
        self.statuses: dict[str, str] | None = None
        self._position_timer = None
        #: Where the cursor is (a character offset): what the reading position records.
        self._offset = 0
        self.chapter_offsets: dict[int, int] = {}

    def compose(self) -> ComposeResult:
        # Only the status line and the footer are docked (docks at one edge overlap); the
        # gloss panel sits beside the text, or below it when narrow, and the prompt under both.
        yield StatusLine(Text("Opening…"), id="status")
        with Container(id="body"):
            yield ArticleView(id="article")
            panel = GlossPanel(id="gloss")
            panel.display = self.app.config.gloss_panel
            yield panel
        yield PromptBar(id="prompt")
        yield Footer(compact=True)

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.article.focus()
        self._place_gloss(self.app.size.width)
        self.start_opening()

    def on_resize(self, event: events.Resize) -> None:
        self._place_gloss(event.size.width)
        self._update_status()  # how much the line holds depends on the width

    def _place_gloss(self, width: int) -> None:
        """On a narrow terminal the gloss goes below the text, which keeps its width."""
        narrow = width < NARROW_WIDTH
        self.query_one(GlossPanel).set_class(narrow, "-below")
        self.query_one("#body").set_class(narrow, "-narrow")

    # -- what the article tells us -----------------------------------------------------
    def current_token(self) -> tuple[int, int, Token] | None:
        cursor = self.article.cursor
        if self.document is None or cursor is None:
            return None
        paragraph, index = cursor
        return paragraph, index, self.document.tokens(paragraph)[index]

    def reading_of(self, paragraph: int, index: int) -> str:
        assert self.core is not None and self.document is not None
        # The core applies the source's printed readings (hints) itself.
        return self.core.readings(self.document, paragraph)[index]

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        if self.document is not None:
            paragraph, index = message.token
            self._offset = self.document.tokens(paragraph)[index].start
            self.note_chapter_position(self._offset)
        self._update_status()
        self._update_gloss()
        if self._position_timer is not None:
            self._position_timer.stop()
        self._position_timer = self.set_timer(SAVE_POSITION_DELAY, self._save_position_later)

    def on_article_view_token_hovered(self, message: ArticleView.TokenHovered) -> None:
        article = self.article
        if message.token is None or self.document is None or self.core is None:
            article.tooltip = None
            return
        paragraph, index = message.token
        token = self.document.tokens(paragraph)[index]
        if not token.is_word:
            article.tooltip = None
            return
        styles = self.query_one(GlossPanel).styles_for(
            self.settings.tone_colours, self.settings.style
        )
        word = article.flow.token_text(paragraph, token) if article.flow else token.text
        reading = self.reading_of(paragraph, index)
        article.tooltip = short_gloss(
            word,
            reading,
            self.core.led_entries(token, reading),
            styles,
            self.core.dictionary.characters(token.text),
        )

    def _update_status(self) -> None:
        if self.document is None or self.loaded is None:
            return
        current = self.current_token()
        length = len(self.document.text)
        percent = 100.0 * current[2].start / length if current and length else 0.0
        extras = [label] if (label := self.known_label()) else []
        if self.settings.style != "marks":
            extras.append(self.settings.style)
        if not self.settings.tone_colours:
            extras.append("no colours")
        extra = " · ".join(extras)
        self.query_one(StatusLine).show(
            self.loaded.shown_name,
            percent,
            self.settings.script.label,
            self.settings.pinyin.label,
            extra,
            chapter=self.chapter_label(),
        )

    def _update_gloss(self) -> None:
        panel = self.query_one(GlossPanel)
        current = self.current_token()
        if not panel.display or current is None or self.core is None:
            return
        paragraph, index, token = current
        if not token.is_word:
            return
        flow = self.article.flow
        word = flow.token_text(paragraph, token) if flow else token.text
        reading = self.reading_of(paragraph, index)
        entries = self.core.led_entries(token, reading)
        characters = self.core.dictionary.characters(token.text)
        styles = panel.styles_for(self.settings.tone_colours, self.settings.style)
        gloss = full_gloss(word, reading, entries, characters, styles)
        status = self.statuses.get(token.text) if self.statuses and token.is_chinese else None
        if status:
            gloss = Text.assemble((f"[{status}]", styles.muted), "\n", gloss)
        panel.show(gloss)

    # -- reading position ------------------------------------------------------------
    def position_offset(self) -> int:
        return self._offset

    def _save_position_later(self) -> None:
        self._save_position_worker(self.position_offset(), dict(self.chapter_offsets))

    @work(thread=True, exclusive=True, group="position")
    def _save_position_worker(self, offset: int, chapter_offsets: dict[int, int]) -> None:
        self.save_position(offset, chapter_offsets)

    def save_position(
        self, offset: int | None = None, chapter_offsets: dict[int, int] | None = None
    ) -> None:
        if self.document is None or self.loaded is None or not self.key:
            return
        offset = self._offset if offset is None else offset
        self.app.positions.remember(
            self.key,
            name=self.loaded.shown_name,
            source=self.loaded.source,
            offset=offset,
            length=len(self.document.text),
            chapter=self.chapter_number(offset),
            chapter_offsets=dict(self.chapter_offsets)
            if chapter_offsets is None
            else chapter_offsets,
            script=self.chosen_script.value if self.chosen_script else None,
        )

    def on_unmount(self) -> None:
        self.save_position()
        self.keep_pending_choices()

    async def action_quit(self) -> None:
        self.save_position()
        self.keep_pending_choices()
        self.app.exit()

    def action_library(self) -> None:
        self.save_position()
        self.keep_pending_choices()
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            # Opened by path: the library takes this reader's place.
            self.app.show_library()
