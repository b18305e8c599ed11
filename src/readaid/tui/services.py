"""The reader's one door to the vocabulary store.

Everything the reader saves (words, statuses, segmentation fixes) goes through
:class:`VocabularyService`, which is injected into the app; tests pass a store of their
own. Every method blocks, so the UI calls them from worker threads only. The real store
is imported lazily: while it does not exist (or cannot open), the reader still works and
says "vocabulary store not available" when asked to save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from readaid.language.furniture import Role

log = logging.getLogger(__name__)


class StoreUnavailable(Exception):
    """No vocabulary store can be used; the message is one line for the user."""


def open_default_store() -> Any:
    try:
        from readaid.vocab.store import VocabularyStore
    except ImportError:
        raise StoreUnavailable("vocabulary store not available") from None
    try:
        return VocabularyStore.open()
    except Exception as error:  # StoreError and anything odd in the file: say it, keep reading
        raise StoreUnavailable(f"vocabulary store not available: {error}") from None


def _status(value: str) -> Any:
    try:
        from readaid.vocab.store import WordStatus
    except ImportError:
        return value
    return WordStatus(value)


class VocabularyService:
    def __init__(self, store: Any = None, opener: Callable[[], Any] = open_default_store) -> None:
        self._store = store
        self._opener = opener
        #: The named list saved words go to in this session; "" means the text's name.
        self.save_list = ""

    @property
    def store(self) -> Any:
        if self._store is None:
            self._store = self._opener()
        return self._store

    @property
    def available(self) -> bool:
        try:
            _ = self.store  # opens it on first use
        except StoreUnavailable:
            return False
        return True

    def save(
        self,
        *,
        simplified: str,
        traditional: str,
        pinyin: str,
        senses: tuple[str, ...],
        sentence: str,
        position: int,
        source: str,
        offset: int,
    ) -> Any:
        return self.store.save(
            simplified,
            traditional,
            pinyin,
            senses=senses,
            sentence=sentence,
            position=position,
            source=source,
            offset=offset,
            status=_status("learning"),
            lists=[name for name in (self.save_list or source,) if name.strip()],
        )

    def set_status(self, word: str, status: str, pinyin: str | None = None) -> None:
        self.store.set_status(word, _status(status), pinyin=pinyin)

    def statuses(self) -> dict[str, str]:
        """Word -> status name, in both scripts; empty when there is no store."""
        return {
            word: getattr(status, "value", str(status))
            for word, status in self.store.statuses().items()
        }

    def mark_known(self, words: list[tuple[str, str, str]]) -> int:
        """Mark many ``(simplified, traditional, pinyin)`` words known, in one transaction
        where the store can; returns how many changed."""
        bulk = getattr(self.store, "mark_known", None)
        if bulk is not None:
            return bulk(words)
        for simplified, _, pinyin in words:
            self.set_status(simplified, "known", pinyin=pinyin or None)
        return len(words)

    # -- the vocabulary screen ------------------------------------------------------
    def words(self) -> list[Any]:
        return list(self.store.words())

    def find(self, word: str, pinyin: str | None = None) -> list[Any]:
        return list(self.store.find(word, pinyin))

    def annotate(
        self,
        word_id: int,
        *,
        tags: tuple[str, ...],
        note: str,
        senses: tuple[str, ...] | None = None,
        sentence: str | None = None,
    ) -> Any:
        return self.store.annotate(word_id, tags=tags, note=note, senses=senses, sentence=sentence)

    def set_word_status(self, word: Any, status: str) -> None:
        """Set one saved entry's status (this reading only)."""
        self.store.set_status(word.simplified, _status(status), pinyin=word.pinyin or None)

    def delete(self, word: Any) -> None:
        self.store.delete(word.id)

    def restore(self, word: Any) -> Any:
        """Put a deleted word back as it was: its id, dates, status and every sentence."""
        return self.store.restore(word)

    def load_overrides(self, key: str) -> tuple[set[int], set[tuple[int, int]]]:
        breaks, joins = self.store.load_overrides(key)
        return set(breaks), {tuple(j) for j in joins}

    def save_overrides(self, key: str, breaks: set[int], joins: set[tuple[int, int]]) -> None:
        self.store.save_overrides(key, breaks, joins)

    def load_roles(self, key: str) -> dict[int, Role]:
        return {start: Role(role) for start, role in self.store.load_roles(key).items()}

    def save_roles(self, key: str, roles: dict[int, Role]) -> None:
        self.store.save_roles(key, {start: role.value for start, role in roles.items()})

    def close(self) -> None:
        if self._store is not None and hasattr(self._store, "close"):
            try:
                self._store.close()
            except Exception:  # closing at exit must never hide the real outcome
                log.exception("closing the vocabulary store")
