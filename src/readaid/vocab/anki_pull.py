"""Bringing what Anki knows back into readaid: each card's interval and type (read through
AnkiConnect's ``findCards`` and ``cardsInfo``) become the word's status. A status is only
ever raised (new -> learning -> known); one the learner set in readaid is never lowered,
and ignored words are left alone. Every change, and every status kept against Anki's
word, is reported."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from readaid.config import load_config
from readaid.language.cedict import HAN_RANGES
from readaid.vocab import notetype
from readaid.vocab.ankiconnect import AnkiConnect, AnkiConnectError
from readaid.vocab.model import WordStatus
from readaid.vocab.store import VocabularyStore

#: A card whose interval reaches this many days makes its word known (``[anki]
#: known_interval_days`` in the config changes it).
KNOWN_INTERVAL_DAYS = 21
#: Anki's card types: 0 new, 1 learning, 2 review, 3 relearning.
NEW_CARD = 0
RANK = {WordStatus.NEW: 0, WordStatus.LEARNING: 1, WordStatus.KNOWN: 2}
_HAN_RUN = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in HAN_RANGES) + "]+")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class AnkiWord:
    word: str
    status: WordStatus
    interval: int  # the longest interval of its cards, in days


@dataclass(frozen=True)
class Change:
    word: str
    before: WordStatus | None  # None: readaid did not have the word
    after: WordStatus  # what readaid has now
    anki: WordStatus  # what Anki's cards say
    interval: int

    @property
    def kept(self) -> bool:
        """readaid's status stays although Anki's says otherwise."""
        return self.after != self.anki


def known_interval_days() -> int:
    value = load_config().get("anki", {}).get("known_interval_days", KNOWN_INTERVAL_DAYS)
    if not isinstance(value, int) or value < 1:
        raise AnkiConnectError("config: [anki] known_interval_days must be a whole number >= 1")
    return value


def characters_of(field: str) -> str:
    """The first run of Han characters in a card field (which may hold HTML)."""
    match = _HAN_RUN.search(html.unescape(_TAG.sub(" ", field)))
    return match.group() if match else ""


def anki_words(
    client: AnkiConnect, deck: str | None, field: str | None, known_days: int
) -> tuple[list[AnkiWord], int]:
    """The words of the learner's cards (in ``deck``, else of readaid's note type) with
    the status their cards give, and how many cards had no Chinese in the field."""
    query = f'"deck:{_quoted(deck)}"' if deck else f'"note:{_quoted(notetype.NAME)}"'
    card_ids = client.invoke("findCards", query=query)
    words: dict[str, AnkiWord] = {}
    skipped = 0
    for start in range(0, len(card_ids), 500):
        for card in client.invoke("cardsInfo", cards=card_ids[start : start + 500]):
            word = characters_of(_field_value(card, field))
            if not word:
                skipped += 1
                continue
            interval = int(card.get("interval") or 0)
            if interval >= known_days:
                status = WordStatus.KNOWN
            elif card.get("type", NEW_CARD) != NEW_CARD:
                status = WordStatus.LEARNING
            else:
                status = WordStatus.NEW
            seen = words.get(word)
            if seen is None or (RANK[status], interval) > (RANK[seen.status], seen.interval):
                words[word] = AnkiWord(word, status, interval)
    if field and card_ids and len(words) == 0 and skipped == len(card_ids):
        raise AnkiConnectError(f"no card has a field {field!r} with Chinese characters in it")
    return list(words.values()), skipped


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _field_value(card: dict, field: str | None) -> str:
    """The named field; by default readaid's "Simplified", else the note's first field."""
    fields = card.get("fields") or {}
    name = field or ("Simplified" if "Simplified" in fields else None)
    if name is None and fields:
        name = min(fields, key=lambda f: fields[f].get("order", 0))
    value = fields.get(name, {}) if name else {}
    return str(value.get("value", "")) if isinstance(value, dict) else ""


def pull(
    store: VocabularyStore,
    words: list[AnkiWord],
    save_new: Callable[[str, WordStatus], None],
    dry_run: bool = False,
) -> list[Change]:
    """Raise statuses to what Anki says; add the words readaid lacks through ``save_new``.
    Returns every word whose status differs between Anki and readaid, changed or kept."""
    statuses = store.statuses()
    changes = []
    for item in words:
        before = statuses.get(item.word)
        if before is None:
            changes.append(Change(item.word, None, item.status, item.status, item.interval))
            if not dry_run:
                save_new(item.word, item.status)
            continue
        if before == item.status:
            continue
        raise_it = before in RANK and RANK[item.status] > RANK[before]
        after = item.status if raise_it else before
        changes.append(Change(item.word, before, after, item.status, item.interval))
        if raise_it and not dry_run:
            store.set_status(item.word, item.status)
    return changes
