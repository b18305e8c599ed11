"""A local HTTP server that speaks AnkiConnect's protocol (version 6), enough of it for
readaid's push and pull: it keeps note types, decks, notes and cards (with their interval and
type), answers ``deck:"..."`` and ``note:"..."`` searches, and refuses duplicates by first
field within a deck, as Anki does."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: Turns the answer an action would get into what is sent: a reply object, or raw bytes.
Rewrite = Callable[[dict], "dict | bytes"]


class FakeAnki:
    """``rewrite`` maps an action to a function of its real reply (the action has run:
    notes are added), for testing how readaid copes with odd answers."""

    def __init__(self, *, knows_error_detail: bool = True) -> None:
        self.knows_error_detail = knows_error_detail
        self.rewrite: dict[str, Rewrite] = {}
        self.models: dict[str, dict] = {"Basic": {}}
        self.decks = {"Default"}
        self.notes: list[dict] = []
        #: cardsInfo's answers: {"cardId", "deckName", "modelName", "fields", "interval", "type"}
        self.cards: list[dict] = []
        self.actions: list[str] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    def __enter__(self) -> FakeAnki:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        anki = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                reply = anki.answer(request)
                rewrite = anki.rewrite.get(request["action"])
                if rewrite is not None:
                    reply = rewrite(reply)
                body = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def answer(self, request: dict) -> dict:
        action, params = request["action"], request.get("params", {})
        self.actions.append(action)
        if request.get("version") != 6:
            return {"result": None, "error": "unsupported version"}
        handler = getattr(self, f"action_{action}", None)
        if handler is None or (
            action == "canAddNotesWithErrorDetail" and not self.knows_error_detail
        ):
            return {"result": None, "error": "unsupported action"}
        return {"result": handler(**params), "error": None}

    def _duplicate(self, note: dict) -> bool:
        first_field = next(iter(note["fields"].values()))
        return any(
            n["deckName"] == note["deckName"] and next(iter(n["fields"].values())) == first_field
            for n in self.notes
        )

    def action_modelNames(self) -> list[str]:
        return list(self.models)

    def action_createModel(self, modelName: str, **spec: Any) -> dict:
        self.models[modelName] = spec
        return {"name": modelName}

    def action_deckNames(self) -> list[str]:
        return sorted(self.decks)

    def action_createDeck(self, deck: str) -> int:
        self.decks.add(deck)
        return len(self.decks)

    def action_canAddNotes(self, notes: list[dict]) -> list[bool]:
        return [not self._duplicate(note) for note in notes]

    def action_canAddNotesWithErrorDetail(self, notes: list[dict]) -> list[dict]:
        return [
            {"canAdd": False, "error": "cannot create note because it is a duplicate"}
            if self._duplicate(note)
            else {"canAdd": True}
            for note in notes
        ]

    def action_addNotes(self, notes: list[dict]) -> list[int | None]:
        ids = []
        for note in notes:
            if self._duplicate(note) or note["modelName"] not in self.models:
                ids.append(None)
            else:
                self.notes.append(note)
                ids.append(1_000 + len(self.notes))
        return ids

    def add_card(
        self, deck: str, model: str, fields: dict[str, str], interval: int = 0, card_type: int = 0
    ) -> None:
        """A card as Anki's cardsInfo describes it (type 0 new, 1 learning, 2 review)."""
        self.cards.append(
            {
                "cardId": 5_000 + len(self.cards),
                "deckName": deck,
                "modelName": model,
                "fields": {
                    name: {"value": value, "order": order}
                    for order, (name, value) in enumerate(fields.items())
                },
                "interval": interval,
                "type": card_type,
            }
        )

    def action_findCards(self, query: str) -> list[int]:
        kind, _, name = query.strip('"').partition(":")
        key = {"deck": "deckName", "note": "modelName"}[kind]
        name = name.replace('\\"', '"').replace("\\\\", "\\")
        return [c["cardId"] for c in self.cards if c[key] == name]

    def action_cardsInfo(self, cards: list[int]) -> list[dict]:
        wanted = set(cards)
        return [c for c in self.cards if c["cardId"] in wanted]

    def action_updateModelTemplates(self, model: dict) -> None:
        self.models[model["name"]]["templates"] = model["templates"]

    def action_updateModelStyling(self, model: dict) -> None:
        self.models[model["name"]]["css"] = model["css"]
