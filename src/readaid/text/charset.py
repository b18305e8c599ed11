"""The charset a source declares (an HTTP header, a page's ``<meta charset>``, an XML
declaration), checked against its bytes. Labels are read as browsers read them (the
WHATWG Encoding Standard, through webencodings); a label that names no text encoding
(rot13, base64, utf-7...) or that the bytes do not fit is set aside for guessing."""

from __future__ import annotations

import codecs
import re

from readaid.text.decode import Decoded, decode_bytes, decode_with_replacement, mostly_valid

_SNIFF_BYTES = 4096
# <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gbk">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # a BOM beats any label
# Where readaid reads wider than the standard's codec: GBK pages are decoded as GB18030
# (its superset), and a UTF-16 label on a page read as ASCII-compatible bytes cannot be
# true (the standard reads it as UTF-8).
_WIDER = {"gbk": "gb18030", "utf-16le": "utf-8", "utf-16be": "utf-8"}
# WHATWG names with no usable codec: "replacement" stands for encodings the web refuses.
_UNUSABLE = frozenset({"replacement", "x-user-defined"})


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XHTML document names in its first bytes, if any."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def web_encoding(label: str) -> str | None:
    """The Python codec a browser would use for ``label``, or None if it names none."""
    import webencodings

    found = webencodings.lookup(label.strip())
    if found is None or found.name in _UNUSABLE:
        return None
    return _WIDER.get(found.name, found.codec_info.name)


def decode_declared(data: bytes, label: str, name: str) -> Decoded:
    """Decode by the declared ``label`` if the bytes fit it, else by guessing, saying why."""
    if data.startswith(_BOMS):
        return decode_bytes(data, name)
    encoding = web_encoding(label)
    if encoding is None:
        return _guessed(data, name, f"the declared charset {label!r} is not a text encoding")
    if encoding != "utf-8" and _is_utf8(data):
        # A page saved as UTF-8 keeps the label of the page it was copied from.
        decoded = decode_bytes(data, name)
        decoded.notices.insert(0, f"{name}: declared {label!r} but the bytes are UTF-8")
        return decoded
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if not mostly_valid(data, encoding):
            return _guessed(data, name, f"the bytes do not fit the declared charset {label!r}")
        return decode_with_replacement(data, encoding, name)
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def _guessed(data: bytes, name: str, reason: str) -> Decoded:
    decoded = decode_bytes(data, name)
    decoded.notices.insert(0, f"{name}: {reason}; read as {decoded.encoding}")
    return decoded
