"""The first paint, in a fresh interpreter (what is imported when is the point): the text
before the words, and the words before the segmenter where a child process read them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

#: A reader made in a fresh interpreter; ``seen`` records what was imported when the
#: first frame was drawn and when the words arrived. The script goes on with ``main``.
READER = """\
import asyncio, sys
from readaid.text import LoadedText
TEXT = LoadedText('他挨了一顿打。\\n' * 50, 't.txt', 't.txt')
EARLY = None
{before_textual}
from readaid.tui.app import make_app
from readaid.tui.reader_screen import ReaderScreen
from readaid.tui.services import StoreUnavailable, VocabularyService
HEAVY = ('rjieba', 'pypinyin', 'opencc', 'numpy')
seen = {{}}
def first_frame(screen):
    view = screen.article
    lines = [view.render_line(y).text for y in range(view.size.height)]
    seen['frame'] = ('\\n'.join(lines), [m for m in HEAVY if m in sys.modules])
opening, opened = ReaderScreen.start_opening, ReaderScreen._opened
def start_opening(self):
    self.call_after_refresh(first_frame, self)  # before the worker is started
    opening(self)
def on_opened(self, *args):
    seen['words'] = [m for m in HEAVY if m in sys.modules]
    opened(self, *args)
ReaderScreen.start_opening, ReaderScreen._opened = start_opening, on_opened
def no_store():
    raise StoreUnavailable('no store in this test')
async def opened_reader(pilot):
    app = pilot.app
    while not app.screen.query('ArticleView') or app.screen.article.cursor is None:
        await pilot.pause(0.005)
    shown, heavy = seen['frame']
    assert '他挨了一顿打。' in shown, shown
    assert not heavy, f'imported before the first frame: {{heavy}}'
    return app.screen
{main}
async def run():
    app = make_app(TEXT, store=VocabularyService(opener=no_store), early_reading=EARLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await main(pilot)
asyncio.run(run())
"""


def run_reader(tmp_path, main: str, before_textual: str = "") -> None:
    script = tmp_path / "paint.py"
    script.write_text(READER.format(before_textual=before_textual, main=main))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_first_frame_shows_the_text_before_the_words_and_the_model(tmp_path, core):
    """The first frame shows the text with nothing heavier than Textual imported (no
    segmenter, pinyin library, OpenCC or numpy); the words arrive read by the rules
    (numpy is still out when they are shown), then the model loads by itself and the
    paragraph is read again: 挨 goes from the rules' āi to the model's ái."""
    main = """
async def main(pilot):
    screen = await opened_reader(pilot)
    assert 'numpy' not in seen['words'], 'numpy imported before the words were shown'
    for _ in range(500):
        await pilot.pause(0.02)
        if screen.reading_of(0, 1) == 'ai2':
            return
    raise AssertionError('the model never read the paragraph again')
"""
    run_reader(tmp_path, main)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_words_read_by_a_child_show_before_the_segmenter_loads(tmp_path, core):
    """``readaid read FILE`` forks a child that reads the first screen while Textual
    starts: the words arrive with no segmenter loaded in the reader, which loads it
    later for the paragraphs the child did not read."""
    before_textual = (
        "from readaid.language import early_reading\n"
        "from readaid.language.first_screen import read_first_screen\n"
        "EARLY = early_reading.start(lambda: read_first_screen(TEXT.text, 0, {}, 100))\n"
    )
    main = """
async def main(pilot):
    screen = await opened_reader(pilot)
    assert 'rjieba' not in seen['words'], 'the segmenter was loaded before the words'
    assert screen.reading_of(0, 0) == 'ta1'
    assert screen.article.flow.layout(0).items[0].syllables == ('tā',)
    last = len(screen.document) - 1
    assert last not in screen.document.readings, 'the child read only the first screen'
    screen.article.flow.layout(last)
    assert 'rjieba' in sys.modules
    assert [t.text for t in screen.document.tokens(last)][:3] == ['他', '挨', '了']
"""
    run_reader(tmp_path, main, before_textual)
