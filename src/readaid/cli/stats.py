"""``readaid stats``: how much of a text the learner knows, its HSK level and the words to
learn first; for several texts, which to read next."""

from __future__ import annotations

import json
from pathlib import Path

import click

from readaid.cli.common import dict_option, dictionary, fail
from readaid.language.levels import DEFAULT_STANDARD, STANDARDS

#: What a folder is searched for (the formats ``readaid read`` opens).
TEXT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".xhtml", ".epub"})


@click.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list for several texts).")
@click.option(
    "--hsk",
    "standard",
    type=click.Choice(STANDARDS),
    default=DEFAULT_STANDARD,
    show_default=True,
    help="HSK document: the 2025 exam syllabus, the 2021 standard, or HSK 2.0.",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="Unknown words listed in the table (the JSON lists all).",
)
@click.option(
    "--history", is_flag=True, help="Your progress: words that became known per day, texts read."
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the vocabulary store (default: readaid's data folder).",
)
@dict_option
def stats(
    paths: tuple[str, ...],
    as_json: bool,
    standard: str,
    top: int,
    history: bool,
    data_dir: Path | None,
    extra_dicts: tuple[Path, ...],
) -> None:
    """How much of each PATH you know (a folder: every text in it), ranked."""
    if history and paths:
        fail("stats: --history shows your progress, not a text's: give it no PATH")
    if history:
        from readaid.cli.history import show_history

        show_history(data_dir, as_json)
        return
    if not paths:
        fail("stats: name a text or a folder (or --history)")
    from readaid.language.parallel_count import count_words_in_parallel
    from readaid.language.reader import ReadingCore
    from readaid.learner.stats import prepare, ranked, stats_from_counts

    texts = list(_texts(paths))
    statuses = _statuses(data_dir)
    core = ReadingCore(dictionary(extra_dicts))
    glossed = None if as_json else top

    def meanwhile() -> None:
        """While the other cores count: what the statistics and the table will need."""
        prepare(standard)
        if not as_json:
            import readaid.cli.stats_view  # noqa: F401  (rich: 0.03 s)

    # A command, with no other thread running: a long text is counted on every core.
    results = []
    for name, title, text in texts:
        counts = count_words_in_parallel(text, core.dictionary, meanwhile=meanwhile)
        results.append(
            stats_from_counts(name, counts, core, statuses, standard, glossed, title=title)
        )
    several = len(paths) > 1 or any(Path(p).is_dir() for p in paths)
    if as_json:
        payload = [s.to_json() for s in ranked(results)] if several else results[0].to_json()
        # Compact: only then does json use its C encoder (a novel lists 40,000 words).
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    from readaid.cli.stats_view import show_one, show_ranking

    if several:
        show_ranking(ranked(results))
    else:
        show_one(results[0], top)


def _texts(paths: tuple[str, ...]):
    """(name, title, text) of each path; a folder gives its texts in name order. A named path that
    cannot be read stops the command; a file found in a folder is skipped with a note."""
    from readaid.text import InputError, load

    for given in paths:
        folder = Path(given)
        if given != "-" and folder.is_dir():
            found = sorted(p for p in folder.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                fail(f"{given}: no texts in this folder ({', '.join(sorted(TEXT_SUFFIXES))})")
            for path in found:
                try:
                    loaded = load(path)
                except InputError as error:
                    click.echo(f"readaid: note: skipped {error}", err=True)
                    continue
                name = str(Path(folder.name) / path.relative_to(folder))
                yield name, loaded.title, loaded.text
            continue
        try:
            loaded = load(given)
        except InputError as error:
            fail(str(error))
        yield loaded.name, loaded.title, loaded.text


def _statuses(data_dir: Path | None):
    from readaid.vocab.store import StoreError, VocabularyStore

    try:
        with VocabularyStore.open(data_dir) as store:
            return store.statuses()
    except StoreError as error:
        fail(str(error))
