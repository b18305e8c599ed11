"""``readaid vocab``: saved words from the command line: add, list, set a status, import
a known-words list, export flashcards, push to Anki."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from readaid.cli.common import OutputFile, Seconds, anki_url_option, fail
from readaid.untrusted import json_dumps, one_line
from readaid.vocab.model import SavedWord, WordStatus

STATUSES = [status.value for status in WordStatus]
DEFAULT_DECK = "readaid"
DATE_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]


def printable(text: str) -> str:
    """Saved text came from files and dictionaries: one line (a column of tab-separated
    output) with control characters shown, never obeyed."""
    return one_line(text, limit=None)


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
    from readaid.language.pinyin import word_marks

    store = open_store(ctx)
    with user_errors():
        chosen = existing_list(store, in_list)
        words = store.words(WordStatus(status) if status else None, in_list=chosen)
    if as_json:
        click.echo(json_dumps([word_json(w) for w in words], indent=2))
        return
    for word in words:
        columns = (
            word.simplified,
            word.traditional,
            word_marks(word.pinyin),
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
        click.echo(json_dumps(payload, indent=2))
        return
    for name, count in found:
        click.echo(f"{printable(name)}\t{count}")


@vocab.command()
@click.argument("word")
@click.argument("status", type=click.Choice(STATUSES))
@click.option("--pinyin", help="Only this reading of the word.")
@click.pass_context
def status(ctx, word: str, status: str, pinyin: str | None) -> None:
    """Set WORD's status: new, learning, known or ignored (a saved word or one the
    dictionary knows)."""
    store = open_store(ctx)
    with user_errors():
        if not store.find(word) and not _in_dictionary(word):
            fail(
                f"{printable(word)!r} is neither saved nor in the dictionary "
                '(save it first: readaid vocab add WORD --pinyin "…" --meaning "…")'
            )
        store.set_status(word, WordStatus(status), pinyin)
    click.echo(f"{printable(word)}: {status}")


def _in_dictionary(word: str) -> bool:
    from readaid.language.reader import get_core

    return any(not entry.fallback for entry in get_core().entries(word.strip()))


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
@click.option(
    "--status",
    "status_name",
    default="known",
    show_default=True,
    type=click.Choice(["learning", "known"]),
    help="The status the words get (a deck you are still learning: learning).",
)
@click.pass_context
def import_known(ctx, file: Path, file_format: str, status_name: str) -> None:
    """Mark the words in FILE as known (or learning, with --status)."""
    from readaid.vocab.importers import read_known_words

    with user_errors():
        found = read_known_words(file, file_format)
        changed = open_store(ctx).mark_all(found.words, WordStatus(status_name))
    message = (
        f"marked {changed} words {status_name} ({len(found.words) - changed} already {status_name})"
    )
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
@click.option("-o", "--output", required=True, type=OutputFile())
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
        if not words:
            # Never replace the learner's deck with an empty one.
            chosen = status or "new and learning"
            since_text = f" added since {since:%Y-%m-%d}" if since else ""
            fail(f"no {chosen} words{since_text} to export; {output} was not written")
        write_export(words, export_format, output, deck=deck, bom=bom)
    click.echo(f"exported {len(words)} words to {output}")


@vocab.command()
@click.option("--deck", help="Anki deck to add to (default: the list's name, else readaid).")
@anki_url_option
@click.option(
    "--timeout",
    type=Seconds(),
    default=30.0,
    show_default=True,
    help="Seconds the whole push may take.",
)
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


# Commands in modules of their own, attached last (they use the helpers above), so that
# ``readaid vocab --help`` lists them.
from readaid.cli.vocab_add import add  # noqa: E402
from readaid.cli.vocab_pull import pull  # noqa: E402

vocab.add_command(add)
vocab.add_command(pull)
