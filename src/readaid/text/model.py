"""What loading produces: the text to read, where it came from, and what was done to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from readaid.text.offsets import OffsetMap


class InputError(Exception):
    """Input readaid cannot read; the message is one line, fit to show the user."""


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter of an e-book: its title and its ``[start, end)`` span in the text."""

    title: str
    start: int
    end: int


@dataclass(slots=True)
class LoadedText:
    """A loaded text. Every offset (chapters, hints, tokens downstream) indexes ``text``,
    the repaired text; ``original`` is the text before repair, and
    :meth:`original_offset` maps an offset in ``text`` into it."""

    text: str
    name: str
    source: str
    encoding: str = "utf-8"
    notices: list[str] = field(default_factory=list)
    title: str = ""
    chapters: list[Chapter] = field(default_factory=list)
    #: Readings a converting site printed after a character, e.g. ``{12: "chuang4"}``.
    hints: dict[int, str] = field(default_factory=dict)
    original: str | None = None
    offsets: OffsetMap | None = None

    def __post_init__(self) -> None:
        if self.original is None:
            self.original = self.text
        if self.offsets is None:
            self.offsets = OffsetMap.identity(len(self.text))

    @property
    def shown_name(self) -> str:
        """How the reader, the library and saved words name the text: its title, or
        where it came from when it has none."""
        return self.title or self.name

    def original_offset(self, offset: int) -> int:
        """The offset in ``original`` of the character at ``offset`` in ``text``."""
        assert self.offsets is not None
        return self.offsets.original_offset(offset)

    def repaired_offset(self, original_offset: int) -> int:
        """The offset in ``text`` of the character at ``original_offset`` in ``original``."""
        assert self.offsets is not None
        return self.offsets.repaired_offset(original_offset)
