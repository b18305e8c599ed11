"""readaid's own Anki note type, shared by the .apkg export and AnkiConnect so a card
looks the same however it reached Anki. The model id is fixed: changing it would make
Anki treat re-exported notes as a new note type."""

from __future__ import annotations

NAME = "readaid Chinese"
MODEL_ID = 1_724_156_187
FIELDS = ("Simplified", "Traditional", "Pinyin", "Meaning", "Sentence", "Sentence pinyin", "Source")

_DETAILS = """
<div class="pinyin">{{Pinyin}}</div>
<div class="meaning">{{Meaning}}</div>
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}
{{#Sentence pinyin}}<div class="sentence-pinyin">{{Sentence pinyin}}</div>{{/Sentence pinyin}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}
"""

_CHARACTERS = (
    '<div class="hanzi">{{Simplified}}</div><div class="hanzi traditional">{{Traditional}}</div>'
)

# Anki's own text-to-speech reads the word, then the sentence, once the answer shows: no
# audio files are needed, and the front never gives the reading away.
_SPEECH = "{{tts zh_CN:Simplified}}{{#Sentence}}{{tts zh_CN:Sentence}}{{/Sentence}}\n"

#: (name, question, answer)
TEMPLATES = (
    ("Recognition", _CHARACTERS, '{{FrontSide}}<hr id="answer">' + _DETAILS + _SPEECH),
    (
        "Recall",
        '<div class="meaning">{{Meaning}}</div>',
        '{{FrontSide}}<hr id="answer">'
        + _CHARACTERS
        + _DETAILS.replace('<div class="meaning">{{Meaning}}</div>\n', "")
        + _SPEECH,
    ),
)

CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: center; }
.hanzi { font-size: 48px; }
.traditional { font-size: 28px; color: #666; }
.pinyin { font-size: 26px; margin: 8px; }
.sentence { font-size: 24px; margin-top: 12px; }
.sentence b { color: #c00; }
.sentence-pinyin, .source { font-size: 16px; color: #666; }
"""
