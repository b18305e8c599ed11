"""Sending saved words straight into a running Anki through the AnkiConnect add-on
(API version 6: a JSON POST of ``{"action", "version", "params"}`` answered by
``{"result", "error"}``). Only the standard library, with a timeout on every call."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from readaid.vocab import notetype
from readaid.vocab.card import card_for
from readaid.vocab.model import SavedWord
from readaid.vocab.store import VocabularyStore

DEFAULT_URL = "http://127.0.0.1:8765"
API_VERSION = 6


class AnkiConnectError(Exception):
    """Anki could not be reached or did not answer like AnkiConnect (one line)."""


class ActionError(AnkiConnectError):
    """AnkiConnect answered, with an error for this action."""


class AnkiConnect:
    def __init__(self, url: str = DEFAULT_URL, timeout: float = 10.0) -> None:
        self.url = url
        self.timeout = timeout

    def invoke(self, action: str, **params: Any) -> Any:
        body = json.dumps({"action": action, "version": API_VERSION, "params": params})
        request = urllib.request.Request(
            self.url, data=body.encode(), headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                reply = json.loads(response.read())
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise AnkiConnectError(
                f"cannot reach Anki at {self.url} ({reason}): is Anki running with the "
                "AnkiConnect add-on?"
            ) from None
        except ValueError:
            raise AnkiConnectError(f"{self.url} did not answer like AnkiConnect") from None
        if not isinstance(reply, dict) or "error" not in reply or "result" not in reply:
            raise AnkiConnectError(f"{self.url} did not answer like AnkiConnect {API_VERSION}")
        if reply["error"]:
            raise ActionError(f"AnkiConnect {action}: {reply['error']}")
        return reply["result"]


@dataclass(frozen=True)
class PushResult:
    added: int
    already_in_anki: int


def push(
    store: VocabularyStore, client: AnkiConnect, deck: str, in_list: str | None = None
) -> PushResult:
    """Send the words not sent before (of one named list if ``in_list``); record each
    word Anki accepted. If Anki cannot be reached, nothing is recorded."""
    words = store.unsent(in_list)
    if not words:
        return PushResult(0, 0)
    ensure_note_type(client)
    if deck not in client.invoke("deckNames"):
        client.invoke("createDeck", deck=deck)
    notes = [note_for(word, deck) for word in words]
    addable = can_add(client, notes)
    to_add = [(word, note) for word, note, ok in zip(words, notes, addable, strict=True) if ok]
    note_ids = client.invoke("addNotes", notes=[note for _, note in to_add]) if to_add else []
    sent = [
        (word.id, note_id)
        for (word, _), note_id in zip(to_add, note_ids, strict=True)
        if note_id is not None
    ]
    store.record_sent(sent, deck)
    return PushResult(len(sent), len(words) - len(to_add))


def ensure_note_type(client: AnkiConnect) -> None:
    """Create readaid's note type, or bring an existing one to the current templates."""
    if notetype.NAME in client.invoke("modelNames"):
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
    try:
        details = client.invoke("canAddNotesWithErrorDetail", notes=notes)
    except ActionError as error:
        if "unsupported action" not in str(error):
            raise
        return [bool(ok) for ok in client.invoke("canAddNotes", notes=notes)]
    return [bool(detail.get("canAdd")) for detail in details]
