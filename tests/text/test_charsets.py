"""Declared charsets are checked against the bytes: labels that name no text encoding,
and labels the bytes do not fit, give way to guessing, with a notice, never a traceback."""

from __future__ import annotations

import io
import sys

import pytest

from readaid.text import load

from .conftest import Page
from .samples import ARTICLE, article_page

NOT_TEXT_ENCODINGS = ["rot13", "hex", "base64", "zlib", "idna", "punycode", "undefined"]


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


@pytest.mark.parametrize("label", NOT_TEXT_ENCODINGS)
def test_a_meta_charset_that_is_no_text_encoding_is_ignored(tmp_path, label):
    path = tmp_path / "page.html"
    path.write_bytes(article_page(label).encode("utf-8"))
    loaded = load(path)
    assert ARTICLE in loaded.text
    assert f"page.html: the declared charset {label!r} is not a text encoding; read as utf-8" in (
        loaded.notices
    )


@pytest.mark.parametrize("label", NOT_TEXT_ENCODINGS)
def test_an_http_charset_that_is_no_text_encoding_is_ignored(server, label):
    for kind in ("html", "plain"):
        server.pages[f"/{kind}"] = Page(
            article_page(meta=False).encode("utf-8") if kind == "html" else ARTICLE.encode(),
            content_type=f"text/{kind}; charset={label}",
        )
        assert ARTICLE in load(server.url(f"/{kind}")).text


@pytest.mark.parametrize("label", NOT_TEXT_ENCODINGS)
def test_a_charset_that_is_no_text_encoding_on_stdin_is_ignored(monkeypatch, label):
    monkeypatch.setattr(sys, "stdin", _Stdin(article_page(label).encode("gbk")))
    loaded = load("-")
    assert ARTICLE in loaded.text
    assert loaded.encoding == "gb18030"


@pytest.mark.parametrize("label", ["gbk", "gb2312", "big5", "utf-7", "cp037", "iso-8859-1"])
def test_a_utf8_page_with_a_wrong_label_is_read_as_utf8(tmp_path, label):
    path = tmp_path / "page.html"
    path.write_bytes(article_page(label).encode("utf-8"))
    loaded = load(path)
    assert ARTICLE in loaded.text
    assert loaded.encoding == "utf-8"
    assert any(label in notice for notice in loaded.notices)


def test_a_gbk_page_with_one_damaged_byte_keeps_its_label(tmp_path):
    path = tmp_path / "page.html"
    data = article_page("gbk").encode("gbk")
    cut = data.index(ARTICLE.encode("gbk")) + 10
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    loaded = load(path)
    assert loaded.encoding == "gb18030"
    assert ARTICLE[12:] in loaded.text
    assert any("replaced with \ufffd" in notice for notice in loaded.notices)
