"""Domain objects of the vocabulary store. Plain frozen dataclasses, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class WordStatus(str, Enum):
    NEW = "new"
    LEARNING = "learning"
    KNOWN = "known"
    IGNORED = "ignored"


@dataclass(frozen=True)
class Context:
    """A sentence a word was met in; ``position`` is the word's index inside ``sentence``,
    ``offset`` its character offset inside the source document."""

    sentence: str
    position: int = 0
    source: str = ""
    offset: int = 0
    added: datetime | None = None


@dataclass(frozen=True)
class SavedWord:
    id: int
    simplified: str
    traditional: str
    pinyin: str  # numbered, CEDICT-style; "" for a word only known by its status
    senses: tuple[str, ...] = ()
    status: WordStatus = WordStatus.LEARNING
    tags: tuple[str, ...] = ()
    note: str = ""
    added: datetime | None = None
    contexts: tuple[Context, ...] = field(default=())
    lists: tuple[str, ...] = ()  # the named lists the word is in

    @property
    def context(self) -> Context | None:
        """The first sentence the word was saved from: the one a flashcard shows."""
        return self.contexts[0] if self.contexts else None
