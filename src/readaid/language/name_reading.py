"""How a person's name found in the text is read and glossed: CC-CEDICT's way, surname
and given name each capitalised (李大海 Li3 Da4 hai3), the surname with its own reading
(曾 Zeng1, 单 Shan4, 解 Xie4), the given name as pypinyin's phrase data reads it where it
knows the name (张靓颖 Liàngyǐng), else each character's everyday reading.
"""

from __future__ import annotations

from collections.abc import Callable

from readaid.language.cedict import Entry
from readaid.language.names import SURNAME_READINGS, TITLES, surname_length
from readaid.language.pinyin import joined, to_marks

Lookup = Callable[[str], list[Entry]]
#: A phrase's numbered reading in pypinyin's phrase data, or "".
PhraseReading = Callable[[str], str]


def name_entry(
    text: str,
    simplified: str,
    lookup: Lookup,
    common: Callable[[str], str],
    phrase: PhraseReading,
) -> Entry:
    """A synthetic entry for a name the finder made into one token, read CC-CEDICT's way.

    ``lookup`` gives a headword's entries, ``common`` a character's most frequent reading,
    ``phrase`` pypinyin's reading of a phrase it knows."""
    length = surname_length(simplified) or 1
    surname = _surname_reading(simplified[:length], lookup, common)
    given = _given_readings(simplified, length, lookup, common, phrase)
    given = [given[0][:1].upper() + given[0][1:], *given[1:]] if given else []
    pinyin = " ".join([surname, *given])
    family, personal = text[:length], text[length:]
    senses = (
        "person's name (found in the text; not a dictionary entry)",
        f"surname {family} {joined(to_marks(surname))}",
        f"given name {personal} {joined(to_marks(' '.join(given)))}",
    )
    traditional = "".join(
        _traditional(ch, syllable, lookup)
        for ch, syllable in zip(simplified, pinyin.split(), strict=False)
    )
    return Entry(traditional, simplified, pinyin, senses, source="name found in the text")


def _traditional(ch: str, syllable: str, lookup: Lookup) -> str:
    """The character's Traditional form for the reading it has in the name, from the
    dictionary (no OpenCC converter to build for one word)."""
    entries = lookup(ch)
    read_so = [e for e in entries if e.pinyin.lower() == syllable.lower()]
    return next((e.traditional for e in read_so or entries if len(e.traditional) == 1), ch)


def _surname_reading(surname: str, lookup: Lookup, common: Callable[[str], str]) -> str:
    """The dictionary's surname reading (曾 Zeng1, not ceng2); a compound surname it lacks
    (夏侯) is read a character at a time."""
    if surname in SURNAME_READINGS:
        return SURNAME_READINGS[surname]
    for entry in lookup(surname):
        if entry.is_proper_noun and any("surname" in s for s in entry.senses):
            return entry.pinyin
    if len(surname) > 1:
        reading = " ".join(_surname_reading(ch, lookup, common) for ch in surname)
    else:
        reading = _given_reading(surname, lookup, common)
    return reading[:1].upper() + reading[1:].lower()


def unsettled_characters(simplified: str, phrase: PhraseReading) -> range:
    """Offsets in a found name of the given-name characters no phrase data reads, each
    read alone at its everyday reading: where context (the learned model) may choose."""
    length = surname_length(simplified) or 1
    if _phrase_syllables(simplified, length, phrase):
        return range(0)
    return range(length, len(simplified))


def _given_readings(
    name: str, length: int, lookup: Lookup, common: Callable[[str], str], phrase: PhraseReading
) -> list[str]:
    """The given name's syllables: from pypinyin's phrase data for the whole name or the
    given name where it has them, else a character at a time."""
    return _phrase_syllables(name, length, phrase) or [
        _given_reading(ch, lookup, common) for ch in name[length:]
    ]


def _phrase_syllables(name: str, length: int, phrase: PhraseReading) -> list[str]:
    given = name[length:]
    for known, offset in ((phrase(name), length), (phrase(given) if len(given) > 1 else "", 0)):
        syllables = known.lower().split()[offset:]
        if known and len(syllables) == len(given):
            return syllables
    return []


def _given_reading(ch: str, lookup: Lookup, common: Callable[[str], str]) -> str:
    """pypinyin's most frequent reading where it is an everyday one the dictionary has
    (not only a surname's: 晟 shèng, not Chéng; nor a bare variant's: 竺 zhú, not dǔ), else
    the dictionary's first everyday one."""
    everyday = [
        e.pinyin for e in lookup(ch) if not (e.fallback or e.is_proper_noun or e.is_variant_only)
    ]
    usual = common(ch)
    if usual and (usual in everyday or not everyday):
        return usual
    return (everyday or ["?"])[0]


def is_addressed(surname: str, following: str) -> bool:
    """A lone surname followed by a title or 氏 (冯太后, 褚氏, 单老师): read as a surname."""
    return surname_length(surname) == 1 and len(surname) == 1 and following in TITLES
