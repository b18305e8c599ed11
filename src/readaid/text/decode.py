"""Bytes to text: byte-order marks, strict UTF-8, then charset-normalizer among the
encodings Chinese text comes in. Binary files are refused before any guessing."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from readaid.text.model import InputError
from readaid.wording import counted

#: Encodings charset-normalizer may choose from. GB18030 covers GBK and GB2312;
#: Big5-HKSCS extends Big5 with Hong Kong characters.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "big5hkscs"]

_BOMS = [  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image or WAV audio)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
]
# A file with a few damaged bytes is still in its encoding: with at least this many good
# non-ASCII characters per bad sequence it is repaired with U+FFFD, not handed to the
# guesser (which would read it as mojibake in some other encoding).
_GOOD_PER_DAMAGED = 100


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    notices: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode ``data``; newlines become ``\\n``. Raises :class:`InputError` for binary or
    undecodable data."""
    for signature, description in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: this is {description}, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return decode_with_replacement(data, encoding, name)
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    if mostly_valid(data, "utf-8"):
        return decode_with_replacement(data, "utf-8", name)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise InputError(
            f"{name}: cannot decode the text (tried UTF-8, UTF-16, GB18030/GBK, Big5, Big5-HKSCS)"
        )
    return Decoded(normalise_newlines(str(best)), best.encoding)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_with_replacement(data: bytes, encoding: str, name: str) -> Decoded:
    """Bytes that do not fit ``encoding`` become U+FFFD, with a notice."""
    notices = []
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        invalid = counted(bad, f"invalid {_label(encoding)} sequence")
        notices.append(f"{name}: {invalid} (damaged bytes or lone surrogates) replaced with \ufffd")
    return Decoded(normalise_newlines(text), _label(encoding), notices)


def _label(encoding: str) -> str:
    return {"utf-8-sig": "utf-8 (BOM)"}.get(encoding, encoding)


def mostly_valid(data: bytes, encoding: str) -> bool:
    """Whether ``data`` is text in ``encoding`` with only a few damaged bytes."""
    text = data.decode(encoding, errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode(encoding, errors="ignore"))
    ascii_count = len(text.encode("ascii", errors="ignore"))
    good = len(text) - ascii_count - text.count("\ufffd")
    return damaged * _GOOD_PER_DAMAGED <= good
