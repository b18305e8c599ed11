"""All the visible text of a page, without looking for its article: the fallback when the
article extractor finds nothing or drops most of the page (a huge paragraph, a very deep
page, long repeated paragraphs). lxml's HTML parser reads it with the size limits lifted;
it expands no entities beyond HTML's own, so no DTD tricks apply. Past its depth limit
(2048 nested elements) a linear tag stripper takes over."""

from __future__ import annotations

import html as html_entities
import re

# Elements whose content is not text a reader sees.
_HIDDEN = ("script", "style", "template", "noscript", "svg", "math", "head")
# Elements that start a new line where a browser would.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
        "tr", "ul",
    }
)  # fmt: skip
# lxml takes no str that declares its own encoding; the text is decoded already.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^<>]*\?>")
_SPACES = re.compile(r"[ \t\f\v\r]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# The stripper's patterns never cross a "<", so each character is looked at a bounded
# number of times whatever the page holds (unclosed tags, quotes or comments).
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>|<![^<>]*>|<\?[^<>]*>")
_TITLE = re.compile(r"<title[^<>]*>([^<]*)", re.IGNORECASE)
_HIDDEN_START = re.compile(r"<(" + "|".join(_HIDDEN) + r")\b[^<>]*>", re.IGNORECASE)


def plain_text(page: str) -> tuple[str, str]:
    """(title, text) of ``page``: every visible text, a line per block."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        huge_tree=True, no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", page, 1), parser=parser)
    except (etree.ParserError, ValueError):  # nothing parseable, or an encoding declaration
        return _stripped(page)
    if any(error.level == etree.ErrorLevels.FATAL for error in parser.error_log):
        return _stripped(page)  # lxml stopped early (too deep): keep the rest of the text
    title = " ".join((root.findtext(".//title") or "").split())
    for element in list(root.iter(*_HIDDEN)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return title, _tidy(root.text_content())


def beyond_parser_limits(page: str) -> bool:
    """Whether lxml with its usual limits (as the article extractor parses) stops early
    on ``page``: a text or attribute over 10 MB, or elements nested over 256 deep."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(no_network=True)
    try:
        lxml_html.document_fromstring(_XML_DECLARATION.sub("", page, 1), parser=parser)
    except (etree.ParserError, ValueError):
        return False
    return any(error.level == etree.ErrorLevels.FATAL for error in parser.error_log)


def _stripped(page: str) -> tuple[str, str]:
    """Text outside tags, in one linear pass: hidden elements, comments and tags go."""
    found = _TITLE.search(page)
    title = " ".join(html_entities.unescape(found.group(1)).split()) if found else ""
    parts: list[str] = []
    position = 0
    while start := _HIDDEN_START.search(page, position):
        parts.append(page[position : start.start()])
        end = re.compile(rf"</{start.group(1)}\s*>", re.IGNORECASE).search(page, start.end())
        position = end.end() if end else len(page)
    parts.append(page[position:])
    visible = "".join(parts)
    visible = _drop_comments(visible)
    text = _TAG.sub(lambda tag: "\n" if (tag.group(2) or "").lower() in _BLOCKS else "", visible)
    return title, _tidy(html_entities.unescape(text))


def _drop_comments(page: str) -> str:
    parts: list[str] = []
    position = 0
    while (start := page.find("<!--", position)) >= 0:
        parts.append(page[position:start])
        end = page.find("-->", start + 4)
        position = end + 3 if end >= 0 else len(page)
    parts.append(page[position:])
    return "".join(parts)


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", lines).strip()
