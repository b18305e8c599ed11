"""A whole document annotated for export: each token with its text in the chosen script,
its span, kind, reading and glosses, and renderers for JSON, plain text, Markdown and a
standalone HTML page with ``<ruby>`` (every piece of text escaped)."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from readaid.language.document import Document
from readaid.language.pinyin import (
    word_marks,
)
from readaid.language.reader import ReadingCore
from readaid.language.sandhi import apply_sandhi
from readaid.language.script import Script

FORMATS = ("json", "txt", "md", "html")


@dataclass(frozen=True, slots=True)
class AnnotatedToken:
    text: str
    start: int
    end: int
    kind: str
    pinyin: str
    definitions: list[str]
    simplified: str = ""
    traditional: str = ""


def annotate(
    core: ReadingCore, document: Document, script: Script, sandhi: bool = False
) -> list[AnnotatedToken]:
    """Every token of ``document`` with its text in ``script``; ``sandhi`` shows 一/不
    with their spoken tones instead of the dictionary's."""
    out: list[AnnotatedToken] = []
    for paragraph in range(len(document)):
        tokens = document.tokens(paragraph)
        readings = core.readings(document, paragraph)
        shown = core.paragraph_text(document, paragraph, script)
        start = document.paragraphs[paragraph][0]
        shown_readings = apply_sandhi([t.text for t in tokens], readings) if sandhi else readings
        for token, reading, spoken in zip(tokens, readings, shown_readings, strict=True):
            text = shown[token.start - start : token.end - start]
            if not token.is_chinese:
                out.append(AnnotatedToken(text, token.start, token.end, token.kind.value, "", []))
                continue
            entries = core.led_entries(token, reading)
            # The senses of the reading shown, the one the text uses first; a bare
            # "variant of" only when nothing else.
            chosen = [e for e in entries if _same_reading(e.pinyin, reading)] or entries
            chosen = [e for e in chosen if not e.is_variant_only] or chosen
            definitions = [sense for entry in chosen for sense in entry.senses]
            first = chosen[0] if chosen else None
            out.append(
                AnnotatedToken(
                    text,
                    token.start,
                    token.end,
                    token.kind.value,
                    spoken,
                    definitions,
                    first.simplified if first else text,
                    first.traditional if first else text,
                )
            )
    return out


def paragraph_roles(document: Document) -> list[dict[str, object]]:
    """Every paragraph that has text, in order: its span (without the line break) and
    whether it is article ``text`` or page ``furniture``."""
    out: list[dict[str, object]] = []
    for index, (start, end) in enumerate(document.paragraphs):
        content = document.text[start:end].rstrip("\r\n")
        if content.strip():
            role = document.roles[index].value
            out.append({"start": start, "end": start + len(content), "role": role})
    return out


def _same_reading(a: str, b: str) -> bool:
    return a.lower().replace(" ", "") == b.lower().replace(" ", "")


def to_json(
    name: str,
    script: Script,
    text: str,
    tokens: list[AnnotatedToken],
    paragraphs: list[dict[str, object]] | None = None,
) -> str:
    fields = AnnotatedToken.__slots__
    rows = [{field: getattr(t, field) for field in fields} for t in tokens]
    payload = {
        "name": name,
        "script": script.value,
        "text": text,
        "paragraphs": paragraphs or [],
        "tokens": rows,
    }
    # No indent: the C encoder only runs for compact output, and it is 10x faster.
    return json.dumps(payload, ensure_ascii=False) + "\n"


def to_txt(tokens: list[AnnotatedToken]) -> str:
    """Each Chinese word followed by its tone-marked reading: ``银行(yínháng)``, ``西安(Xī'ān)``."""
    return "".join(f"{t.text}({word_marks(t.pinyin)})" if t.pinyin else t.text for t in tokens)


def to_markdown(name: str, tokens: list[AnnotatedToken]) -> str:
    """Ruby-annotated paragraphs (inline HTML, which Markdown allows) and a word list."""
    body = "".join(
        _ruby(t) if t.pinyin else _md_escape(t.text).replace("\n", "\n\n") for t in tokens
    )
    lines = [
        f"# {_md_escape(name)}",
        "",
        body.strip(),
        "",
        "## Words",
        "",
        "| Word | Pinyin | Meaning |",
        "|---|---|---|",
    ]
    seen = set()
    for t in tokens:
        if t.pinyin and (t.text, t.pinyin) not in seen:
            seen.add((t.text, t.pinyin))
            meaning = "; ".join(t.definitions[:3])
            lines.append(
                f"| {_md_escape(t.text)} | {word_marks(t.pinyin)} | {_md_escape(meaning)} |"
            )
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def _md_escape(text: str) -> str:
    """Text that Markdown shows as it is: no links, emphasis or HTML from the article."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False))


def _ruby(token: AnnotatedToken) -> str:
    """A word with its reading over it, for Markdown (which allows inline HTML)."""
    reading = html.escape(word_marks(token.pinyin))
    title = html.escape("; ".join(token.definitions), quote=True)
    return f'<ruby title="{title}">{html.escape(token.text)}<rt>{reading}</rt></ruby>'


def render(
    fmt: str,
    name: str,
    script: Script,
    text: str,
    tokens: list[AnnotatedToken],
    paragraphs: list[dict[str, object]] | None = None,
    title: str = "",
) -> str:
    """``tokens`` as ``fmt``; JSON records the source's ``name`` and lists the ``paragraphs``
    (:func:`paragraph_roles`), the Markdown and HTML pages are headed by the document's
    ``title`` (the name when it has none)."""
    if fmt == "json":
        return to_json(name, script, text, tokens, paragraphs)
    if fmt == "txt":
        return to_txt(tokens)
    if fmt == "md":
        return to_markdown(title or name, tokens)
    from readaid.language.html_page import to_html

    return to_html(title or name, tokens)
