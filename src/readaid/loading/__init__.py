"""Turning a path, ``-`` (stdin) or bytes into text the reading core can open.

Bad input raises :class:`InputError` with a one-line message the front ends print as is.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path


class InputError(Exception):
    """Input readaid cannot read; the message is one line, fit to show the user."""


@dataclass(slots=True)
class LoadedText:
    text: str
    name: str
    source: str
    encoding: str = "utf-8"
    notices: list[str] = field(default_factory=list)


def load(source: str | Path) -> LoadedText:
    """Read ``source`` (a path or ``-`` for stdin) and decode it."""
    if str(source) == "-":
        return LoadedText(decode(sys.stdin.buffer.read(), "stdin"), "stdin", "-")
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    return LoadedText(decode(data, str(path)), path.name, str(path))


def decode(data: bytes, name: str) -> str:
    """Decode bytes in UTF-8 (± BOM), UTF-16, GB18030 or Big5; newlines become ``\\n``."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file, not text")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return _normalise_newlines(data.decode(encoding))
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs", "utf_16", "utf_8"]).best()
    if best is None:
        raise InputError(f"{name}: cannot decode the text (tried UTF-8, UTF-16, GB18030, Big5)")
    return _normalise_newlines(str(best))


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
