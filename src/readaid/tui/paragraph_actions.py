"""Page furniture in the reader: show or collapse it, and let the learner say which
paragraphs are article text and which are furniture (remembered per text, like the
segmentation fixes). A mixin of :class:`ReaderScreen`."""

from __future__ import annotations

from textual import work
from textual.binding import Binding

from readaid.language.furniture import Role
from readaid.tui.article import ArticleView
from readaid.tui.services import StoreUnavailable


class ParagraphActions:
    PARAGRAPH_BINDINGS = [
        Binding("F", "toggle_furniture", "Show/hide page furniture", id="furniture", show=False),
        Binding("R", "flip_role", "Paragraph: article text/furniture", id="flip-role", show=False),
    ]

    def action_toggle_furniture(self) -> None:
        flow = self.article.flow
        if flow is None:
            return
        flow.show_furniture = not flow.show_furniture
        self._leave_hidden_paragraph()
        self.article.relayout()
        shown = "shown (dimmed)" if flow.show_furniture else "collapsed"
        self.notify(f"Page furniture {shown}.", timeout=2)

    def on_article_view_furniture_clicked(self, message: ArticleView.FurnitureClicked) -> None:
        self.action_toggle_furniture()

    def action_flip_role(self) -> None:
        flow, cursor = self.article.flow, self.article.cursor
        if flow is None or cursor is None or self.document is None:
            return
        with flow.lock:  # the reading-ahead worker asks paragraphs' roles under it
            role = self.document.flip_role(cursor[0])
        self._leave_hidden_paragraph()
        self.article.relayout()
        if role is Role.FURNITURE:
            told = "page furniture" + ("" if flow.show_furniture else ", collapsed (F shows it)")
        else:
            told = "article text"
        self.notify(f"Paragraph marked as {told}.", timeout=3)
        self._save_roles_worker(dict(self.document.overrides.roles))

    def _leave_hidden_paragraph(self) -> None:
        """A cursor in furniture that is now collapsed moves on to the next article text."""
        flow, cursor = self.article.flow, self.article.cursor
        if flow is None or cursor is None or not flow.hidden(cursor[0]):
            return
        target = flow.next_word(*cursor, 1, text_only=True) or flow.next_word(
            *cursor, -1, text_only=True
        )
        if target is not None:
            self.article.move_cursor(target, scroll=False)

    @work(thread=True, group="store")
    def _save_roles_worker(self, roles: dict[int, Role]) -> None:
        app = self.app
        try:
            app.vocabulary.save_roles(self.key, roles)
        except StoreUnavailable:
            pass  # kept in memory for this session (app.overrides)
        except Exception as error:  # the store's own errors are shown, not raised at the user
            app.call_from_thread(app.notify, f"could not save: {error}", severity="warning")
