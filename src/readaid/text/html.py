"""Web pages to article text with trafilatura: the title first, then the main text,
without navigation, ads or comments. The page's own charset wins over guessing."""

from __future__ import annotations

import codecs
import logging
import re

from readaid.text.decode import Decoded, decode_as, decode_bytes, normalise_newlines
from readaid.text.model import InputError

logger = logging.getLogger(__name__)

# <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gbk">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # a BOM beats any label
# The WHATWG Encoding Standard's reading of labels pages use: GB2312 and GBK pages are
# decoded as GB18030, Big5 as Big5-HKSCS, Latin-1 as Windows-1252, and a UTF-16 label
# in a page that was parsed as ASCII-compatible bytes cannot be true.
_LABEL_ENCODINGS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}


def looks_like_html(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head


def decode_page(data: bytes, name: str, header_charset: str | None = None) -> Decoded:
    """Decode a page by its HTTP charset, else its meta charset, else by guessing."""
    declared = header_charset or _meta_charset(data)
    if declared and not data.startswith(_BOMS):
        encoding = _LABEL_ENCODINGS.get(declared.lower(), declared)
        return decode_as(data, encoding, name)
    return decode_bytes(data, name)


def extract_article(html: str, name: str) -> tuple[str, str, list[str]]:
    """(title, text, notices) of the page's main article; the title is the first line."""
    import trafilatura

    notices: list[str] = []
    try:
        # Below trafilatura's minimum size (250 characters: a short Chinese article) its
        # rescue replaces the extraction with one run-together paragraph (its issue 896).
        # Extract keeping the structure, and take the rescue only if it finds more text.
        document = _extraction(html, keep_structure=True)
        if len(_text_of(document)) < _RESCUE_BELOW:
            rescued = _extraction(html, keep_structure=False)
            if len(_text_of(rescued)) > 1.2 * len(_text_of(document)):
                document = rescued
    except Exception as error:  # a parser on untrusted pages: say what failed, no traceback
        logger.debug("trafilatura failed on %s", name, exc_info=True)
        raise InputError(f"{name}: cannot parse the page ({type(error).__name__})") from None
    title = (getattr(document, "title", None) or "").strip()
    body = _text_of(document)
    if not body:
        # Too little for an article (trafilatura wants a main block): keep all the text.
        body = trafilatura.html2txt(html).strip()
        found = "showing all its text" if body else "and no text"
        notices.append(f"{name}: no article found in the page, {found}")
    body = normalise_newlines(body)
    if title and not body.startswith(title):
        body = f"{title}\n{body}" if body else title
    return title, body, notices


_RESCUE_BELOW = 250


def _extraction(html: str, keep_structure: bool):
    """trafilatura's Document (or None); with ``keep_structure`` its short-page rescue is off,
    so paragraphs and headings stay lines of their own."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    if keep_structure:
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, with_metadata=True, config=config
    )


def _text_of(document) -> str:
    # bare_extraction returns a Document (or None); read it loosely, as its type says dict too.
    return (getattr(document, "text", None) or "").strip()


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None
