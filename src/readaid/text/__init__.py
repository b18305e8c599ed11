"""Turning a path, an http(s) URL or ``-`` (stdin) into text the reading core can open.

Text files are decoded in any common Chinese encoding, web pages reduced to their
article, e-books to their chapters; then the text is repaired (see :mod:`.repair`).
Bad input raises :class:`InputError` with a one-line message the front ends print as is;
input that loads but deserves a word (empty, no Chinese, damaged bytes) gets a notice.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from readaid.language.cedict import is_han
from readaid.text.decode import Decoded, decode_bytes
from readaid.text.files import MAX_INPUT_BYTES, read_file, read_limited
from readaid.text.model import Chapter, InputError, LoadedText
from readaid.text.needs import import_needed
from readaid.text.repair import repair
from readaid.text.title import guess_title
from readaid.untrusted import make_safe
from readaid.wording import counted

__all__ = ["MAX_INPUT_BYTES", "Chapter", "InputError", "LoadedText", "decode", "load"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
EPUB_SUFFIXES = frozenset({".epub"})
_DEFAULT_TEXT_CHARSETS = frozenset({None, "iso-8859-1", "latin-1", "us-ascii", "ascii"})
# Not urlsplit: it raises on a malformed address (http://[::1), which fetch reports.
_WEB_ADDRESS = re.compile(r"https?:", re.IGNORECASE)


def load(source: str | Path, *, repair: bool = True, narrow: bool = False) -> LoadedText:
    """Read ``source`` (a path, an http(s) URL, or ``-`` for stdin) and decode it.

    With ``repair`` (the default) the text is cleaned as :func:`.repair.repair`
    describes; ``narrow`` also turns full-width Latin letters and digits into ASCII.
    """
    if str(source) == "-":
        loaded = _load_stdin()
    elif isinstance(source, str) and _WEB_ADDRESS.match(source):
        loaded = _load_url(source)
    else:
        loaded = _load_path(Path(source))
    return _finish(loaded, repair_text=repair, narrow=narrow)


def decode(data: bytes, name: str) -> str:
    """Decode bytes in UTF-8 (± BOM), UTF-16/32 with a BOM, GB18030/GBK, Big5 or
    Big5-HKSCS; newlines become ``\\n``."""
    return decode_bytes(data, name).text


def _load_path(path: Path) -> LoadedText:
    data = read_file(path)
    suffix = path.suffix.lower()
    if suffix in EPUB_SUFFIXES:
        return _from_epub(data, path.name, str(path))
    if suffix in HTML_SUFFIXES:
        return _from_html(data, path.name, str(path))
    return _from_decoded(decode_bytes(data, str(path)), path.name, str(path))


def _load_stdin() -> LoadedText:
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError(
            "stdin: nothing piped in (use `-` with a pipe, e.g. `cat file | readaid ...`)"
        )
    try:
        data = read_limited(sys.stdin.buffer, "stdin")
    except OSError as error:
        raise InputError(f"stdin: cannot read ({error.strerror or error})") from None
    from readaid.text.html import looks_like_html

    if looks_like_html(data):
        return _from_html(data, "stdin", "-")
    return _from_decoded(decode_bytes(data, "stdin"), "stdin", "-")


def _load_url(address: str) -> LoadedText:
    from readaid.text.url import fetch

    fetched = fetch(address)
    parts = urlsplit(fetched.url)
    name = PurePosixPath(parts.path).name or parts.hostname or fetched.url
    if fetched.content_type == "application/epub+zip" or name.lower().endswith(".epub"):
        return _from_epub(fetched.data, name, address)
    if fetched.content_type == "text/plain":
        from readaid.text.charset import decode_declared

        # Servers label text/plain ISO-8859-1 by default, whatever the file holds: guess then.
        declared = fetched.charset if fetched.charset not in _DEFAULT_TEXT_CHARSETS else None
        decoded = (
            decode_declared(fetched.data, declared, address)
            if declared
            else decode_bytes(fetched.data, address)
        )
        return _from_decoded(decoded, name, address)
    from readaid.text.html import looks_like_html

    if fetched.content_type in ("text/html", "application/xhtml+xml") or looks_like_html(
        fetched.data
    ):
        loaded = _from_html(fetched.data, address, address, fetched.charset)
        loaded.name = loaded.title or name
        return loaded
    raise InputError(f"{address}: cannot read {fetched.content_type} (only web pages, text, EPUB)")


def _from_decoded(decoded: Decoded, name: str, source: str) -> LoadedText:
    return LoadedText(decoded.text, name, source, decoded.encoding, list(decoded.notices))


def _from_html(data: bytes, name: str, source: str, charset: str | None = None) -> LoadedText:
    from readaid.text.html import decode_page, extract_article

    decoded = decode_page(data, name, charset)
    title, text, notices = extract_article(decoded.text, name)
    return LoadedText(text, name, source, decoded.encoding, [*decoded.notices, *notices], title)


def _from_epub(data: bytes, name: str, source: str) -> LoadedText:
    import_needed("ebooklib.epub", "EPUB input")  # before epub.py, which subclasses its reader
    from readaid.text.epub import read_epub

    book = read_epub(data, name)
    notices = book.notices + (
        [] if book.chapters else [f"{name}: the EPUB has no chapters with text"]
    )
    return LoadedText(book.text, name, source, "utf-8", notices, book.title, book.chapters)


def _finish(loaded: LoadedText, *, repair_text: bool, narrow: bool) -> LoadedText:
    """Repair (or at least defuse) the text and add notices about its content."""
    original = loaded.text
    if repair_text:
        repaired = repair(original, narrow=narrow)
        loaded.text, loaded.offsets, loaded.hints = repaired.text, repaired.offsets, repaired.hints
        loaded.chapters = [
            Chapter(
                c.title,
                repaired.offsets.repaired_offset(c.start),
                repaired.offsets.repaired_offset(c.end),
            )
            for c in loaded.chapters
        ]
        loaded.notices.extend(repaired.notices)
    else:
        loaded.text, changed = make_safe(original)
        if changed:
            loaded.notices.append(
                f"showing {counted(changed, 'control character')} as symbols (␛, ␇)"
            )
    loaded.original = original
    # A text names itself by its title (HTML <title>, EPUB metadata, a headline first line).
    title = " ".join((loaded.title or guess_title(loaded.text)).split())
    loaded.title = make_safe(title)[0]
    loaded.notices.extend(_content_notices(loaded))
    return loaded


def _content_notices(loaded: LoadedText) -> list[str]:
    if not loaded.text:
        return [f"{loaded.name}: empty, nothing to read"]
    if not loaded.text.strip():
        return [f"{loaded.name}: only whitespace, nothing to read"]
    if not any(is_han(ch) for ch in loaded.text):
        return [f"{loaded.name}: no Chinese characters in the text"]
    return []
