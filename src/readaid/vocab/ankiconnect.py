"""Sending saved words straight into a running Anki through the AnkiConnect add-on
(API version 6: a JSON POST of ``{"action", "version", "params"}`` answered by
``{"result", "error"}``). Only the standard library; the whole push has one deadline,
replies are capped in size and checked for their shape before use."""

from __future__ import annotations

import json
import time
import urllib.request
from dataclasses import dataclass
from typing import Any

from readaid.network import CannotConnect, NetworkError, TimedOut, request
from readaid.untrusted import one_line
from readaid.vocab import notetype
from readaid.vocab.card import card_for
from readaid.vocab.model import SavedWord
from readaid.vocab.store import VocabularyStore

DEFAULT_URL = "http://127.0.0.1:8765"
API_VERSION = 6
#: Generous for tens of thousands of note ids; a bigger reply is not AnkiConnect's.
MAX_REPLY_BYTES = 16 * 1024 * 1024
#: Anki's note ids are milliseconds since 1970, stored in SQLite's signed 64 bits.
_MAX_NOTE_ID = 2**63 - 1


class AnkiConnectError(Exception):
    """Anki could not be reached or did not answer like AnkiConnect (one line)."""


class ActionError(AnkiConnectError):
    """AnkiConnect answered, with an error for this action."""


class AnkiConnect:
    """A client whose requests together may wait at most ``timeout`` seconds for Anki: a
    slow Anki cannot hold a push longer than the user asked (the time readaid spends
    making cards between requests does not count)."""

    def __init__(self, url: str = DEFAULT_URL, timeout: float = 30.0) -> None:
        self.url = url
        self.timeout = timeout
        self._waited = 0.0

    def invoke(self, action: str, **params: Any) -> Any:
        remaining = self.timeout - self._waited
        if remaining <= 0:
            raise AnkiConnectError(self._too_slow())
        body = json.dumps({"action": action, "version": API_VERSION, "params": params})
        try:
            target = urllib.request.Request(
                self.url, data=body.encode(), headers={"Content-Type": "application/json"}
            )
        except ValueError as error:  # http://[::1
            raise AnkiConnectError(
                f"{one_line(self.url)}: not a valid AnkiConnect address ({one_line(str(error))})"
            ) from None
        try:
            started = time.monotonic()
            try:
                data = request(target, seconds=remaining, limit=MAX_REPLY_BYTES).data
            finally:
                self._waited += time.monotonic() - started
        except TimedOut:
            raise AnkiConnectError(self._too_slow()) from None
        except NetworkError as error:
            reason = error.detail if isinstance(error, CannotConnect) else one_line(str(error))
            raise AnkiConnectError(
                f"cannot reach Anki at {one_line(self.url)} ({reason}): is Anki running with "
                "the AnkiConnect add-on?"
            ) from None
        try:
            reply = json.loads(data)
        except (ValueError, RecursionError):
            raise AnkiConnectError(self._not_ankiconnect()) from None
        if not isinstance(reply, dict) or "error" not in reply or "result" not in reply:
            raise AnkiConnectError(self._not_ankiconnect())
        if reply["error"]:
            raise ActionError(f"AnkiConnect {action}: {one_line(str(reply['error']))}")
        return reply["result"]

    def _too_slow(self) -> str:
        return f"Anki at {one_line(self.url)} did not answer within {self.timeout:g} s (timed out)"

    def _not_ankiconnect(self) -> str:
        return f"{one_line(self.url)} did not answer like AnkiConnect {API_VERSION}"


class UnexpectedReply(AnkiConnectError):
    """AnkiConnect answered an action with a result of the wrong shape."""

    def __init__(self, action: str, result: object, expected: str) -> None:
        shown = one_line(json.dumps(result, ensure_ascii=False, default=repr), limit=60)
        super().__init__(f"AnkiConnect {action}: unexpected answer {shown} (expected {expected})")


@dataclass(frozen=True)
class PushResult:
    added: int
    already_in_anki: int


def push(
    store: VocabularyStore, client: AnkiConnect, deck: str, in_list: str | None = None
) -> PushResult:
    """Send the words not sent before (of one named list if ``in_list``); record each word
    Anki accepted, even when its answer about the others is broken. If Anki cannot be
    reached, nothing is recorded."""
    words = store.unsent(in_list)
    if not words:
        return PushResult(0, 0)
    ensure_note_type(client)
    if deck not in names(client, "deckNames"):
        client.invoke("createDeck", deck=deck)
    notes = [note_for(word, deck) for word in words]
    addable = can_add(client, notes)
    to_add = [(word, note) for word, note, ok in zip(words, notes, addable, strict=True) if ok]
    if not to_add:
        return PushResult(0, len(words))
    note_ids = client.invoke("addNotes", notes=[note for _, note in to_add])
    if not isinstance(note_ids, list):
        raise UnexpectedReply("addNotes", note_ids, f"a list of {len(to_add)} note ids")
    # Anki added a note for every id it answered: record those before complaining. An id
    # too big to store still means the note was added.
    sent = [
        (word.id, note_id if note_id <= _MAX_NOTE_ID else None)
        for (word, _), note_id in zip(to_add, note_ids, strict=False)
        if _is_number(note_id)
    ]
    store.record_sent(sent, deck)
    odd = sum(1 for note_id in note_ids if note_id is not None and not _is_number(note_id))
    if len(note_ids) != len(to_add) or odd:
        raise AnkiConnectError(
            f"AnkiConnect addNotes answered {len(note_ids)} note ids for {len(to_add)} notes"
            f"{f' ({odd} not numbers)' if odd else ''}; {len(sent)} recorded as sent, "
            "the others not (push again: notes Anki has are skipped)"
        )
    return PushResult(len(sent), len(words) - len(to_add))


def _is_number(value: object) -> bool:
    return type(value) is int and value > 0


def names(client: AnkiConnect, action: str) -> list[str]:
    """The answer to ``deckNames`` or ``modelNames``: a list of strings."""
    result = client.invoke(action)
    if not isinstance(result, list) or not all(isinstance(name, str) for name in result):
        raise UnexpectedReply(action, result, "a list of names")
    return result


def ensure_note_type(client: AnkiConnect) -> None:
    """Create readaid's note type, or bring an existing one to the current templates."""
    if notetype.NAME in names(client, "modelNames"):
        templates = {n: {"Front": q, "Back": a} for n, q, a in notetype.TEMPLATES}
        client.invoke("updateModelTemplates", model={"name": notetype.NAME, "templates": templates})
        client.invoke("updateModelStyling", model={"name": notetype.NAME, "css": notetype.CSS})
        return
    client.invoke(
        "createModel",
        modelName=notetype.NAME,
        inOrderFields=list(notetype.FIELDS),
        css=notetype.CSS,
        isCloze=False,
        cardTemplates=[{"Name": n, "Front": q, "Back": a} for n, q, a in notetype.TEMPLATES],
    )


def note_for(word: SavedWord, deck: str) -> dict:
    card = card_for(word)
    return {
        "deckName": deck,
        "modelName": notetype.NAME,
        "fields": dict(zip(notetype.FIELDS, card.fields, strict=True)),
        "tags": list(card.tags),
        "options": {"allowDuplicate": False, "duplicateScope": "deck"},
    }


def can_add(client: AnkiConnect, notes: list[dict]) -> list[bool]:
    """Which notes Anki would accept (not duplicates); older AnkiConnect versions only
    know the action without error details."""
    expected = f"a list of {len(notes)} answers"
    try:
        details = client.invoke("canAddNotesWithErrorDetail", notes=notes)
    except ActionError as error:
        if "unsupported action" not in str(error):
            raise
        answers = client.invoke("canAddNotes", notes=notes)
        if not _list_of(answers, len(notes), bool):
            raise UnexpectedReply("canAddNotes", answers, expected) from None
        return answers
    if not _list_of(details, len(notes), dict):
        raise UnexpectedReply("canAddNotesWithErrorDetail", details, expected)
    return [detail.get("canAdd") is True for detail in details]


def _list_of(value: object, length: int, kind: type) -> bool:
    return (
        isinstance(value, list)
        and len(value) == length
        and all(isinstance(item, kind) for item in value)
    )
