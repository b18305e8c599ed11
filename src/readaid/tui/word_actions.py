"""What the learner does with a word or the text: save, mark known, copy, look up, search,
go to a position, fix the segmentation, get help. A mixin of :class:`ReaderScreen`."""

from __future__ import annotations

from textual import work
from textual.message import Message

from readaid.language.script import Script, convert
from readaid.tui.gloss import shown_reading
from readaid.tui.panels import PromptBar
from readaid.tui.search import compile_query, count, find
from readaid.tui.services import StoreUnavailable

NO_STORE = "vocabulary store not available"


class WordSaved(Message):
    """A word (with its sentence) is now in the vocabulary store."""

    def __init__(self, simplified: str, traditional: str, pinyin: str) -> None:
        super().__init__()
        self.simplified = simplified
        self.traditional = traditional
        self.pinyin = pinyin


class StatusChanged(Message):
    """A word's status changed (in the store, or for this session when there is none)."""

    def __init__(self, word: str, status: str) -> None:
        super().__init__()
        self.word = word
        self.status = status


def both_scripts(text: str, entry) -> tuple[str, str]:
    """A word's Simplified and Traditional forms, the dictionary's where it has them."""
    simplified = convert(text, Script.SIMPLIFIED)
    if entry is not None and entry.simplified == simplified:
        return simplified, entry.traditional
    return simplified, convert(text, Script.TRADITIONAL)


class WordActions:
    _pattern = None

    # -- the word at the cursor ------------------------------------------------------
    def _word(self):
        """``(paragraph, index, token, reading, entry or None)`` for a word at the cursor."""
        current = self.current_token()
        if current is None or not current[2].is_word:
            return None
        return self.word_at(current[0], current[1])

    def word_at(self, paragraph: int, index: int):
        """``(paragraph, index, token, reading, entry or None)``: the entry whose reading
        is the one shown (the everyday sense among several: 台风 typhoon), else the first."""
        token = self.document.tokens(paragraph)[index]
        reading = self.reading_of(paragraph, index)
        entries = self.core.led_entries(token, reading)
        same = [e for e in entries if e.pinyin.lower() == reading.lower()]
        return paragraph, index, token, reading, (same or entries or [None])[0]

    def action_save_word(self) -> None:
        word = self._word()
        if word is None:
            return
        paragraph, index, token, reading, entry = word
        sentence, position = self.document.sentence_text(token.start)
        simplified, traditional = both_scripts(token.text, entry)
        self._save_worker(
            dict(
                simplified=simplified,
                traditional=traditional,
                pinyin=reading,
                senses=tuple(entry.senses) if entry else (),
                sentence=sentence,
                position=position,
                source=self.loaded.shown_name,
                offset=token.start,
            )
        )

    @work(thread=True, group="store")
    def _save_worker(self, fields: dict) -> None:
        app = self.app
        try:
            app.vocabulary.save(**fields)
        except StoreUnavailable as error:
            app.call_from_thread(app.notify, str(error), title="Not saved", severity="warning")
            return
        except Exception as error:  # the store's own errors are shown, not raised at the user
            app.call_from_thread(app.notify, f"could not save: {error}", severity="error")
            return
        self.post_message(WordSaved(fields["simplified"], fields["traditional"], fields["pinyin"]))

    def on_word_saved(self, message: WordSaved) -> None:
        reading = shown_reading(message.pinyin, self.settings.style) if message.pinyin else ""
        self.notify(f"Saved {message.simplified} {reading}".rstrip(), timeout=2)
        self._set_status((message.simplified, message.traditional), "learning")

    def action_mark_known(self) -> None:
        word = self._word()
        if word is None:
            return
        _, _, token, reading, entry = word
        self._known_worker(
            token.text,
            reading,
            entry.traditional if entry else token.text,
            entry.simplified if entry else token.text,
        )

    @work(thread=True, group="store")
    def _known_worker(self, text: str, reading: str, traditional: str, simplified: str) -> None:
        app = self.app
        try:
            app.vocabulary.set_status(text, "known", pinyin=reading or None)
        except StoreUnavailable:
            app.call_from_thread(
                app.notify, f"{NO_STORE}: {text} is known for this session only", severity="warning"
            )
        except Exception as error:
            app.call_from_thread(app.notify, f"could not mark known: {error}", severity="error")
            return
        self.post_message(StatusChanged(text, "known"))
        app.call_from_thread(self._set_status, (text, traditional, simplified), "known")

    def _set_status(self, words, status: str) -> None:
        statuses = dict(self.statuses or {})
        for word in words:
            statuses[word] = status
        self.statuses = statuses
        self.article.relayout(statuses=statuses)
        self._update_gloss()
        self._update_status()  # the share known changed

    def action_copy_word(self) -> None:
        current = self.current_token()
        if current is None:
            return
        paragraph, _, token = current
        text = self.article.flow.token_text(paragraph, token)
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {text}", timeout=2)

    def action_open_entry(self) -> None:
        # Screens are imported when first opened: the first frame does without them.
        from readaid.tui.screens.entry import EntryScreen

        word = self._word()
        if word is None:
            return
        paragraph, _, token, reading, _ = word
        shown = self.article.flow.token_text(paragraph, token)

        def lookup(text: str, reading: str):
            # The word itself by its token, so a name found in the text keeps its entry.
            entries = self.core.led_entries(token if text == shown else text, reading)
            return entries, self.core.dictionary.characters(text)

        self.app.push_screen(
            EntryScreen(shown, reading, lookup, self.settings.tone_colours, self.settings.style)
        )

    def action_help(self) -> None:
        from readaid.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.app.key_help(self), self.app.settings_note()))

    # -- search and go-to ----------------------------------------------------------------
    def action_search(self) -> None:
        self.query_one(PromptBar).ask(
            "search", "Search: Chinese, pinyin (tones optional) or English; Enter"
        )

    def action_go_to(self) -> None:
        self.query_one(PromptBar).ask("go-to", "Go to position in percent (0-100); Enter")

    def action_save_list(self) -> None:
        current = self.app.vocabulary.save_list or (self.loaded.shown_name if self.loaded else "")
        self.query_one(PromptBar).ask(
            "save-list", f"Save words into list (now: {current}); Enter; empty: the text's name"
        )

    def on_prompt_bar_answered(self, message: PromptBar.Answered) -> None:
        self.article.focus()
        value = message.value.strip()
        if message.purpose == "save-list":
            self.app.vocabulary.save_list = " ".join(value.split())
            shown = self.app.vocabulary.save_list or "the text's name"
            self.notify(f"Saving words into list: {shown}", timeout=3)
            return
        if not value and message.purpose == "search":
            self._pattern = None
            self.article.highlight(None)  # an empty search clears the marks
        if not value or self.document is None:
            return
        if message.purpose == "search":
            from readaid.language.dictionary import QUERY_LIMIT

            if len(value) > QUERY_LIMIT:
                self.notify(f"Search for at most {QUERY_LIMIT} characters.", severity="warning")
                return
            self._search(value)
        elif message.purpose == "go-to":
            try:
                percent = float(value.rstrip("%"))
            except ValueError:
                self.notify(f"not a percentage: {value}", severity="warning")
                return
            self._go_to_offset(int(len(self.document.text) * min(max(percent, 0.0), 100.0) / 100))

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        """Build and count the search off the UI thread: a long English or pinyin query
        asks the dictionary for many words, and the scan covers the whole text."""
        assert self.document is not None
        pattern = compile_query(query, self.core.dictionary)
        total = count(self.document.text, pattern) if pattern else 0
        self.app.call_from_thread(self._searched, query, pattern, total)

    def _searched(self, query: str, pattern, total: int) -> None:
        self._pattern = pattern
        self.article.highlight(pattern)
        self.notify(f"{total} match{'es' if total != 1 else ''} for “{query}”", timeout=3)
        if total:
            self.action_search_next(1)

    def action_search_next(self, step: int) -> None:
        if self._pattern is None or self.document is None:
            self.notify("Search first with /", timeout=2)
            return
        offset = find(self.document.text, self._pattern, self.position_offset(), step)
        if offset is None:
            self.notify("No match", timeout=2)
            return
        self.article.move_cursor(self.document.token_at(offset))

    def _go_to_offset(self, offset: int, at_top: bool = False) -> None:
        """Put the cursor on the word at ``offset``; ``at_top``: with its row at the top
        of the screen (a chapter's start), else just in view."""
        text = self.document.text
        paragraph, index = self.document.token_at(min(offset, max(len(text) - 1, 0)))
        flow = self.article.flow
        target = flow.first_word(paragraph, index) or flow.next_word(paragraph, index, -1)
        if at_top and target is not None:
            self.article.move_cursor_to_top(target)
        else:
            self.article.move_cursor(target)

    # -- segmentation ------------------------------------------------------------------
