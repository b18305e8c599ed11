"""``readaid lookup``: dictionary entries, readably or as JSON."""

from __future__ import annotations

import re
from pathlib import Path

import click

from readaid.cli.common import dict_option, dictionary, fail
from readaid.language.cedict import Entry, is_han
from readaid.language.dictionary import Dictionary
from readaid.untrusted import json_dumps

_PINYIN_LIKE = re.compile(r"^[a-zA-Zü:āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5\s']+$")
_TONED = re.compile(r"[1-5āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def find(dictionary: Dictionary, query: str) -> list[Entry]:
    """Headword lookup for Chinese; for Latin text, pinyin first when it has tones,
    English first when it has none (``bank`` is not a syllable, ``yinhang`` is)."""
    if any(is_han(ch) for ch in query):
        entries = dictionary.lookup(query)
        if not entries:
            from readaid.language.script import to_simplified

            entries = dictionary.lookup(to_simplified(query))
        if not entries and len(query) == 1:
            entries = dictionary.character(query)
        return entries
    if _PINYIN_LIKE.match(query) and _TONED.search(query):
        return dictionary.search_pinyin(query) or dictionary.search_english(query)
    english = dictionary.search_english(query)
    if _PINYIN_LIKE.match(query):
        pinyin = dictionary.search_pinyin(query)
        return pinyin + [e for e in english if e not in pinyin]
    return english


def find_words(dictionary: Dictionary, query: str) -> list[tuple[str, list[Entry]]]:
    """``query``'s entries; a Chinese phrase no entry has (我爱北京天安门) is cut into its
    words, each with its own entries, in the order they are written. A person's name
    (李大海) gets the entry the reader shows for it: surname and given name, read."""
    entries = find(dictionary, query)
    if entries or sum(is_han(ch) for ch in query) < 2:
        return [(query, entries)] if entries else []
    from readaid.language.document import Token
    from readaid.language.reader import ReadingCore
    from readaid.language.segment import Kind, segment

    out = []
    for start, end, kind in segment(query, dictionary.known_words, 0, dictionary.common_words):
        word = query[start:end]
        if kind is Kind.NAME:
            out.append((word, ReadingCore(dictionary).entries(Token(word, 0, len(word), kind))))
        elif kind is Kind.CHINESE and (found := find(dictionary, word)):
            out.append((word, found))
    return out


def entry_json(entry: Entry, query: str) -> dict:
    from readaid.language.pinyin import to_marks

    def refs(items):
        return [
            {"traditional": r.traditional, "simplified": r.simplified, "pinyin": r.pinyin}
            for r in items
        ]

    return {
        "query": query,
        "simplified": entry.simplified,
        "traditional": entry.traditional,
        "pinyin": entry.pinyin,
        "pinyin_marks": to_marks(entry.pinyin),
        "definitions": list(entry.senses),
        "classifiers": refs(entry.classifiers),
        "variant_of": refs(entry.variant_of),
        "see_also": refs(entry.see_also),
        "taiwan_pinyin": entry.taiwan_pinyin,
        "jyutping": entry.jyutping,
        "source": entry.source,
    }


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of entries.")
@click.option(
    "--limit", default=10, show_default=True, help="Most entries per pinyin/English query."
)
@dict_option
def lookup(
    words: tuple[str, ...], as_json: bool, limit: int, extra_dicts: tuple[Path, ...]
) -> None:
    """Look up WORDS: Chinese (either script; a phrase is cut into its words), pinyin
    (yinhang, yin2hang2, yín háng, xi'an, lv4) or English. The commonest words come first."""
    from readaid.language.dictionary import QUERY_LIMIT

    if too_long := [word for word in words if len(word.strip()) > QUERY_LIMIT]:
        fail(f"a query is at most {QUERY_LIMIT} characters ({len(too_long[0].strip())} given)")
    dictionary_ = dictionary(extra_dicts)
    found: list[tuple[str, list[Entry]]] = []
    missing = []
    for word in words:
        groups = find_words(dictionary_, word.strip()) if word.strip() else []
        if groups:
            found.extend((part, entries[:limit]) for part, entries in groups)
        else:
            missing.append(word)
    if as_json:
        click.echo(json_dumps([entry_json(e, w) for w, es in found for e in es], indent=2))
    else:
        from readaid.cli.entryview import print_entries

        print_entries(dictionary_, found)
    if missing:
        fail("no entry for " + ", ".join(missing))
