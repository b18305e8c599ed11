"""Text files in every common encoding, line endings, stdin, and the decode() helper."""

from __future__ import annotations

import codecs
import io
import sys

import pytest

from readaid.text import LoadedText, decode, load

SIMPLIFIED = "我们今天去学校读书，老师讲了一个很有意思的故事。\n大家都听得很认真。\n"
TRADITIONAL = "臺灣的學生們正在圖書館裡讀書，準備下個月的考試。\n圖書館很安靜。\n"
HONG_KONG = "呢間餐廳嘅點心好好食，我哋下個禮拜再嚟啦。\n佢哋冇話幾時返嚟。\n"

ENCODED = [
    ("utf-8", SIMPLIFIED, SIMPLIFIED.encode("utf-8")),
    ("utf-8 with BOM", SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8")),
    ("utf-16 le", TRADITIONAL, codecs.BOM_UTF16_LE + TRADITIONAL.encode("utf-16-le")),
    ("utf-16 be", TRADITIONAL, codecs.BOM_UTF16_BE + TRADITIONAL.encode("utf-16-be")),
    ("utf-32 le", SIMPLIFIED, codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le")),
    ("gb18030", SIMPLIFIED, SIMPLIFIED.encode("gb18030")),
    ("gbk", SIMPLIFIED, SIMPLIFIED.encode("gbk")),
    ("gbk traditional", TRADITIONAL, TRADITIONAL.encode("gbk")),
    ("big5", TRADITIONAL, TRADITIONAL.encode("big5")),
    ("big5-hkscs", HONG_KONG, HONG_KONG.encode("big5hkscs")),
]


@pytest.mark.parametrize(("label", "text", "data"), ENCODED, ids=[e[0] for e in ENCODED])
def test_every_common_encoding_loads_exactly(tmp_path, label, text, data):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    loaded = load(path)
    assert loaded.text == text, f"{label} decoded as {loaded.encoding}"
    assert loaded.notices == []
    assert decode(data, "x") == text


def test_hong_kong_characters_need_hkscs():
    # 嘅 and 哋 are outside plain Big5: the file cannot be Big5, so the guess must be HKSCS.
    with pytest.raises(UnicodeEncodeError):
        HONG_KONG.encode("big5")
    assert decode(HONG_KONG.encode("big5hkscs"), "x") == HONG_KONG


def test_encoding_is_reported(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    assert load(path).encoding == "gb18030"


def test_mixed_line_endings_become_newlines(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("第一行\r\n第二行\r第三行\n第四行".encode())
    assert load(path).text == "第一行\n第二行\n第三行\n第四行"


def test_markdown_is_read_as_text(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# 标题\n\n*我们*学习中文。\n", encoding="utf-8")
    loaded = load(path)
    assert loaded.text == "# 标题\n\n*我们*学习中文。\n"
    assert (loaded.name, loaded.source) == ("notes.md", str(path))


def test_a_few_damaged_bytes_in_utf8_are_replaced_not_guessed(tmp_path):
    text = SIMPLIFIED * 200
    data = text.encode("utf-8")
    damaged = data[:1000] + b"\xff" + data[1000:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(damaged)
    loaded = load(path)
    assert loaded.text.replace("\ufffd", "") == text
    assert loaded.text.count("\ufffd") == 1
    assert any("replaced with \ufffd" in notice for notice in loaded.notices)


class _Stdin:
    """Stands in for sys.stdin: bytes on .buffer, and not a terminal."""

    def __init__(self, data: bytes, tty: bool = False) -> None:
        self.buffer = io.BytesIO(data)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_stdin_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(TRADITIONAL.encode("big5")))
    loaded = load("-")
    assert isinstance(loaded, LoadedText)
    assert (loaded.text, loaded.name, loaded.source) == (TRADITIONAL, "stdin", "-")


def test_stdin_html_is_reduced_to_the_article(monkeypatch):
    from .samples import ARTICLE, article_page

    monkeypatch.setattr(sys, "stdin", _Stdin(article_page().encode()))
    loaded = load("-")
    assert ARTICLE in loaded.text
    assert "广告" not in loaded.text


def test_stdin_from_a_terminal_is_refused(monkeypatch):
    from readaid.text import InputError

    monkeypatch.setattr(sys, "stdin", _Stdin(b"", tty=True))
    with pytest.raises(InputError, match="nothing piped in"):
        load("-")


def test_stdin_over_the_limit_is_refused(monkeypatch):
    from readaid.text import InputError, files

    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 10)
    monkeypatch.setattr(sys, "stdin", _Stdin("中文字符很多很多".encode()))
    with pytest.raises(InputError, match="too large"):
        load("-")


def test_mostly_ascii_gbk_is_not_mistaken_for_damaged_utf8(tmp_path):
    text = "This page is mostly English, with a little Chinese: 中文很有意思。\n" * 40
    path = tmp_path / "mostly-ascii.txt"
    path.write_bytes(text.encode("gbk"))
    loaded = load(path)
    assert loaded.text == text
    assert loaded.notices == []
