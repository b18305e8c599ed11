"""Pushing words to Anki through AnkiConnect, against a local server that speaks it."""

from __future__ import annotations

import socket

import pytest

from readaid.language.levels import hsk_label, hsk_level
from readaid.vocab import notetype
from readaid.vocab.ankiconnect import AnkiConnect, AnkiConnectError, push
from readaid.vocab.store import VocabularyStore, WordStatus

from .fake_anki import FakeAnki


@pytest.fixture
def anki():
    with FakeAnki() as server:
        yield server


@pytest.fixture
def saved(store: VocabularyStore) -> VocabularyStore:
    store.save("银行", "銀行", "yin2 hang2", senses=["bank"], sentence="我去银行。", position=2)
    store.save("猫", "貓", "mao1", senses=["cat"], tags=["animal"])
    store.set_status("学生", WordStatus.KNOWN)
    return store


def test_push_creates_note_type_and_deck_then_adds_notes(saved, anki) -> None:
    result = push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid::reading")
    assert (result.added, result.already_in_anki) == (2, 0)
    assert anki.actions == [
        "modelNames",
        "createModel",
        "deckNames",
        "createDeck",
        "canAddNotesWithErrorDetail",
        "addNotes",
    ]
    model = anki.models[notetype.NAME]
    assert model["inOrderFields"] == list(notetype.FIELDS)
    assert [t["Name"] for t in model["cardTemplates"]] == ["Recognition", "Recall"]
    assert "readaid::reading" in anki.decks
    bank, cat = anki.notes
    assert bank["fields"]["Sentence"] == "我去<b>银行</b>。"
    assert bank["fields"]["Meaning"] == "bank"
    assert cat["tags"] == ["animal", f"HSK::{hsk_label(hsk_level('猫'))}"]
    assert cat["modelName"] == notetype.NAME
    assert saved.unsent() == []


def test_a_second_push_sends_only_new_words(saved, anki) -> None:
    client = AnkiConnect(anki.url, timeout=5)
    push(saved, client, deck="readaid")
    anki.actions.clear()
    assert push(saved, client, deck="readaid").added == 0
    assert anki.actions == []
    saved.save("狗", "狗", "gou3", senses=["dog"])
    assert push(saved, client, deck="readaid").added == 1
    assert "createModel" not in anki.actions and "createDeck" not in anki.actions
    assert len(anki.notes) == 3


def test_duplicates_already_in_anki_are_skipped(saved, anki) -> None:
    anki.notes.append({"deckName": "readaid", "modelName": "Basic", "fields": {"Front": "猫"}})
    result = push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert (result.added, result.already_in_anki) == (1, 1)
    assert [n["fields"].get("Simplified") for n in anki.notes] == [None, "银行"]


def test_older_ankiconnect_falls_back_to_can_add_notes(saved) -> None:
    with FakeAnki(knows_error_detail=False) as anki:
        result = push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert result.added == 2
    assert "canAddNotes" in anki.actions


def test_anki_not_running_is_a_clear_error_and_marks_nothing_sent(saved) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    client = AnkiConnect(f"http://127.0.0.1:{closed_port}", timeout=2)
    with pytest.raises(AnkiConnectError, match="cannot reach Anki.*AnkiConnect") as raised:
        push(saved, client, deck="readaid")
    assert "\n" not in str(raised.value)
    assert len(saved.unsent()) == 2


def test_a_later_push_brings_the_note_type_to_the_speaking_templates(saved, anki) -> None:
    anki.models[notetype.NAME] = {"cardTemplates": [], "css": ""}  # made by an older readaid
    saved.save("工作", "工作", "gong1 zuo4", senses=["work"])
    push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert "createModel" not in anki.actions
    templates = anki.models[notetype.NAME]["templates"]
    assert set(templates) == {"Recognition", "Recall"}
    for template in templates.values():
        assert "{{tts zh_CN:Simplified}}" in template["Back"]
        assert "tts" not in template["Front"]
    assert anki.models[notetype.NAME]["css"] == notetype.CSS
