"""Turning stored rows into domain objects (and back), kept apart from the SQL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from readaid.vocab.model import Context, SavedWord, WordStatus


def merged(stored_json: str, new: Iterable[str]) -> str:
    """A stored JSON list with ``new`` items appended, keeping order and dropping repeats."""
    items = list(json.loads(stored_json))
    items += [item for item in new if item not in items]
    return json.dumps(list(dict.fromkeys(items)), ensure_ascii=False)


def to_context(row: tuple) -> Context:
    sentence, position, source, offset, added_at = row
    return Context(sentence, position, source, offset, datetime.fromisoformat(added_at))


def to_word(row: tuple, contexts: Iterable[Context], lists: Iterable[str] = ()) -> SavedWord:
    (word_id, simplified, traditional, pinyin, senses, status, tags, note, added_at, *_) = row
    return SavedWord(
        id=word_id,
        simplified=simplified,
        traditional=traditional,
        pinyin=pinyin,
        senses=tuple(json.loads(senses)),
        status=WordStatus(status),
        tags=tuple(json.loads(tags)),
        note=note,
        added=datetime.fromisoformat(added_at),
        contexts=tuple(contexts),
        lists=tuple(lists),
    )
