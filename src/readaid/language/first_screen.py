"""The words of the screen a text opens at: its paragraphs' tokens and readings, read
ahead (by a child process, :mod:`readaid.language.early_reading`) and handed to the
reader's document."""

from __future__ import annotations

from dataclasses import dataclass

from readaid.language.document import Document, Token

#: Each paragraph read: its tokens and their numbered readings.
Paragraphs = dict[int, tuple[list[Token], list[str]]]


@dataclass(frozen=True)
class FirstWords:
    """The answer: which text it is (its ``hash()``, which a forked child computes with
    the parent's key), then the paragraphs read."""

    text_hash: int
    paragraphs: Paragraphs

    def hand_over(self, document: Document) -> int:
        """Give ``document`` the paragraphs read, if they are its text's and no correction
        of the learner's changes its words; how many were taken."""
        overrides = document.overrides
        if self.text_hash != hash(document.text) or overrides.breaks or overrides.joins:
            return 0
        for paragraph, (tokens, readings) in self.paragraphs.items():
            document.adopt(paragraph, tokens, readings)
        return len(self.paragraphs)


def read_first_screen(
    text: str, offset: int, hints: dict[int, str], ahead: int
) -> FirstWords | None:
    """The tokens and readings (by the rules, as the reader's first screen has them) of
    the paragraphs starting within ``ahead`` characters from ``offset``, and a third of
    that before it; None when the dictionary is not compiled yet."""
    from readaid.language.dictionary import compiled_dictionary
    from readaid.language.reader import ReadingCore

    dictionary = compiled_dictionary()
    if dictionary is None:
        return None
    core = ReadingCore(dictionary)
    core.defer_model = True
    document = core.open(text, hints=hints)
    if not document.paragraphs:
        return FirstWords(hash(text), {})
    first = last = document.paragraph_at(offset)
    while first > 0 and 3 * (offset - document.paragraphs[first - 1][0]) <= ahead:
        first -= 1
    while last + 1 < len(document) and document.paragraphs[last + 1][0] - offset < ahead:
        last += 1
    read = {
        paragraph: (document.tokens(paragraph), core.readings(document, paragraph))
        for paragraph in range(first, last + 1)
    }
    return FirstWords(hash(text), read)
