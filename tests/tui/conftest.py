"""Fixtures for the reader's tests: a small article written here, an in-memory store,
an app factory and a ``wait_for`` helper (instead of fixed sleeps)."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from readaid.text import LoadedText

#: A small article for the reader's tests (the project's own words, not the user's).
ARTICLE = (
    "银行的工作很忙。我们明天去北京大学！\n"
    "\n"
    "他说：“这个问题无可厚非。”这是 AI 模型的问题。\n"
    "第三段有一个很长的句子，用来测试换行和翻页的功能是否正常工作，我们需要更多的文字来填满屏幕。\n"
    "学生们在图书馆里看书，老师在办公室里工作。下雨了，我们回家吧。\n"
    "最后一段：谢谢你的帮助！\n"
)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function):
    """Run ``async def`` tests in a fresh event loop (no async plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**arguments))
    return True


class FakeStore:
    """The vocabulary store's API, in memory."""

    def __init__(self) -> None:
        self.saved: list[dict] = []
        self.status: dict[str, object] = {}
        self.overrides: dict[str, tuple[set[int], set[tuple[int, int]]]] = {}
        self.roles: dict[str, dict[int, str]] = {}
        self.closed = False

    def save(
        self,
        simplified,
        traditional,
        pinyin,
        *,
        senses=(),
        sentence="",
        position=0,
        source="",
        offset=0,
        status="learning",
        lists=(),
    ):
        self.saved.append(
            dict(
                simplified=simplified,
                traditional=traditional,
                pinyin=pinyin,
                senses=senses,
                sentence=sentence,
                position=position,
                source=source,
                offset=offset,
                status=status,
                lists=tuple(lists),
            )
        )
        self.status[simplified] = self.status[traditional] = status
        return self.saved[-1]

    def set_status(self, word, status, pinyin=None):
        self.status[word] = status

    def statuses(self):
        return dict(self.status)

    def save_overrides(self, key, breaks, joins):
        self.overrides[key] = (set(breaks), set(joins))

    def load_overrides(self, key):
        return self.overrides.get(key, (set(), set()))

    def save_roles(self, key, roles):
        self.roles[key] = dict(roles)

    def load_roles(self, key):
        return dict(self.roles.get(key, {}))

    def close(self):
        self.closed = True


@pytest.fixture
def fake_store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def positions(tmp_path: Path):
    from readaid.positions import ReadingPositions

    return ReadingPositions(tmp_path / "positions.json")


def article(text: str = ARTICLE, name: str = "test-article.txt") -> LoadedText:
    return LoadedText(text, name, name)


@pytest.fixture
def make_reader(core, positions, fake_store):
    """Build a reader app on a text; by default with the fake store and fresh positions."""
    from readaid.tui.app import make_app

    def build(text: str = ARTICLE, name: str = "test-article.txt", **overrides):
        options = dict(core=core, store=fake_store, positions=positions)
        options.update(overrides)
        return make_app(article(text, name), **options)

    return build


async def wait_for(pilot, predicate: Callable[[], object], description: str, timeout: float = 10.0):
    """Pause until ``predicate()`` is true; fail saying what never happened."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if predicate():
                return
        except Exception:  # the widget being waited for may not be mounted yet
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {description}")
        await pilot.pause(0.02)


async def wait_read_ahead(pilot) -> None:
    """Wait until every reader on the screen stack has read ahead as far as it goes (what
    a snapshot shows, the scrollbar's size, depends on it)."""
    articles = [s.article for s in pilot.app.screen_stack if hasattr(s, "article")]
    await wait_for(
        pilot,
        lambda: all(a.next_unread_paragraph() is None for a in articles),
        "reading ahead to finish",
    )
    await pilot.pause()


async def wait_opened(pilot) -> None:
    """Wait until the reader has opened its document, placed the cursor and counted the
    text's words (the status line's share known), so screens look the same every run."""
    app = pilot.app
    await wait_for(pilot, lambda: app.screen.article.cursor is not None, "the document to open")
    # The count waits for the view to be idle: on a loaded machine that can take a while.
    await wait_for(
        pilot, lambda: app.screen.word_counts is not None, "the words counted", timeout=30
    )
    await pilot.pause()
