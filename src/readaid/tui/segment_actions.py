"""Fixing the segmentation: split a word, choose how a run of characters is cut, merge a
word with the next; the fixes are kept per text in the store. A mixin of
:class:`~readaid.tui.reader_screen.ReaderScreen`."""

from __future__ import annotations

from textual import work

from readaid.tui.services import StoreUnavailable


class SegmentActions:
    def action_segment(self) -> None:
        word = self._word()
        if word is None:
            return
        if not word[2].is_chinese:
            self.notify("Only Chinese words can be split or merged.", timeout=2)
            return
        from readaid.tui.screens.segment import SegmentScreen, choices

        paragraph, _, token, _, _ = word
        end = self.document.paragraphs[paragraph][1]
        options = choices(self.document.text, token.start, end, len(token.text), self.core.entries)
        self.app.push_screen(
            SegmentScreen(token.text, options, self.settings.style),
            lambda length: self.resegment(token.start, length),
        )

    def action_merge_next(self) -> None:
        current = self.current_token()
        if current is None:
            return
        paragraph, index, token = current
        tokens = self.document.tokens(paragraph)
        following = next((t for t in tokens[index + 1 :] if t.is_word), None)
        if (
            following is None
            or not (token.is_chinese and following.is_chinese)
            or following.start != token.end
        ):
            self.notify("Only two neighbouring Chinese words can be merged.", timeout=2)
            return
        self.resegment(token.start, following.end - token.start)

    def resegment(self, start: int, length: int | None) -> None:
        """Make ``text[start:start+length]`` one token; the cursor stays on it."""
        if not length or self.document is None:
            return
        document = self.document
        paragraph, index = document.token_at(start)
        token = document.tokens(paragraph)[index]
        end = start + length
        # The reading-ahead worker reads paragraphs under this lock: none is read halfway
        # through a change of its word breaks.
        with self.article.flow.lock:
            if end < token.end:
                document.split(end)
            else:
                _, last = document.token_at(end - 1)
                if document.tokens(paragraph)[last].end != end:
                    document.split(end)
                document.merge(start, end)
        self.article.redraw_paragraph(paragraph)
        self.article.move_cursor(document.token_at(start))
        self._update_gloss()
        self._save_overrides()

    @work(thread=True, group="store")
    def _save_overrides(self) -> None:
        overrides = self.document.overrides
        try:
            self.app.vocabulary.save_overrides(
                self.key, set(overrides.breaks), set(overrides.joins)
            )
        except StoreUnavailable:
            pass  # kept in memory for this session (app.overrides)
        except Exception as error:
            self.app.call_from_thread(
                self.app.notify, f"could not save the fix: {error}", severity="error"
            )
