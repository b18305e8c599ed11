"""``vocab push`` against an AnkiConnect that answers oddly, slowly or with terminal
escapes: a one-line error, never a traceback, and what Anki accepted is recorded."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from readaid.cli import cli
from readaid.vocab import ankiconnect
from readaid.vocab.ankiconnect import AnkiConnect, AnkiConnectError, push
from readaid.vocab.store import VocabularyStore

from .fake_anki import FakeAnki


@pytest.fixture
def saved(store: VocabularyStore) -> VocabularyStore:
    store.save("银行", "銀行", "yin2 hang2", senses=["bank"])
    store.save("猫", "貓", "mao1", senses=["cat"])
    return store


def result(value: object):
    return lambda reply: {"result": value, "error": None}


ODD_REPLIES = {
    "no error key": ("deckNames", lambda reply: {"result": None}),
    "null names": ("modelNames", result(None)),
    "int names": ("deckNames", result(7)),
    "names not strings": ("deckNames", result([1, 2])),
    "details not objects": ("canAddNotesWithErrorDetail", result([1, "x"])),
    "short details": ("canAddNotesWithErrorDetail", result([{"canAdd": True}])),
    "null details": ("canAddNotesWithErrorDetail", result(None)),
    "int note ids": ("addNotes", result(5)),
    "deeply nested": ("deckNames", lambda reply: b'{"result": ' + b"[" * 100_000),
    "not json": ("deckNames", lambda reply: b"<html>proxy error</html>"),
}


@pytest.mark.parametrize("case", ODD_REPLIES)
def test_an_odd_reply_is_one_line_and_records_nothing(saved, case: str) -> None:
    action, rewrite = ODD_REPLIES[case]
    with FakeAnki() as anki:
        anki.rewrite[action] = rewrite
        with pytest.raises(AnkiConnectError) as raised:
            push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert "\n" not in str(raised.value)
    assert len(saved.unsent()) == 2


def test_short_can_add_notes_from_an_older_ankiconnect(saved) -> None:
    with FakeAnki(knows_error_detail=False) as anki:
        anki.rewrite["canAddNotes"] = result([True])
        with pytest.raises(AnkiConnectError, match="canAddNotes: unexpected answer"):
            push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert len(saved.unsent()) == 2


def test_a_short_add_notes_answer_records_the_notes_it_names(saved) -> None:
    with FakeAnki() as anki:
        anki.rewrite["addNotes"] = lambda reply: {**reply, "result": reply["result"][:1]}
        with pytest.raises(AnkiConnectError, match="answered 1 note ids for 2 notes; 1 recorded"):
            push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
        assert len(anki.notes) == 2  # Anki did add both
        assert [word.simplified for word in saved.unsent()] == ["猫"]
        # The next push finds the other note in Anki and adds nothing twice.
        del anki.rewrite["addNotes"]
        again = push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert (again.added, again.already_in_anki) == (0, 1)
    assert len(anki.notes) == 2


def test_a_note_id_too_big_to_store_still_counts_as_sent(saved) -> None:
    with FakeAnki() as anki:
        anki.rewrite["addNotes"] = result([10**30, 10**30 + 1])
        pushed = push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert pushed.added == 2
    assert saved.unsent() == []


def test_note_ids_that_are_not_numbers_are_an_error_after_recording_the_others(saved) -> None:
    with FakeAnki() as anki:
        anki.rewrite["addNotes"] = result([1234, "x"])
        with pytest.raises(AnkiConnectError, match=r"\(1 not numbers\); 1 recorded"):
            push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert [word.simplified for word in saved.unsent()] == ["猫"]


def test_a_reply_over_the_size_cap_is_refused(saved, monkeypatch) -> None:
    monkeypatch.setattr(ankiconnect, "MAX_REPLY_BYTES", 1000)
    with FakeAnki() as anki:
        anki.rewrite["modelNames"] = result(["x" * 100] * 50)
        with pytest.raises(AnkiConnectError, match="too large"):
            push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")


def test_a_slow_anki_is_cut_off_at_the_timeout(saved, drip_server) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9999\r\n\r\n"
    with drip_server(head, b'{"result": [') as anki:
        started = time.monotonic()
        with pytest.raises(AnkiConnectError, match=r"did not answer within 0.5 s \(timed out\)"):
            push(saved, AnkiConnect(anki.url, timeout=0.5), deck="readaid")
        assert time.monotonic() - started < 8
    assert len(saved.unsent()) == 2


def test_escapes_in_an_anki_error_reach_the_terminal_as_symbols(saved, data_dir) -> None:
    error = "bad \x1b]0;PWNED\x07\x1b[2J\x9b31m\nsecond line"
    with FakeAnki() as anki:
        anki.rewrite["deckNames"] = lambda reply: {"result": None, "error": error}
        outcome = CliRunner().invoke(
            cli, ["vocab", "--data-dir", str(data_dir), "push", "--anki-url", anki.url]
        )
    assert outcome.exit_code == 1
    assert outcome.output == (
        "readaid: AnkiConnect deckNames: bad ␛]0;PWNED␇␛[2J\ufffd31m second line\n"
    )


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "soon"])
def test_a_timeout_that_is_not_a_time_is_a_usage_error(data_dir, value: str) -> None:
    outcome = CliRunner().invoke(
        cli, ["vocab", "--data-dir", str(data_dir), "push", "--timeout", value]
    )
    assert outcome.exit_code == 2
    assert (
        "positive, finite number of seconds" in outcome.output or "not a number" in outcome.output
    )
    assert "Traceback" not in outcome.output


def test_unexpected_answers_show_what_came(saved) -> None:
    with FakeAnki() as anki:
        anki.rewrite["deckNames"] = result({"decks": ["\x1b[2J"]})
        with pytest.raises(AnkiConnectError) as raised:
            push(saved, AnkiConnect(anki.url, timeout=5), deck="readaid")
    assert str(raised.value) == (
        'AnkiConnect deckNames: unexpected answer {"decks": ["\\u001b[2J"]} '
        "(expected a list of names)"
    )
    assert json.loads('{"decks": ["\\u001b[2J"]}')  # what was shown is the JSON it sent


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("http://[::1", "http://[::1: not a valid AnkiConnect address (Invalid IPv6 URL)"),
        ("ftp://127.0.0.1:9", "(only http and https addresses can be fetched)"),
    ],
)
def test_an_address_that_cannot_be_anki_is_one_line(saved, address: str, message: str) -> None:
    with pytest.raises(AnkiConnectError) as raised:
        push(saved, AnkiConnect(address, timeout=5), deck="readaid")
    assert message in str(raised.value)
    assert len(saved.unsent()) == 2
