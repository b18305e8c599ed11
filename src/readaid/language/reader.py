"""The reading core's front door: open a text as a :class:`Document`, then ask for each
token's reading and dictionary entries. Front ends (CLI, TUI) use only this and the
model types; nothing here imports a UI."""

from __future__ import annotations

from collections.abc import Callable

from readaid.language.cedict import Entry
from readaid.language.context import ContextReader
from readaid.language.dictionary import Dictionary, get_dictionary
from readaid.language.disambiguator import Disambiguator, get_disambiguator
from readaid.language.disambiguator import is_loaded as disambiguator_loaded
from readaid.language.document import Document, Overrides, Token
from readaid.language.jieba_engine import add_words
from readaid.language.name_reading import name_entry
from readaid.language.readings import read_tokens
from readaid.language.script import Script, convert, to_simplified
from readaid.language.senses import TRADITIONAL_SCRIPTS, form_for_reading, lead_with


class ReadingCore:
    def __init__(self, dictionary: Dictionary, learned: bool = True) -> None:
        self.dictionary = dictionary
        self._context = ContextReader(dictionary)
        self._options: dict = {}  # each word's candidate readings, for every document
        self._names: dict[str, list[Entry]] = {}  # synthetic entries of names met so far
        self._led: dict[tuple, list[Entry]] = {}  # entries in the order a reading leads to
        #: Whether the learned disambiguator may choose where the rules leave a reading open.
        self.learned = learned
        #: Until the model is warmed (:meth:`warm_model`), read by the rules alone rather
        #: than load it on first need: the reader paints first.
        self.defer_model = False
        add_words(dictionary.extra_words())

    def _model(self) -> Disambiguator | None:
        if not self.learned or (self.defer_model and not disambiguator_loaded()):
            return None
        return get_disambiguator()

    def warm_model(self) -> bool:
        """Load the disambiguator (call from a worker); whether it is there to use."""
        return self.learned and get_disambiguator() is not None

    def open(
        self,
        text: str,
        name: str = "",
        overrides: Overrides | None = None,
        hints: dict[int, str] | None = None,
    ) -> Document:
        """A document over ``text``; ``hints`` (offset -> numbered syllable, e.g. from
        pinyin a converting site printed after a character) override the readings there."""
        known = self.dictionary.known_words
        return Document(text, known, name, overrides, hints, self.dictionary.common_words)

    def entries(self, token: Token | str) -> list[Entry]:
        """Word entries for a token, falling back to its Simplified form; a single Han
        character always has at least a fallback entry, a person's name the segmenter
        found a synthetic one (see :func:`name_entry`)."""
        if isinstance(token, Token) and token.is_name:
            return self._name_entries(token.text)
        text = token if isinstance(token, str) else token.text
        entries = self.dictionary.lookup(text)
        if not entries:
            simplified = to_simplified(text)
            if simplified != text:
                entries = self.dictionary.lookup(simplified)
        if not entries and len(text) == 1:
            entries = self.dictionary.character(text)
        return entries

    def _name_entries(self, text: str) -> list[Entry]:
        cached = self._names.get(text)
        if cached is None:
            entry = name_entry(
                text,
                to_simplified(text),
                self.entries,
                self.dictionary.common_reading,
                lambda phrase: self.dictionary.context_phrases([phrase]).get(phrase, ""),
            )
            cached = self._names[text] = [entry]
        return cached

    def readings(self, document: Document, paragraph: int) -> list[str]:
        """Numbered readings of the paragraph's tokens ("" for non-Chinese tokens)."""
        cached = document.readings.get(paragraph)
        if cached is None:
            tokens = document.tokens(paragraph)
            start, end = document.paragraphs[paragraph]
            simplified = to_simplified(document.text[start:end])
            self.dictionary.prefetch(
                form
                for token in tokens
                if token.is_chinese
                for form in (token.text, simplified[token.start - start : token.end - start])
            )
            cached = read_tokens(tokens, self.entries, self._context, self._options, self._model)
            if document.hints:
                cached = _apply_hints(tokens, cached, document.hints, self.entries)
            document.readings[paragraph] = cached
        return cached

    def display_text(self, document: Document, script: Script) -> str:
        """The whole text in ``script``; same length, so token spans still apply."""
        return convert(document.text, script)

    def led_entries(self, token: Token | str, reading: str) -> list[Entry]:
        """The token's entries, the reading and sense the text uses first."""
        key = (token, reading) if isinstance(token, str) else (token.text, token.kind, reading)
        led = self._led.get(key)
        if led is None:
            entries = self.entries(token)
            led = self._led[key] = lead_with(entries, reading, self.dictionary.usual_traditional)
        return led

    def paragraph_text(self, document: Document, paragraph: int, script: Script) -> str:
        """One paragraph in ``script``, each word in a Traditional script written as its
        reading in the text has it (台风 颱風, 衣服干了 乾) where OpenCC chose another of
        the dictionary's forms. Same length as the original."""
        start, end = document.paragraphs[paragraph]
        shown = convert(document.text[start:end], script)
        if Script(script) not in TRADITIONAL_SCRIPTS or shown == document.text[start:end]:
            return shown
        pieces = []
        readings = self.readings(document, paragraph)
        for token, reading in zip(document.tokens(paragraph), readings, strict=True):
            text = shown[token.start - start : token.end - start]
            if reading:
                text = form_for_reading(text, self.led_entries(token, reading), reading, script)
            pieces.append(text)
        return "".join(pieces)


def _apply_hints(
    tokens: list[Token], readings: list[str], hints: dict[int, str], entries_of
) -> list[str]:
    """Let a site's printed reading choose among a token's own dictionary readings. Sites
    get them wrong too (應用 printed yīng), so a hint no entry agrees with is ignored,
    except on a character no dictionary has."""
    out = list(readings)
    for index, token in enumerate(tokens):
        if not token.is_chinese:
            continue
        hinted = {
            p: hints[token.start + p] for p in range(len(token.text)) if token.start + p in hints
        }
        if not hinted:
            continue
        entries = entries_of(token)
        if all(e.fallback for e in entries) and len(token.text) == 1:
            out[index] = hinted[0]
            continue
        for entry in sorted(entries, key=lambda e: e.is_proper_noun):
            syllables = entry.pinyin.lower().split()
            if len(syllables) == len(token.text) and all(
                syllables[p] == h for p, h in hinted.items()
            ):
                out[index] = entry.pinyin
                break
    return out


_default: ReadingCore | None = None


def get_core(report: Callable[[str], None] | None = None) -> ReadingCore:
    """The reading core over the default dictionary; ``report`` hears the steps of
    compiling the dictionary when this is its first use (seconds, once)."""
    global _default
    if _default is None:
        _default = ReadingCore(get_dictionary(report=report))
    return _default
