"""``readaid vocab add``: save a word, from the dictionary or with the learner's own
reading and meaning (a word the dictionary lacks, or a sense of their own)."""

from __future__ import annotations

import click

from readaid.cli.common import fail


def _reading_key(pinyin: str) -> str:
    return pinyin.lower().replace(" ", "").replace("u:", "v").replace("ü", "v")


def _dictionary_readings(word: str) -> dict[tuple[str, str, str], list[str]]:
    """(simplified, traditional, numbered pinyin) -> senses, for each reading of ``word``."""
    from readaid.language.reader import get_core

    readings: dict[tuple[str, str, str], list[str]] = {}
    for entry in get_core().entries(word) if word else []:
        if not entry.fallback:
            key = (entry.simplified, entry.traditional, entry.pinyin)
            readings.setdefault(key, []).extend(entry.senses)
    return readings


def _own_reading(
    word: str, pinyin: str | None, meaning: str
) -> tuple[tuple[str, str, str], list[str]]:
    """The word in both scripts with the reading and senses the learner typed."""
    from readaid.language.cedict import is_han
    from readaid.language.pinyin import typed_reading
    from readaid.language.script import Script, convert

    if not pinyin:
        fail(f"{word} is not in the dictionary: give its reading with --pinyin too")
    numbered = typed_reading(pinyin)
    characters = sum(1 for ch in word if is_han(ch))
    if not characters:
        fail(f"{word!r} has no Chinese characters")
    count = len(numbered.split())
    # Letters in a word (卡拉OK) have readings of their own, so only count all-Han words.
    if not numbered or (count != characters if characters == len(word) else count < characters):
        fail(
            f"--pinyin {pinyin!r}: give one syllable for each of the {characters} characters "
            "of the word, e.g. 'dōng tán zhǔ' or 'dong1 tan2 zhu3'"
        )
    senses = [sense.strip() for sense in meaning.split(";") if sense.strip()]
    forms = (convert(word, Script.SIMPLIFIED), convert(word, Script.TRADITIONAL), numbered)
    return forms, senses


@click.command()
@click.argument("word")
@click.option("--sentence", default="", help="The sentence the word was met in.")
@click.option("--source", default="", help="Where the sentence came from.")
@click.option(
    "--pinyin",
    help="The reading: one of the dictionary's (e.g. hang2), or your own with --meaning.",
)
@click.option(
    "--meaning",
    help="Your own meaning (senses separated by ';'): saves any word, even one the "
    "dictionary lacks, with the reading given by --pinyin.",
)
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--note", default="", help="A free note.")
@click.option("--list", "lists", multiple=True, help="Also put it in this named list (repeatable).")
@click.pass_context
def add(
    ctx,
    word: str,
    sentence: str,
    source: str,
    pinyin: str | None,
    meaning: str | None,
    tags,
    note: str,
    lists: tuple[str, ...],
) -> None:
    """Save WORD, with its readings and senses from the dictionary (or your own)."""
    from readaid.cli.vocab import open_store, user_errors
    from readaid.language.pinyin import to_marks, word_marks
    from readaid.untrusted import printable

    word = word.strip()
    if not word:
        fail("no word given")
    readings = _dictionary_readings(word)
    own = bool(meaning and meaning.strip())
    if own:
        if readings and not pinyin:
            pinyin = to_marks(next(iter(readings))[2])
        chosen, senses = _own_reading(word, pinyin, meaning or "")
        readings = {chosen: senses}
    elif not readings:
        fail(f'no dictionary entry for {word!r}: save it with your own --pinyin "…" --meaning "…"')
    chosen = next(iter(readings))
    if pinyin and not own:
        matches = [k for k in readings if _reading_key(k[2]) == _reading_key(pinyin)]
        if not matches:
            known = ", ".join(k[2] for k in readings)
            fail(f"{word} has no reading {pinyin!r} (it has: {known}; or give --meaning)")
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
    click.echo(f"saved {simplified} {traditional} {word_marks(numbered)}{contexts}{in_lists}")
    others = [k[2] for k in readings if k != chosen]
    if others and not pinyin:
        click.echo(f"other readings: {', '.join(others)} (choose one with --pinyin)")
