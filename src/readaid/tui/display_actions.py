"""The reader's display keys (pinyin mode and style, tone colours, script, gloss panel),
and keeping what the learner chose: the defaults in the config file, the script per text.

A mixin for :class:`~readaid.tui.reader_screen.ReaderScreen`.
"""

from __future__ import annotations

from textual import work

from readaid.language.script import Script
from readaid.tui.panels import GlossPanel
from readaid.tui.view_settings import PINYIN_STYLES, ViewSettings

#: Choices are written this long after the last key press, so cycling through the pinyin
#: modes writes the config once.
KEEP_DELAY = 0.5

SETTINGS_NOTE = (
    "Your choices with p, P, c and i become your defaults for every text, kept in {where}; "
    "the script chosen with t is kept for each text."
)


class DisplayActions:
    settings: ViewSettings
    _keep_timer = None
    _pending_defaults: dict[str, str | bool]
    #: The script chosen with ``t`` for this text (None: the config's default).
    chosen_script: Script | None = None

    def _apply(self, settings: ViewSettings) -> None:
        self.settings = settings
        self.article.relayout(settings=settings)
        self._update_status()
        self._update_gloss()

    def action_cycle_pinyin(self) -> None:
        self._apply(self.settings.with_(pinyin=self.settings.pinyin.next()))
        self._keep_later()

    def action_cycle_pinyin_style(self) -> None:
        styles = list(PINYIN_STYLES)
        following = styles[(styles.index(self.settings.style) + 1) % len(styles)]
        self._apply(self.settings.with_(style=following))
        self._keep_later()

    def action_toggle_colours(self) -> None:
        self._apply(self.settings.with_(tone_colours=not self.settings.tone_colours))
        self._keep_later()

    def action_cycle_script(self) -> None:
        script = self.settings.script.next(self.settings.traditional)
        self.chosen_script = script
        self._apply(self.settings.with_(script=script))
        # Kept with the reading position, which is saved as the cursor moves and at quit.
        self.save_position()

    def action_toggle_gloss(self) -> None:
        panel = self.query_one(GlossPanel)
        panel.display = not panel.display
        self._update_gloss()
        self._keep_later()

    # -- keeping the choices -------------------------------------------------------------
    def chosen_defaults(self) -> dict[str, str | bool]:
        return {
            "pinyin": self.settings.pinyin.value,
            "pinyin_style": self.settings.style,
            "tone_colours": self.settings.tone_colours,
            "gloss_panel": bool(self.query_one(GlossPanel).display),
        }

    def _keep_later(self) -> None:
        # The values are taken now: at quit the panel may already be gone.
        self._pending_defaults = self.chosen_defaults()
        if self._keep_timer is not None:
            self._keep_timer.stop()
        self._keep_timer = self.set_timer(KEEP_DELAY, self._keep_now)

    def _keep_now(self) -> None:
        self._keep_timer = None
        self._keep_worker(self._pending_defaults)

    @work(thread=True, exclusive=True, group="preferences")
    def _keep_worker(self, values: dict[str, str | bool]) -> None:
        self.app.preferences.remember(**values)

    def keep_pending_choices(self) -> None:
        """At quit: write what a timer was still waiting to write."""
        if self._keep_timer is not None:
            self._keep_timer.stop()
            self._keep_timer = None
            self.app.preferences.remember(**self._pending_defaults)
