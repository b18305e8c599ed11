"""``annotate --to html``: the page a learner shares or prints.

Each syllable sits over its own character (one ``<rt>`` per character, coloured by
tone), and each word is a box of its own with a little space around it, so the pinyin of
neighbouring words never runs together; hovering a word shows its meaning. Paragraphs
stay paragraphs, the page is titled by the document's title, and it reads on a phone:
the text wraps to the screen, and no word is split across lines.
"""

from __future__ import annotations

import html

from readaid.language.cedict import is_han
from readaid.language.pinyin import TONE_COLOURS, separators, syllable_to_marks, syllables, tone_of

_STYLE = """
  :root { color-scheme: light dark; }
  body { max-width: 40em; margin: 1.5em auto; padding: 0 1em; font-size: 1.35em;
         line-height: 2.3; font-family: system-ui, "Noto Sans CJK SC", "PingFang SC",
         "Microsoft YaHei", sans-serif; }
  h1 { font-size: 1.4em; line-height: 2.3; font-weight: 600; }
  p { margin: 0 0 0.6em; }
  .w { display: inline-block; white-space: nowrap; margin: 0 0.18em; text-indent: 0; }
  .w:hover { background: #ffef9f60; cursor: help; border-radius: 0.2em; }
  ruby { ruby-position: over; ruby-align: center; }
  rt { font-size: 0.5em; line-height: 1.1; }
  @media (max-width: 30em) { body { font-size: 1.15em; } }
"""


def _word(text: str, pinyin: str, definitions: list[str]) -> str:
    """A word's box: a ruby per character where the reading has a syllable for each
    character, else one ruby over the whole word (letters, digits, erhua)."""
    numbered = syllables(pinyin)
    marked = [syllable_to_marks(s) for s in numbered]
    title = html.escape("; ".join(definitions), quote=True)
    characters = list(text)
    if len(characters) == len(numbered) and all(is_han(ch) for ch in characters):
        pairs = [
            f'{html.escape(ch)}<rt class="t{tone_of(s)}">{html.escape(m)}</rt>'
            for ch, s, m in zip(characters, numbered, marked, strict=True)
        ]
        inner = f"<ruby>{''.join(pairs)}</ruby>"
    else:
        reading = "".join(
            f'{separator}<span class="t{tone_of(s)}">{html.escape(m)}</span>'
            for separator, s, m in zip(separators(marked), numbered, marked, strict=True)
        )
        inner = f"<ruby>{html.escape(text)}<rt>{reading}</rt></ruby>"
    return f'<span class="w" title="{title}">{inner}</span>'


def _paragraphs(tokens) -> list[str]:
    """The tokens as HTML, one string per paragraph (blank lines dropped)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for token in tokens:
        if token.pinyin:
            current.append(_word(token.text, token.pinyin, token.definitions))
            continue
        pieces = token.text.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                paragraphs.append("".join(current))
                current = []
            current.append(html.escape(piece))
    paragraphs.append("".join(current))
    return [p for p in paragraphs if p.strip()]


def to_html(title: str, tokens) -> str:
    """The page; ``tokens`` are ``AnnotatedToken``s. A first paragraph that is the title
    becomes the heading, annotated like the rest."""
    tones = "\n".join(f"  .t{tone} {{ color: {colour}; }}" for tone, colour in TONE_COLOURS.items())
    paragraphs = _paragraphs(tokens)
    first_line = "".join(t.text for t in tokens).strip().split("\n", 1)[0].strip()
    if paragraphs and title and first_line == title:
        heading, paragraphs = paragraphs[0], paragraphs[1:]
    else:
        heading = html.escape(title)
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>{_STYLE}{tones}
</style>
</head>
<body>
<h1>{heading}</h1>
{body}
</body>
</html>
"""
