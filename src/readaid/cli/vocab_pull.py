"""``readaid vocab pull``: what the learner knows in Anki becomes their status in readaid."""

from __future__ import annotations

import click

from readaid.cli.common import Seconds, anki_url_option
from readaid.cli.vocab import open_store, printable, user_errors
from readaid.vocab.model import WordStatus


@click.command()
@click.option("--deck", help="Read this deck (default: every card of readaid's note type).")
@click.option(
    "--field",
    help="The field holding the characters (default: Simplified, else the note's first).",
)
@anki_url_option
@click.option(
    "--timeout",
    type=Seconds(),
    default=10.0,
    show_default=True,
    help="Seconds the whole pull may take.",
)
@click.option("--dry-run", is_flag=True, help="Only report what would change.")
@click.pass_context
def pull(ctx, deck, field, anki_url: str, timeout: float, dry_run: bool) -> None:
    """Set word statuses from your Anki cards: known from an interval of 21 days (the
    config's [anki] known_interval_days), learning while being learnt. Statuses are only
    raised, and every change is listed."""
    from readaid.vocab.anki_pull import anki_words, known_interval_days
    from readaid.vocab.anki_pull import pull as pull_words
    from readaid.vocab.ankiconnect import AnkiConnect

    store = open_store(ctx)
    with user_errors():
        found, skipped = anki_words(
            AnkiConnect(anki_url, timeout), deck, field, known_interval_days()
        )
        changes = pull_words(store, found, lambda w, s: _save(store, w, s), dry_run)
    for change in sorted(changes, key=lambda c: (c.kept, c.word)):
        word = printable(change.word)
        days = f"interval {change.interval} d"
        if change.before is None:
            click.echo(f"added   {word}: {change.after.value} ({days})")
        elif change.kept:
            click.echo(f"kept    {word}: {change.before.value} (Anki: {change.anki.value}, {days})")
        else:
            click.echo(f"changed {word}: {change.before.value} -> {change.after.value} ({days})")
    added = sum(c.before is None for c in changes)
    raised = sum(c.before is not None and not c.kept for c in changes)
    kept = sum(c.kept for c in changes)
    summary = (
        f"{len(found)} words in Anki: {added} added, {raised} raised, {kept} kept as set in "
        f"readaid, {len(found) - len(changes)} already the same"
    )
    if skipped:
        summary += f"; {skipped} cards with no Chinese characters in the field skipped"
    click.echo(("(dry run) " if dry_run else "") + summary)


def _save(store, word: str, status: WordStatus) -> None:
    """A word from Anki, saved with the dictionary's reading and senses where it has one."""
    from readaid.language.reader import get_core

    entries = [e for e in get_core().entries(word) if not e.fallback]
    if not entries:
        store.set_status(word, status)
        return
    first = entries[0]
    senses = [s for e in entries if e.pinyin == first.pinyin for s in e.senses]
    store.save(first.simplified, first.traditional, first.pinyin, senses=senses, status=status)
