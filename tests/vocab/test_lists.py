"""Named lists: a word in several lists, filtering, export and push by list, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.vocab.migrations import migrate
from readaid.vocab.model import WordStatus
from readaid.vocab.store import StoreError, VocabularyStore

from .fake_anki import FakeAnki


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_a_word_can_be_in_several_lists(store: VocabularyStore):
    word = store.save("银行", "銀行", "yin2 hang2", lists=["article 1"])
    again = store.save("银行", "銀行", "yin2 hang2", lists=["HSK 3", "article 1"])
    assert again.id == word.id
    assert again.lists == ("HSK 3", "article 1")
    assert store.lists() == [("HSK 3", 1), ("article 1", 1)]


def test_words_filter_by_list(store: VocabularyStore):
    store.save("银行", "銀行", "yin2 hang2", lists=["money"])
    store.save("工作", "工作", "gong1 zuo4", lists=["work"])
    store.save("钱", "錢", "qian2", lists=["money"], status=WordStatus.KNOWN)
    assert [w.simplified for w in store.words(in_list="money")] == ["银行", "钱"]
    assert [w.simplified for w in store.words(WordStatus.KNOWN, in_list="money")] == ["钱"]
    assert store.words(in_list="nothing") == []


def test_leaving_a_list_keeps_the_word(store: VocabularyStore):
    word = store.save("银行", "銀行", "yin2 hang2", lists=["money", "places"])
    assert store.remove_from_list("money", [word.id]) == 1
    assert store.find("银行")[0].lists == ("places",)
    assert store.lists() == [("money", 0), ("places", 1)]


def test_deleting_and_restoring_a_word_keeps_its_lists(store: VocabularyStore):
    word = store.save("银行", "銀行", "yin2 hang2", lists=["money"])
    store.delete(word.id)
    assert store.lists() == [("money", 0)]
    store.restore(word)
    assert store.find("银行")[0].lists == ("money",)


def test_list_names_are_trimmed_and_never_empty(store: VocabularyStore):
    word = store.save("银行", "銀行", "yin2 hang2", lists=["  my\nlist "])
    assert word.lists == ("my list",)
    with pytest.raises(StoreError, match="needs a name"):
        store.add_to_list("  ", [word.id])


def test_an_older_store_gains_lists_and_keeps_its_words(tmp_path: Path):
    import sqlite3

    from readaid.vocab.database import DATABASE_NAME

    folder = tmp_path / "old"
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    migrate(connection, upto=3)
    connection.execute(
        "INSERT INTO words (simplified, traditional, pinyin, added_at, updated_at)"
        " VALUES ('银行', '銀行', 'yin2 hang2', '2026-01-01T00:00:00+00:00',"
        " '2026-01-01T00:00:00+00:00')"
    )
    connection.close()
    with VocabularyStore.open(folder) as store:
        (word,) = store.words()
        assert word.lists == ()
        store.add_to_list("old words", [word.id])
        assert store.words(in_list="old words")[0].simplified == "银行"


# -- the CLI ---------------------------------------------------------------------------


def test_cli_add_list_and_lists(core, data_dir: Path):
    result = run("vocab", "--data-dir", str(data_dir), "add", "银行", "--list", "money")
    assert result.exit_code == 0, result.output
    assert "in money" in result.output
    run("vocab", "--data-dir", str(data_dir), "add", "工作", "--list", "work")
    result = run("vocab", "--data-dir", str(data_dir), "list", "--list", "money", "--json")
    assert result.exit_code == 0, result.output
    assert [(w["simplified"], w["lists"]) for w in json.loads(result.output)] == [
        ("银行", ["money"])
    ]
    result = run("vocab", "--data-dir", str(data_dir), "lists")
    assert result.output.splitlines() == ["money\t1", "work\t1"]


def test_cli_unknown_list_is_a_clear_error(core, data_dir: Path):
    run("vocab", "--data-dir", str(data_dir), "add", "银行", "--list", "money")
    result = run("vocab", "--data-dir", str(data_dir), "list", "--list", "mony")
    assert result.exit_code == 1
    assert "no list named 'mony' (lists: money)" in result.output


def test_cli_export_a_list_as_a_deck_named_after_it(core, data_dir: Path, tmp_path: Path):
    from anki.collection import Collection

    run("vocab", "--data-dir", str(data_dir), "add", "银行", "--list", "money")
    run("vocab", "--data-dir", str(data_dir), "add", "工作", "--list", "work")
    out = tmp_path / "money.apkg"
    result = run(
        "vocab",
        "--data-dir",
        str(data_dir),
        "export",
        "--format",
        "apkg",
        "-o",
        str(out),
        "--list",
        "money",
    )
    assert result.exit_code == 0, result.output
    assert "exported 1 words" in result.output
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        collection.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(out), options=ImportAnkiPackageOptions())
        )
        assert "money" in [d.name for d in collection.decks.all_names_and_ids()]
        notes = [collection.get_note(i) for i in collection.find_notes("")]
        assert [n["Simplified"] for n in notes] == ["银行"]
    finally:
        collection.close()


def test_cli_push_a_list_to_its_own_deck(core, data_dir: Path):
    run("vocab", "--data-dir", str(data_dir), "add", "银行", "--list", "money")
    run("vocab", "--data-dir", str(data_dir), "add", "工作", "--list", "work")
    with FakeAnki() as anki:
        result = run(
            "vocab",
            "--data-dir",
            str(data_dir),
            "push",
            "--anki-url",
            anki.url,
            "--list",
            "money",
        )
        assert result.exit_code == 0, result.output
        assert "sent 1 words to Anki deck 'money'" in result.output
        assert [n["deckName"] for n in anki.notes] == ["money"]
