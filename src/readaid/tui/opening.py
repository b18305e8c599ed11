"""Opening a text in the reader, in the order a learner sees it:

1. the first frame shows the text itself (a :class:`DraftFlow`: wrapped, furniture
   collapsed, where the learner stopped), with nothing heavier imported than Textual;
2. after that frame a worker loads the text if it was not given, builds the reading core
   (on the very first run the dictionary is compiled, and the status line shows each
   step and the time it has taken, not a bare "Opening…"), opens the document and lays
   out the first screen's words and readings; the view then swaps the draft for them and
   the cursor and gloss appear;
3. when the learner first pauses, the polyphone model is loaded and the paragraphs read
   so far are read again by the reading-ahead worker, the text's words are counted, and
   the zhuyin converter is warmed, so the first switch to zhuyin (P) does not pause on
   pypinyin's import.

A mixin for :class:`~readaid.tui.reader_screen.ReaderScreen`.
"""

from __future__ import annotations

import gc
import time

from rich.text import Text
from textual import work

from readaid.language.document import Document, Overrides
from readaid.language.script import Script
from readaid.positions import document_key
from readaid.text import InputError, LoadedText, load
from readaid.tui.activity import IDLE
from readaid.tui.draft import DraftFlow
from readaid.tui.flow import ArticleFlow
from readaid.tui.panels import StatusLine
from readaid.untrusted import one_line

#: Seconds after the text is on screen to load the zhuyin converter.
WARM_ZHUYIN_AFTER = 1.0
PREPARING = "Preparing the dictionary (first run only, about 10 s): {step}… {seconds:.0f} s"
READING_WORDS = "{name} · reading the words…"
#: Seconds without drawing after which the first frame is taken to be on the terminal.
FRAME_OUT = 0.005
#: A full collection threshold the collector never reaches by itself.
NEVER = 1 << 30
_THRESHOLDS = gc.get_threshold()


class Opening:
    _preparing_step = ""
    _preparing_since = 0.0
    _preparing_timer = None
    _drafted = False
    #: True once the zhuyin converter is loaded.
    zhuyin_ready = False

    def start_opening(self) -> None:
        """Show the text now if it is loaded, and read its words after this frame."""
        if self.loaded is not None:
            self._show_draft(self.loaded)
        # After the frame: the worker's imports and the segmenter's dictionary would hold
        # the interpreter while it is drawn.
        self.call_after_refresh(self._open)

    def _show_draft(self, loaded: LoadedText) -> None:
        if self.document is not None or self._drafted:
            return
        self._drafted = True
        position = self.app.positions.get(document_key(loaded.text))
        draft = DraftFlow(
            Document(loaded.text, None, loaded.name), self.settings, self.article._content_width()
        )
        self.article.show_draft(draft, position.offset if position else 0)
        name = one_line(loaded.shown_name, limit=None)
        self.query_one(StatusLine).update(Text(READING_WORDS.format(name=name)))

    @work(thread=True, exclusive=True, group="open")
    def _open(self) -> None:
        app = self.app
        # Until the first frame is out: the segmenter builds its dictionary without letting
        # go of the interpreter, and Textual writes frames to the terminal from a thread.
        self.article.activity.wait_quiet(FRAME_OUT)
        try:
            loaded = self.loaded or load(self.source)
        except InputError as error:
            app.call_from_thread(self._failed, str(error))
            return
        if not self._drafted:  # opened from the library: the text is read only now
            app.call_from_thread(self._show_draft, loaded)
        core = app.reading_core(lambda step: app.call_from_thread(self.report_preparing, step))
        # The first screen is read by the rules; the model (numpy) loads after the paint.
        core.defer_model = True
        key = document_key(loaded.text)
        overrides = app.overrides.get(key)
        statuses = None
        if app.vocabulary.available:
            try:
                if overrides is None:
                    breaks, joins = app.vocabulary.load_overrides(key)
                    overrides = Overrides(breaks, joins, app.vocabulary.load_roles(key))
                statuses = app.vocabulary.statuses()
            except Exception as error:  # a store problem must not stop the reading
                app.call_from_thread(app.notify, f"vocabulary store: {error}", severity="warning")
        document = core.open(loaded.text, loaded.name, overrides, hints=loaded.hints)
        early, app.early_reading = app.early_reading, None
        if early is not None and (first_words := early.collect()) is not None:
            first_words.hand_over(document)
        app.overrides[key] = document.overrides
        position = app.positions.get(key)
        offset = position.offset if position else 0
        base = settings = self.settings
        chosen = _script(position.script) if position else None
        if chosen is not None:
            settings = settings.with_(script=chosen)
        flow = ArticleFlow(document, core, settings, self.article._content_width(), statuses)
        cursor = None
        if document.text:
            paragraph, index = document.token_at(min(offset, len(document.text) - 1))
            # Laying out the paragraph at the cursor here keeps a huge one-line text from
            # freezing the first paint.
            flow.layout(paragraph)
            cursor = flow.first_word(paragraph, index) or flow.next_word(paragraph, index, -1)
            if position is None:
                cursor = flow.first_chinese_word() or cursor
            # The words of the first screen are read here, not while the view draws.
            height = max(self.article.size.height, 1)
            around = cursor[0] if cursor else paragraph
            flow.lay_out_around(around, height // 3 + flow.row_height, height - height // 3)
        if position is not None:
            self.chapter_offsets = dict(position.chapter_offsets)
        app.call_from_thread(
            self._opened, loaded, core, document, key, statuses, flow, cursor, base
        )

    def _failed(self, message: str) -> None:
        self.app.notify(message, severity="error")
        self.query_one(StatusLine).update(Text(one_line(message, limit=None)))

    def _opened(self, loaded, core, document, key, statuses, flow, cursor, base) -> None:
        self.loaded, self.core, self.document, self.key, self.statuses = (
            loaded,
            core,
            document,
            key,
            statuses,
        )
        if self.settings != base:
            # The learner changed the display while the words were being read: theirs wins.
            flow.reset(settings=self.settings)
        elif flow.settings.script is not self.settings.script:
            self.chosen_script = flow.settings.script
        self.settings = flow.settings
        for notice in loaded.notices:
            self.notify(notice, title=loaded.shown_name, timeout=8)
        self.preparing_done()
        if flow.width != self.article._content_width():
            flow.reset(width=self.article._content_width())
        self.article.show(flow, cursor)
        self._collect_when_idle()
        if cursor is None:
            self._update_status()
        # Once the learner pauses: these imports and counts hold the interpreter for tenths
        # of a second, and the view would stutter if it were drawing meanwhile.
        self.when_idle(self._warm_readings, core, document)
        self.when_idle(self.count_words)
        if self.settings.style != "zhuyin":
            self.when_idle(self.warm_zhuyin, after=WARM_ZHUYIN_AFTER)

    def _collect_when_idle(self) -> None:
        """The garbage collector's full passes stop everything for 30-50 ms once the
        reader holds a few screens of layouts, every few seconds of scrolling, and its
        middle passes for 1-10 ms every third frame or so: both run when the learner
        pauses instead (the young generation's passes, a tenth of a millisecond, go on).
        What is loaded by now (Textual, the dictionary's caches, the segmenter) lives as
        long as the app and is left out of them."""
        gc.freeze()
        gc.set_threshold(_THRESHOLDS[0], NEVER, NEVER)
        self.set_interval(IDLE, self._collect_if_idle)

    def _collect_if_idle(self) -> None:
        # As often as the collector would (a middle pass after ten young ones, a full
        # pass after ten middle ones), but idle.
        if self.article.activity.idle_for() < IDLE:
            return
        young_passes, middle_passes = gc.get_count()[1:]
        if middle_passes >= _THRESHOLDS[2]:
            gc.collect()
        elif young_passes >= _THRESHOLDS[1]:
            gc.collect(1)

    def when_idle(self, callback, *args, after: float = IDLE) -> None:
        """Call ``callback`` once the view has not drawn for a while (``after`` seconds
        from now at the earliest)."""

        def check() -> None:
            idle = self.article.activity.idle_for()
            if idle >= IDLE:
                callback(*args)
            else:
                self.set_timer(IDLE - idle, check)

        self.set_timer(after, check)

    @work(thread=True, exclusive=True, group="readings")
    def _warm_readings(self, core, document: Document) -> None:
        if core.warm_model():
            self.app.call_from_thread(self._readings_warmed, document)

    def _readings_warmed(self, document: Document) -> None:
        """Read again, with the model, the paragraphs the rules alone have read: those
        laid out by the reading-ahead worker (the screen's first), the others when next
        needed. The gloss follows at once."""
        article = self.article
        flow = article.flow
        if document is not self.document or flow is None:
            return
        with flow.lock:
            shown = flow.laid_out()
            for paragraph in [p for p in document.readings if p not in shown]:
                del document.readings[paragraph]
            current = self.current_token()
            if current is not None:
                document.readings.pop(current[0], None)
        top = flow.index.find(round(article.scroll_y))[0]
        article.read_again(sorted(shown, key=lambda p: (p < top, abs(p - top))))
        self._update_gloss()

    # -- progress while the dictionary is compiled (first run) ------------------------
    def report_preparing(self, step: str) -> None:
        """Called from the opening worker (through ``call_from_thread``) at each step."""
        if not self._preparing_step:
            self._preparing_since = time.monotonic()
            self._preparing_timer = self.set_interval(0.5, self._show_preparing)
        self._preparing_step = step
        self._show_preparing()

    def _show_preparing(self) -> None:
        seconds = time.monotonic() - self._preparing_since
        message = PREPARING.format(step=self._preparing_step, seconds=seconds)
        self.query_one(StatusLine).update(Text(message))

    def preparing_done(self) -> None:
        if self._preparing_timer is not None:
            self._preparing_timer.stop()
            self._preparing_timer = None

    @work(thread=True, exclusive=True, group="warm-zhuyin")
    def warm_zhuyin(self) -> None:
        from readaid.language.pinyin import to_zhuyin

        to_zhuyin("zhu4 yin1")
        self.zhuyin_ready = True


def restore_collector() -> None:
    """The collector as it was (the app is closing; the process may go on, as in tests)."""
    gc.set_threshold(*_THRESHOLDS)
    gc.unfreeze()


def _script(name: str | None) -> Script | None:
    """The script kept for a text, if it names one (an old or edited file may not)."""
    try:
        return Script(name) if name else None
    except ValueError:
        return None
