"""Properties of loading and the reading core over any Unicode text.

Whatever the text, loading (through a real file) and segmenting never raise; tokens
cover the text exactly and in order; every Chinese token has a dictionary entry;
readings never raise; script conversion keeps the length, so token spans hold in
every script.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from readaid.language.script import Script, convert
from readaid.text import InputError, decode, load
from readaid.text.decode import normalise_newlines
from readaid.text.repair import repair
from readaid.untrusted import make_safe

from .profiles import FUZZ
from .strategies import any_string, any_text

_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"PK\x03\x04", b"%PDF-")


@pytest.fixture(scope="module")
def scratch() -> Path:
    with tempfile.TemporaryDirectory(prefix="readaid-fuzz-") as directory:
        yield Path(directory)


@FUZZ
@given(text=any_text)
@example(text="創(chuàng)新\x1b[2J\u200b")
@example(text="\ufeff\ufeff中文")
def test_loading_any_text_through_a_file(scratch, text):
    path = scratch / "fuzz.txt"
    data = text.encode("utf-8")
    path.write_bytes(data)
    try:
        loaded = load(path)
    except InputError as error:
        assert "\x00" in text or data.startswith(_BINARY_SIGNATURES), str(error)
        return
    expected = normalise_newlines(text.removeprefix("\ufeff"))
    assert loaded.original == expected
    assert loaded.text == repair(expected).text
    for offset, character in enumerate(loaded.text):
        source = loaded.original[loaded.original_offset(offset)]
        assert source == character or character in "\n\ufffd"
    for offset, reading in loaded.hints.items():
        assert loaded.text[offset] and reading[-1] in "12345"
    assert load(path, repair=False).text == make_safe(expected)[0]


@FUZZ
@given(text=any_string)
@example(text="")
@example(text="\n\n")
@example(text="銀行行長說了\r\n一個長故事")
def test_segmenting_any_text(core, text):
    document = core.open(text)
    tokens = document.all_tokens()
    assert "".join(token.text for token in tokens) == text
    position = 0
    for token in tokens:
        assert token.start == position and token.end > token.start, token
        assert token.text == text[token.start : token.end]
        position = token.end
    assert position == len(text)
    for paragraph in range(len(document.paragraphs)):
        readings = core.readings(document, paragraph)
        assert len(readings) == len(document.tokens(paragraph))
    for script in Script:
        assert len(convert(text, script)) == len(text), script


# Found a core bug (fixed in 44be139): a combining mark after a Han character was cut
# out as a CHINESE token with no entry.
@FUZZ
@given(text=any_string)
@example(text="中\u0300")
def test_every_chinese_token_has_an_entry(core, text):
    for token in core.open(text).all_tokens():
        if token.is_chinese:
            assert core.entries(token), f"no entry for {token.text!r}"


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=400),
        any_text.flatmap(
            lambda text: st.sampled_from(["utf-16", "gb18030", "big5hkscs", "utf-8-sig"]).map(
                lambda encoding: text.encode(encoding, errors="replace")
            )
        ),
    )
)
def test_decoding_any_bytes(data):
    try:
        text = decode(data, "fuzz")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert "\r" not in text


# Found by the long profile (fixed in 44be139): OpenCC raised UnicodeEncodeError on a lone
# surrogate. The loader never passes one on (repair turns them into U+FFFD); others might.
@pytest.mark.parametrize("text", ["\ud800", "中\udc00文"])
def test_surrogates_reach_the_core_safely(core, text):
    tokens = core.open(text).all_tokens()
    assert "".join(token.text for token in tokens) == text
    for script in Script:
        assert len(convert(text, script)) == len(text)
