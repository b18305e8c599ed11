"""``readaid vocab``: saved words from the command line: add, list, set a status, import
a known-words list, export flashcards, push to Anki."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from readaid.cli.common import fail
from readaid.vocab.model import SavedWord, WordStatus

STATUSES = [status.value for status in WordStatus]
DEFAULT_DECK = "readaid"
DATE_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]


def printable(text: str) -> str:
    """Saved text came from files: show control characters as U+FFFD, never obey them."""
    return "".join("\ufffd" if unicodedata.category(ch) == "Cc" else ch for ch in text)


@contextmanager
def user_errors() -> Iterator[None]:
    """Every failure the learner can cause or fix becomes one line and exit status 1."""
    from readaid.vocab.ankiconnect import AnkiConnectError
    from readaid.vocab.exporters import ExportError
    from readaid.vocab.importers import ImportFileError
    from readaid.vocab.store import StoreError

    try:
        yield
    except (StoreError, ExportError, ImportFileError, AnkiConnectError) as error:
        fail(str(error))


def open_store(ctx: click.Context):
    from readaid.vocab.store import VocabularyStore

    with user_errors():
        store = VocabularyStore.open(ctx.obj)
    ctx.call_on_close(store.close)
    return store


@click.group()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the vocabulary store (default: readaid's data folder).",
)
@click.pass_context
def vocab(ctx: click.Context, data_dir: Path | None) -> None:
    """Saved words: add, list, import, export."""
    ctx.obj = data_dir


def _reading_key(pinyin: str) -> str:
    return pinyin.lower().replace(" ", "").replace("u:", "v").replace("ü", "v")


@vocab.command()
@click.argument("word")
@click.option("--sentence", default="", help="The sentence the word was met in.")
@click.option("--source", default="", help="Where the sentence came from.")
@click.option("--pinyin", help="The reading to save when there are several (e.g. hang2).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--note", default="", help="A free note.")
@click.option("--list", "lists", multiple=True, help="Also put it in this named list (repeatable).")
@click.pass_context
def add(
    ctx, word: str, sentence: str, source: str, pinyin: str | None, tags, note: str, lists
) -> None:
    """Save WORD, with its readings and senses from the dictionary."""
    from readaid.language.pinyin import to_marks
    from readaid.language.reader import get_core

    word = word.strip()
    readings: dict[tuple[str, str, str], list[str]] = {}
    for entry in get_core().entries(word) if word else []:
        if not entry.fallback:
            key = (entry.simplified, entry.traditional, entry.pinyin)
            readings.setdefault(key, []).extend(entry.senses)
    if not readings:
        fail(f"no dictionary entry for {word!r}")
    chosen = next(iter(readings))
    if pinyin:
        matches = [k for k in readings if _reading_key(k[2]) == _reading_key(pinyin)]
        if not matches:
            known = ", ".join(k[2] for k in readings)
            fail(f"{word} has no reading {pinyin!r} (it has: {known})")
        chosen = matches[0]
    simplified, traditional, numbered = chosen
    position = -1
    for form in (word, simplified, traditional) if sentence else ():
        if (position := sentence.find(form)) >= 0:
            break
    if sentence and position < 0:
        fail(f"the sentence does not contain {word}")
    store = open_store(ctx)
    with user_errors():
        saved = store.save(
            simplified,
            traditional,
            numbered,
            senses=readings[chosen],
            sentence=sentence,
            position=max(position, 0),
            source=source,
            tags=tags,
            note=note,
            lists=lists,
        )
    contexts = f" ({len(saved.contexts)} sentences)" if len(saved.contexts) > 1 else ""
    in_lists = f" in {', '.join(map(printable, saved.lists))}" if saved.lists else ""
    click.echo(f"saved {simplified} {traditional} {to_marks(numbered)}{contexts}{in_lists}")
    others = [k[2] for k in readings if k != chosen]
    if others and not pinyin:
        click.echo(f"other readings: {', '.join(others)} (choose one with --pinyin)")


def word_json(word: SavedWord) -> dict:
    return {
        "simplified": word.simplified,
        "traditional": word.traditional,
        "pinyin": word.pinyin,
        "senses": list(word.senses),
        "status": word.status.value,
        "tags": list(word.tags),
        "note": word.note,
        "lists": list(word.lists),
        "added": word.added.isoformat() if word.added else None,
        "contexts": [
            {"sentence": c.sentence, "position": c.position, "source": c.source, "offset": c.offset}
            for c in word.contexts
        ],
    }


list_option = click.option("--list", "in_list", help="Only the words in this named list.")


def existing_list(store, name: str | None) -> str | None:
    """``name`` if the store has such a list (None stays None); else a clear error."""
    if name is not None and not store.has_list(name):
        names = ", ".join(printable(n) for n, _ in store.lists()) or "none yet"
        fail(f"no list named {printable(name)!r} (lists: {names})")
    return name


@vocab.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--status", type=click.Choice(STATUSES), help="Only words with this status.")
@list_option
@click.pass_context
def list_words(ctx, as_json: bool, status: str | None, in_list: str | None) -> None:
    """List saved words, oldest first."""
    from readaid.language.pinyin import to_marks

    store = open_store(ctx)
    with user_errors():
        chosen = existing_list(store, in_list)
        words = store.words(WordStatus(status) if status else None, in_list=chosen)
    if as_json:
        click.echo(json.dumps([word_json(w) for w in words], ensure_ascii=False, indent=2))
        return
    for word in words:
        columns = (
            word.simplified,
            word.traditional,
            to_marks(word.pinyin),
            word.status.value,
            "; ".join(word.senses),
        )
        click.echo("\t".join(printable(column) for column in columns))


@vocab.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def lists(ctx, as_json: bool) -> None:
    """The named lists, with how many words each holds."""
    with user_errors():
        found = open_store(ctx).lists()
    if as_json:
        payload = [{"name": name, "words": count} for name, count in found]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for name, count in found:
        click.echo(f"{printable(name)}\t{count}")


@vocab.command()
@click.argument("word")
@click.argument("status", type=click.Choice(STATUSES))
@click.option("--pinyin", help="Only this reading of the word.")
@click.pass_context
def status(ctx, word: str, status: str, pinyin: str | None) -> None:
    """Set WORD's status: new, learning, known or ignored."""
    with user_errors():
        open_store(ctx).set_status(word, WordStatus(status), pinyin)
    click.echo(f"{printable(word)}: {status}")


@vocab.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "file_format",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "words", "csv", "pleco", "anki"]),
    help="Word list, CSV, Pleco export or Anki text export.",
)
@click.pass_context
def import_known(ctx, file: Path, file_format: str) -> None:
    """Mark the words in FILE as known."""
    from readaid.vocab.importers import read_known_words

    with user_errors():
        found = read_known_words(file, file_format)
        changed = open_store(ctx).mark_known(found.words)
    message = f"marked {changed} words known ({len(found.words) - changed} already known)"
    if found.skipped:
        message += f"; skipped {found.skipped} entries with no Chinese word"
    click.echo(message)


@vocab.command()
@click.option(
    "--format",
    "export_format",
    required=True,
    type=click.Choice(["apkg", "anki-txt", "csv", "pleco", "zhongwen"]),
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--since", type=click.DateTime(DATE_FORMATS), help="Only words added since.")
@click.option(
    "--status",
    type=click.Choice([*STATUSES, "all"]),
    help="Only words with this status (default: the words being learnt, new and learning).",
)
@click.option("--deck", help="Anki deck name (default: the list's name, else readaid).")
@click.option("--bom", is_flag=True, help="Start the CSV with a byte-order mark (for Excel).")
@list_option
@click.pass_context
def export(ctx, export_format, output: Path, since, status, deck, bom: bool, in_list) -> None:
    """Write saved words as flashcards."""
    from readaid.vocab.exporters import export as write_export

    store = open_store(ctx)
    deck = deck or in_list or DEFAULT_DECK
    with user_errors():
        chosen = existing_list(store, in_list)
        words = store.words(WordStatus(status) if status in STATUSES else None, since, chosen)
        if status is None:
            # Known and ignored words are what a learner does not want cards for.
            words = [w for w in words if w.status in (WordStatus.NEW, WordStatus.LEARNING)]
        write_export(words, export_format, output, deck=deck, bom=bom)
    click.echo(f"exported {len(words)} words to {output}")


@vocab.command()
@click.option("--deck", help="Anki deck to add to (default: the list's name, else readaid).")
@click.option(
    "--anki-url",
    envvar="READAID_ANKICONNECT_URL",
    default="http://127.0.0.1:8765",
    show_default=True,
    help="AnkiConnect address (or READAID_ANKICONNECT_URL).",
)
@click.option("--timeout", default=10.0, show_default=True, help="Seconds to wait for Anki.")
@list_option
@click.pass_context
def push(ctx, deck: str | None, anki_url: str, timeout: float, in_list: str | None) -> None:
    """Send words not sent before to Anki (needs the AnkiConnect add-on)."""
    from readaid.vocab.ankiconnect import AnkiConnect
    from readaid.vocab.ankiconnect import push as push_words

    store = open_store(ctx)
    deck = deck or in_list or DEFAULT_DECK
    with user_errors():
        chosen = existing_list(store, in_list)
        result = push_words(store, AnkiConnect(anki_url, timeout), deck, chosen)
    message = f"sent {result.added} words to Anki deck {deck!r}"
    if result.already_in_anki:
        message += f" ({result.already_in_anki} already there)"
    click.echo(message)


# Commands in modules of their own, attached last (they use the helpers above).
from readaid.cli.vocab_pull import pull  # noqa: E402

vocab.add_command(pull)
