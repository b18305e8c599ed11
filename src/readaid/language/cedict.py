"""CEDICT-format entries: the parsed form every dictionary source is turned into.

A line ``傳統 传统 [chuan2 tong3] /tradition/traditional/CL:個|个[ge4]/`` becomes an
:class:`Entry` whose classifiers, cross-references and Taiwan reading are fields, so the
views never have to pick them out of the sense text again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from readaid.untrusted import printable

# CC-Canto and CC-CEDICT's Cantonese readings add Jyutping in braces after the pinyin.
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] (?:\{([^}]*)\} )?/(.*)/\s*$")
# 個|个[ge4], 个[ge4], 個|个 (pinyin is sometimes missing in references)
_REFERENCE = re.compile(r"([^\s,;()\[\]|/]+)(?:\|([^\s,;()\[\]|/]+))?(?:\[([^\]]+)\])?")
_VARIANT = re.compile(
    r"^(?:(?:old|archaic|Japanese|erhua|ancient|same as|also written)\s+)?variant of\s+(.+)$", re.I
)
_SEE = re.compile(r"^(?:see|see also|see:|cf\.?|abbr\. for|also written|same as)\s+(.+)$", re.I)
_TAIWAN = re.compile(r"Taiwan pr\. \[([^\]]+)\]")
_SURNAME = re.compile(r"^surname \S+$")


@dataclass(frozen=True, slots=True)
class Reference:
    """A link from one entry to another headword: ``個|个[ge4]``."""

    traditional: str
    simplified: str
    pinyin: str = ""

    @property
    def word(self) -> str:
        return self.simplified or self.traditional


@dataclass(frozen=True, slots=True)
class Entry:
    traditional: str
    simplified: str
    pinyin: str
    senses: tuple[str, ...]
    classifiers: tuple[Reference, ...] = ()
    variant_of: tuple[Reference, ...] = ()
    see_also: tuple[Reference, ...] = ()
    taiwan_pinyin: str = ""
    jyutping: str = ""
    source: str = "CC-CEDICT"
    #: Synthetic entries made for a character no dictionary has.
    fallback: bool = False

    @property
    def is_proper_noun(self) -> bool:
        """CEDICT capitalises the reading of names and places."""
        return self.pinyin[:1].isupper()

    @property
    def is_surname_only(self) -> bool:
        return bool(self.senses) and all(_SURNAME.match(s) for s in self.senses)

    @property
    def is_variant_only(self) -> bool:
        return bool(self.variant_of) and all("variant of" in s for s in self.senses)

    def headword(self, script: str = "simplified") -> str:
        return self.traditional if script == "traditional" else self.simplified


def parse_references(text: str) -> tuple[Reference, ...]:
    refs = []
    for match in _REFERENCE.finditer(text):
        first, second, pinyin = match.groups()
        if not any(is_han(ch) for ch in first):
            continue
        refs.append(Reference(traditional=first, simplified=second or first, pinyin=pinyin or ""))
    return tuple(refs)


#: CJK ideographs: Extension A, the unified block, compatibility ideographs, Extensions B-H
#: (whose range includes the supplementary compatibility block). 〇 counts as Han too.
HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
    (0x30000, 0x323AF),
)


def is_han(ch: str) -> bool:
    """True for a CJK ideograph (BMP blocks, extensions, compatibility, 〇)."""
    code = ord(ch)
    return ch == "〇" or any(low <= code <= high for low, high in HAN_RANGES)


def parse_line(line: str, source: str = "CC-CEDICT") -> Entry | None:
    """Parse one CEDICT line; comments, blank and malformed lines give None. A dictionary
    file is outside text: its control characters become symbols here, so no view of an
    entry (CLI, reader, exports) can send an escape sequence to a terminal."""
    if not line or line.startswith("#"):
        return None
    match = _LINE.match(printable(line.rstrip("\r\n")))
    if not match:
        return None
    traditional, simplified, pinyin, jyutping, body = match.groups()
    senses: list[str] = []
    classifiers: list[Reference] = []
    variants: list[Reference] = []
    see: list[Reference] = []
    taiwan = ""
    for sense in body.split("/"):
        sense = sense.strip()
        if not sense:
            continue
        if sense.startswith("CL:"):
            classifiers.extend(parse_references(sense[3:]))
            continue
        tw = _TAIWAN.search(sense)
        if tw:
            taiwan = tw.group(1)
            rest = _TAIWAN.sub("", sense).strip(" ,;")
            if rest:  # "Taiwan pr. [xing4] for the behavior-conduct sense" keeps its note
                senses.append(sense)
            continue
        if m := _VARIANT.match(sense):
            variants.extend(parse_references(m.group(1)))
        elif m := _SEE.match(sense):
            see.extend(parse_references(m.group(1)))
        senses.append(sense)
    return Entry(
        traditional=traditional,
        simplified=simplified,
        pinyin=" ".join(pinyin.split()),
        senses=tuple(senses),
        classifiers=tuple(classifiers),
        variant_of=tuple(variants),
        see_also=tuple(see),
        taiwan_pinyin=taiwan,
        jyutping=jyutping or "",
        source=source,
    )


def parse_lines(lines: Iterable[str], source: str = "CC-CEDICT") -> Iterator[Entry]:
    for line in lines:
        entry = parse_line(line, source)
        if entry is not None:
            yield entry


def read_header(lines: Iterable[str]) -> dict[str, str]:
    """The ``#! key=value`` header CEDICT releases carry (version, date, entries...)."""
    header: dict[str, str] = {}
    for line in lines:
        if not line.startswith("#"):
            break
        if line.startswith("#!") and "=" in line:
            key, _, value = printable(line[2:]).strip().partition("=")
            header[key.strip()] = value.strip()
    return header
