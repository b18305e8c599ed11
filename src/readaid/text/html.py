"""Web pages to article text with trafilatura: the title first, then the main text,
without navigation, ads or comments. The page's own charset wins over guessing when the
bytes fit it. When trafilatura finds no article, or keeps only a sliver of a big page
(it drops long repeated paragraphs, and lxml refuses huge or deep pages), all the page's
text is shown instead, with a notice: losing the learner's text silently is worse."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from readaid.text.charset import declared_charset, decode_declared
from readaid.text.decode import Decoded, decode_bytes, normalise_newlines
from readaid.text.model import InputError
from readaid.text.needs import import_needed
from readaid.text.plaintext import beyond_parser_limits, plain_text

logger = logging.getLogger(__name__)

_SNIFF_BYTES = 4096
# trafilatura drops a paragraph (over 50 characters) that repeats the one before it. On a
# page that repeats paragraphs so, an article under this share of the page's text (of at
# least this many characters) is not the article but what survived of it. Pages that do
# not repeat paragraphs keep their article however small it is next to their links.
_REPEATED_PARAGRAPH_CHARS = 50
_SLIVER_SHARE = 1 / 20
_SLIVER_PAGE_CHARS = 10_000


def looks_like_html(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head


def decode_page(data: bytes, name: str, header_charset: str | None = None) -> Decoded:
    """Decode a page by its HTTP charset, else its declared charset, else by guessing."""
    declared = header_charset or declared_charset(data)
    return decode_declared(data, declared, name) if declared else decode_bytes(data, name)


def extract_article(html: str, name: str) -> tuple[str, str, list[str]]:
    """(title, text, notices) of the page's main article; the title is the first line."""
    found = article_text(html, name)
    notices = [f"{name}: {found.fallback}"] if found.fallback else []
    body = found.text
    if found.title and not body.startswith(found.title):
        body = f"{found.title}\n{body}" if body else found.title
    return found.title, body, notices


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    text: str
    #: Why all the page's text was kept instead of an article, if it was.
    fallback: str | None = None
    #: Characters of text the page holds in all.
    page_chars: int = 0


def article_text(html: str, name: str, *, favor_recall: bool = False) -> Article:
    """The page's article (its title not added), or all its text when none is found."""
    trafilatura = import_needed("trafilatura", "HTML input")

    try:
        # Below trafilatura's minimum size (250 characters: a short Chinese article) its
        # rescue replaces the extraction with one run-together paragraph (its issue 896).
        # Extract keeping the structure, and take the rescue only if it finds more text.
        document = _extraction(trafilatura, html, favor_recall, keep_structure=True)
        if len(_text_of(document)) < _RESCUE_BELOW:
            rescued = _extraction(trafilatura, html, favor_recall, keep_structure=False)
            if len(_text_of(rescued)) > 1.2 * len(_text_of(document)):
                document = rescued
    except Exception as error:  # a parser on untrusted pages: say what failed, no traceback
        logger.debug("trafilatura failed on %s", name, exc_info=True)
        raise InputError(f"{name}: cannot parse the page ({type(error).__name__})") from None
    title = (getattr(document, "title", None) or "").strip()
    body = normalise_newlines(_text_of(document))
    page_title, page_text = plain_text(html)
    page_text = normalise_newlines(page_text)
    if not body:
        found = "showing all its text" if page_text else "and no text"
        reason = f"no article found in the page, {found}"
    elif len(body) < len(page_text) / 2 and beyond_parser_limits(html):
        # The extractor saw only the part of the page before what stopped its parser.
        reason = "the page is too large or too deep for article extraction; showing all its text"
    elif (
        len(page_text) >= _SLIVER_PAGE_CHARS
        and len(body) < len(page_text) * _SLIVER_SHARE
        and _repeats_paragraphs(page_text)
    ):
        reason = (
            f"the article found is {len(body):,} of the page's {len(page_text):,} "
            "characters; showing all its text"
        )
    else:
        return Article(title, body, None, len(page_text))
    return Article(title or page_title, page_text, reason, len(page_text))


def _repeats_paragraphs(text: str) -> bool:
    """Whether a long paragraph of ``text`` comes twice in a row."""
    previous = None
    for line in text.split("\n"):
        if line == previous and len(line) > _REPEATED_PARAGRAPH_CHARS:
            return True
        previous = line
    return False


_RESCUE_BELOW = 250


def _extraction(trafilatura, html: str, favor_recall: bool, keep_structure: bool):
    """trafilatura's Document (or None); with ``keep_structure`` its short-page rescue is off,
    so paragraphs and headings stay lines of their own."""
    from trafilatura.settings import use_config

    config = use_config()
    if keep_structure:
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        favor_recall=favor_recall,
        config=config,
    )


def _text_of(document) -> str:
    # bare_extraction returns a Document (or None); read it loosely, as its type says dict too.
    return (getattr(document, "text", None) or "").strip()
