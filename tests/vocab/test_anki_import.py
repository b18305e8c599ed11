"""Proof with the real client: the official ``anki`` package imports our .apkg and our
Anki text file into a fresh collection, and a second import of an updated export
updates notes instead of adding any."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from readaid.language.levels import hsk_label, hsk_level
from readaid.vocab import notetype
from readaid.vocab.exporters import export
from readaid.vocab.store import VocabularyStore

pytest.importorskip("anki", reason="the official anki package is a test dependency")

from anki.collection import Collection  # noqa: E402
from anki.import_export_pb2 import ImportAnkiPackageRequest, ImportCsvRequest  # noqa: E402

BANK_PINYIN = (
    '<span class="tone2" style="color: #d89000">yín</span>'
    '<span class="tone2" style="color: #d89000">háng</span>'
)


@pytest.fixture
def collection(tmp_path: Path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture
def saved(store: VocabularyStore) -> VocabularyStore:
    store.save(
        "银行",
        "銀行",
        "yin2 hang2",
        senses=["bank", "<script>x</script>"],
        sentence="我去銀行取钱。",
        position=2,
        source="notes & news.txt",
        tags=["finance", "hsk 3"],
    )
    store.save("猫", "貓", "mao1", senses=["cat"])
    store.save("绿", "綠", "lu:4", senses=["green"], sentence="绿色", position=0)
    return store


def notes_by_word(col: Collection) -> dict:
    return {col.get_note(nid)["Simplified"]: col.get_note(nid) for nid in col.find_notes("")}


def check_bank_note(note, meaning: str = "bank; &lt;script&gt;x&lt;/script&gt;") -> None:
    assert note.note_type()["name"] == notetype.NAME
    assert dict(note.items()) == {
        "Simplified": "银行",
        "Traditional": "銀行",
        "Pinyin": BANK_PINYIN,
        "Meaning": meaning,
        "Sentence": "我去<b>銀行</b>取钱。",
        "Sentence pinyin": "wǒ qù yínháng qǔqián.",
        "Source": "notes &amp; news.txt",
    }
    assert sorted(note.tags) == sorted(["finance", "hsk_3", f"HSK::{hsk_label(hsk_level('银行'))}"])


def import_apkg(col: Collection, path: Path):
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path))).log


def import_text(col: Collection, path: Path):
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def test_apkg_imports_with_our_note_type_two_cards_and_every_field(saved, collection, tmp_path):
    package = tmp_path / "words.apkg"
    export(saved.words(), "apkg", package, deck="Chinese::readaid")
    log = import_apkg(collection, package)
    assert (len(log.new), len(log.updated)) == (3, 0)
    notes = notes_by_word(collection)
    assert set(notes) == {"银行", "猫", "绿"}
    check_bank_note(notes["银行"])
    assert notes["绿"]["Pinyin"] == '<span class="tone4" style="color: #1560e0">lǜ</span>'
    model = notes["银行"].note_type()
    assert [f["name"] for f in model["flds"]] == list(notetype.FIELDS)
    assert [t["name"] for t in model["tmpls"]] == ["Recognition", "Recall"]
    assert collection.card_count() == 6
    assert collection.decks.by_name("Chinese::readaid") is not None
    questions = {card.template()["name"]: card.question() for card in notes["银行"].cards()}
    assert "银行" in questions["Recognition"] and "bank" not in questions["Recognition"]
    assert "bank" in questions["Recall"] and "银行" not in questions["Recall"]


def test_reimporting_an_updated_apkg_updates_and_adds_nothing(saved, collection, tmp_path):
    package = tmp_path / "words.apkg"
    export(saved.words(), "apkg", package)
    import_apkg(collection, package)
    time.sleep(1.1)  # Anki updates notes whose modification time (in seconds) is newer
    saved.save("银行", "銀行", "yin2 hang2", senses=["bank", "banking"])
    export(saved.words(), "apkg", package)
    log = import_apkg(collection, package)
    assert len(log.new) == 0
    assert collection.note_count() == 3
    notes = notes_by_word(collection)
    assert notes["银行"]["Meaning"] == "bank; &lt;script&gt;x&lt;/script&gt;; banking"
    # Every note in the new package is newer than the one in the collection.
    assert sorted(n.fields[0] for n in log.updated) == sorted(["银行", "猫", "绿"])


def _add_our_note_type(col: Collection) -> None:
    """The text format names a note type the learner already has (from a package or a
    push); a fresh collection gets it the way Anki's own UI would build it."""
    models = col.models
    model = models.new(notetype.NAME)
    for name in notetype.FIELDS:
        models.add_field(model, models.new_field(name))
    for name, question, answer in notetype.TEMPLATES:
        template = models.new_template(name)
        template["qfmt"], template["afmt"] = question, answer
        models.add_template(model, template)
    models.add(model)


def test_anki_text_file_imports_into_our_note_type_and_deck(saved, collection, tmp_path):
    _add_our_note_type(collection)
    text_file = tmp_path / "words.txt"
    export(saved.words(), "anki-txt", text_file, deck="readaid words")
    log = import_text(collection, text_file)
    assert (len(log.new), len(log.updated)) == (3, 0)
    notes = notes_by_word(collection)
    check_bank_note(notes["银行"])
    assert notes["猫"]["Sentence"] == ""
    deck = collection.decks.by_name("readaid words")
    assert deck is not None
    assert {collection.get_card(c).did for c in collection.find_cards("")} == {deck["id"]}


def test_reimporting_an_updated_text_file_updates_and_adds_nothing(saved, collection, tmp_path):
    _add_our_note_type(collection)
    text_file = tmp_path / "words.txt"
    export(saved.words(), "anki-txt", text_file)
    import_text(collection, text_file)
    saved.save("猫", "貓", "mao1", senses=["cat", "feline"])
    export(saved.words(), "anki-txt", text_file)
    log = import_text(collection, text_file)
    assert len(log.new) == 0
    assert len(log.updated) == 1
    assert collection.note_count() == 3
    assert notes_by_word(collection)["猫"]["Meaning"] == "cat; feline"


def test_text_file_and_package_share_guids(saved, collection, tmp_path):
    export(saved.words(), "apkg", tmp_path / "words.apkg")
    export(saved.words(), "anki-txt", tmp_path / "words.txt")
    import_apkg(collection, tmp_path / "words.apkg")
    log = import_text(collection, tmp_path / "words.txt")
    assert len(log.new) == 0
    assert collection.note_count() == 3


def test_cards_speak_the_word_and_sentence_after_the_answer(saved, collection, tmp_path):
    package = tmp_path / "words.apkg"
    export(saved.words(), "apkg", package)
    import_apkg(collection, package)
    for card in notes_by_word(collection)["银行"].cards():
        assert card.question_av_tags() == []  # the front never gives the reading away
        assert spoken(card) == [("zh_CN", "银行"), ("zh_CN", "我去銀行取钱。")]


def spoken(card) -> list[tuple[str, str]]:
    """What Anki's text-to-speech says on the card's back: (language, text)."""
    return [(tag.lang, tag.field_text) for tag in card.answer_av_tags()]


def test_reimporting_brings_existing_notes_to_the_new_templates(
    saved, collection, tmp_path, monkeypatch
):
    silent = tuple(
        (name, question, answer.replace(notetype._SPEECH, ""))
        for name, question, answer in notetype.TEMPLATES
    )
    monkeypatch.setattr(notetype, "TEMPLATES", silent)
    package = tmp_path / "words.apkg"
    export(saved.words(), "apkg", package)
    import_apkg(collection, package)
    card = notes_by_word(collection)["银行"].cards()[0]
    assert spoken(card) == []
    monkeypatch.undo()
    time.sleep(1.1)  # Anki updates note types whose modification time is newer
    export(saved.words(), "apkg", package)
    log = import_apkg(collection, package)
    assert len(log.new) == 0 and collection.note_count() == 3
    card = notes_by_word(collection)["银行"].cards()[0]
    assert spoken(card)[0] == ("zh_CN", "银行")
