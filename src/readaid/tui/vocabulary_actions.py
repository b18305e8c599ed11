"""The reader's way into the vocabulary: the vocabulary screen, and marking every word
left on the page known. A mixin of :class:`ReaderScreen`; store calls run in workers."""

from __future__ import annotations

from textual import work

from readaid.tui.services import StoreUnavailable
from readaid.tui.word_actions import NO_STORE, StatusChanged, both_scripts
from readaid.wording import counted

#: Words with one of these statuses are left alone by "mark the page known".
SETTLED = frozenset({"learning", "known", "ignored"})


class VocabularyActions:
    def action_vocabulary(self) -> None:
        from readaid.tui.screens.vocabulary import VocabularyScreen

        self.app.push_screen(VocabularyScreen(), lambda changed: changed and self.reload_statuses())

    def action_progress(self) -> None:
        from readaid.tui.screens.progress import ProgressScreen

        self.app.push_screen(ProgressScreen())

    def action_prestudy(self) -> None:
        from readaid.tui.screens.prestudy import PreStudyScreen

        if self.document is None or self.loaded is None or self.core is None:
            return
        screen = PreStudyScreen(
            self.loaded.shown_name, self.document.text, self.core, self.statuses
        )
        self.app.push_screen(screen, lambda changed: changed and self.reload_statuses())

    @work(thread=True, exclusive=True, group="statuses")
    def reload_statuses(self) -> None:
        """Read every word's status again (words were edited or deleted elsewhere)."""
        app = self.app
        try:
            statuses = app.vocabulary.statuses()
        except Exception as error:  # keep the colours we have; say why they may be stale
            app.call_from_thread(app.notify, f"vocabulary store: {error}", severity="warning")
            return
        app.call_from_thread(self._replace_statuses, statuses)

    def _replace_statuses(self, statuses: dict[str, str]) -> None:
        self.statuses = statuses
        self.article.relayout(statuses=statuses)
        self._update_gloss()
        self._update_status()  # the share known changed

    # -- the whole page ---------------------------------------------------------------
    def page_words(self) -> list[tuple[str, str, str, str]]:
        """``(text, simplified, traditional, reading)`` of each Chinese word on screen not
        yet learning, known or ignored, once each. Names found in the text are left out:
        李大海 is nobody's vocabulary."""
        if self.document is None or self.core is None:
            return []
        statuses = self.statuses or {}
        found: dict[tuple[str, str], tuple[str, str, str, str]] = {}
        for paragraph, index in self.article.visible_tokens():
            if self.document.is_furniture(paragraph):
                continue  # a site's menu or banner is not the learner's reading
            token = self.document.tokens(paragraph)[index]
            if not token.is_chinese or token.is_name or statuses.get(token.text) in SETTLED:
                continue
            _, _, _, reading, entry = self.word_at(paragraph, index)
            simplified, traditional = both_scripts(token.text, entry)
            if statuses.get(simplified) in SETTLED:
                continue
            found.setdefault((simplified, reading), (token.text, simplified, traditional, reading))
        return list(found.values())

    def action_mark_page_known(self) -> None:
        from readaid.tui.screens.dialogs import ConfirmScreen  # not needed for the first frame

        words = self.page_words()
        if not words:
            self.notify("Every word on this page is already learning, known or ignored.", timeout=3)
            return
        shown = "、".join(text for text, *_ in words[:8]) + ("…" if len(words) > 8 else "")
        question = f"Mark the {counted(len(words), 'remaining word')} on this page known? {shown}"
        self.app.push_screen(
            ConfirmScreen(question), lambda yes: yes and self._page_known_worker(words)
        )

    @work(thread=True, group="store")
    def _page_known_worker(self, words: list[tuple[str, str, str, str]]) -> None:
        app = self.app
        try:
            # A word saved while the question was open keeps its new status.
            current = app.vocabulary.statuses()
            words = [w for w in words if not {current.get(w[0]), current.get(w[1])} & SETTLED]
            app.vocabulary.mark_known([(s, t, reading) for _, s, t, reading in words])
        except StoreUnavailable:
            app.call_from_thread(
                app.notify, f"{NO_STORE}: known for this session only", severity="warning"
            )
        except Exception as error:
            app.call_from_thread(app.notify, f"could not mark known: {error}", severity="error")
            return
        for text, *_ in words:
            self.post_message(StatusChanged(text, "known"))
        forms = [
            form
            for text, simplified, traditional, _ in words
            for form in (text, simplified, traditional)
        ]
        app.call_from_thread(self._set_status, forms, "known")
        app.call_from_thread(app.notify, f"Marked {counted(len(words), 'word')} known", timeout=3)
