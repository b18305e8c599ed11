"""Web pages, from files and from a local HTTP server: the article only, the title first,
the page's charset honoured, and every network failure a one-line message."""

from __future__ import annotations

import socket

import pytest

from readaid.language.script import Script, convert
from readaid.text import InputError, load

from .conftest import Page
from .samples import ARTICLE, ARTICLE_2, ARTICLE_3, article_page

BOILERPLATE = ["首页", "新闻频道", "广告", "买一送一", "网友评论", "版权所有"]


def assert_article(text: str, script: Script = Script.ORIGINAL) -> None:
    lines = text.split("\n")
    assert lines[0] == convert("人工智能的发展", script)
    for paragraph in (ARTICLE, ARTICLE_2, ARTICLE_3):
        assert convert(paragraph, script) in lines
    for furniture in BOILERPLATE:
        assert convert(furniture, script) not in text


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_file_is_reduced_to_its_article(tmp_path, suffix):
    path = tmp_path / f"page{suffix}"
    path.write_text(article_page(), encoding="utf-8")
    loaded = load(path)
    assert_article(loaded.text)
    assert loaded.title == "人工智能的发展"
    assert "<" not in loaded.text


SHORT_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>新车道 - 晚报</title>
</head><body><nav><a href="/">首页</a></nav><article><h1>新车道开通</h1>
<p class="byline">作者：王小明</p><p>今天上午，新修的自行车道正式开通。</p>
<h2>市民怎么看</h2><p>很多市民说，骑车上班方便多了。</p></article></body></html>"""


def test_a_short_page_keeps_its_title_headings_and_paragraphs_apart(tmp_path):
    path = tmp_path / "short.html"
    path.write_text(SHORT_PAGE, encoding="utf-8")
    lines = load(path).text.split("\n")
    assert lines[0] == "新车道开通"
    for line in (
        "今天上午，新修的自行车道正式开通。",
        "市民怎么看",
        "很多市民说，骑车上班方便多了。",
    ):
        assert line in lines, lines


@pytest.mark.parametrize("charset", ["gbk", "gb2312", "GB18030"])
def test_meta_charset_is_honoured(tmp_path, charset):
    path = tmp_path / "page.html"
    path.write_bytes(article_page(charset).encode("gb18030"))
    loaded = load(path)
    assert loaded.encoding == "gb18030"
    assert_article(loaded.text)


@pytest.mark.parametrize("charset", ["big5", "big5-hkscs"])
def test_big5_page(tmp_path, charset):
    path = tmp_path / "page.html"
    page = convert(article_page(charset), Script.TAIWAN)
    path.write_bytes(page.encode("big5hkscs"))
    loaded = load(path)
    assert loaded.encoding == "big5hkscs"
    assert_article(loaded.text, Script.TAIWAN)


def test_declared_charset_beats_a_wrong_guess(tmp_path):
    # Two characters of GBK are equally good Big5; only the label can tell.
    path = tmp_path / "short.html"
    path.write_bytes(
        '<html><head><meta charset="gbk"></head><body><p>你好</p></body></html>'.encode("gbk")
    )
    assert "你好" in load(path).text


def test_title_is_added_when_the_body_lacks_it(tmp_path):
    path = tmp_path / "page.html"
    html = article_page().replace("<h1>人工智能的发展</h1>", "")
    path.write_text(html, encoding="utf-8")
    loaded = load(path)
    assert loaded.text.split("\n")[0] == loaded.title
    assert ARTICLE in loaded.text


def test_page_of_links_only_keeps_its_text(tmp_path):
    path = tmp_path / "links.html"
    path.write_text('<html><body><a href="/a">链接一</a> <a href="/b">链接二</a></body></html>')
    loaded = load(path)
    assert "链接一" in loaded.text and "链接二" in loaded.text


def test_page_without_any_text_loads_empty_with_notices(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><style>p {}</style></head><body></body></html>")
    loaded = load(path)
    assert loaded.text == ""
    assert any("no article found in the page, and no text" in n for n in loaded.notices)
    assert any("empty" in n for n in loaded.notices)


def test_url_is_fetched_and_reduced_to_its_article(server):
    server.pages["/news/ai.html"] = Page(article_page("utf-8").encode())
    address = server.url("/news/ai.html")
    loaded = load(address)
    assert_article(loaded.text)
    assert loaded.source == address
    assert loaded.name == "人工智能的发展"


def test_http_charset_header_wins_over_guessing(server):
    # No meta tag: only the header says GBK.
    server.pages["/gbk"] = Page(
        article_page(meta=False).encode("gbk"), content_type="text/html; charset=gbk"
    )
    loaded = load(server.url("/gbk"))
    assert loaded.encoding == "gb18030"
    assert_article(loaded.text)


def test_plain_text_url(server):
    text = "第一行中文\n第二行中文\n"
    server.pages["/a.txt"] = Page(text.encode("big5"), content_type="text/plain; charset=big5")
    loaded = load(server.url("/a.txt"))
    assert (loaded.text, loaded.name) == (text, "a.txt")


def test_plain_text_url_with_a_default_latin1_label_is_guessed(server):
    text = "服务器默认的字符集标签常常是错的。\n"
    server.pages["/b.txt"] = Page(text.encode("gbk"), content_type="text/plain; charset=ISO-8859-1")
    assert load(server.url("/b.txt")).text == text


def test_epub_url(server, tmp_path):
    from .samples import make_epub

    book = make_epub(tmp_path / "b.epub", [("c1.xhtml", "第一章", ["从前有座山。"])])
    server.pages["/b.epub"] = Page(book.read_bytes(), content_type="application/epub+zip")
    loaded = load(server.url("/b.epub"))
    assert [chapter.title for chapter in loaded.chapters] == ["第一章"]


def test_unsupported_content_type(server):
    server.pages["/img"] = Page(b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png")
    with pytest.raises(InputError, match="cannot read image/png"):
        load(server.url("/img"))


def test_http_error_status(server):
    with pytest.raises(InputError, match="404 Not Found") as caught:
        load(server.url("/missing"))
    assert "\n" not in str(caught.value)


def test_slow_server_times_out(server, monkeypatch):
    from readaid.text import url

    monkeypatch.setattr(url, "FETCH_TIMEOUT", 0.3)
    server.pages["/slow"] = Page(article_page().encode(), delay=2.0)
    with pytest.raises(InputError, match=r"no answer within 0.3 s \(timed out\)"):
        load(server.url("/slow"))


def test_page_over_the_size_limit_is_refused(server, monkeypatch):
    from readaid.text import files

    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 1024)
    server.pages["/big"] = Page(article_page().encode() * 10)
    with pytest.raises(InputError, match="too large.*1024 bytes"):
        load(server.url("/big"))


def test_page_over_the_limit_without_a_length_is_refused_while_reading(server, monkeypatch):
    from readaid.text import files

    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 1024)
    server.pages["/unsized"] = Page(article_page().encode() * 10, send_length=False)
    with pytest.raises(InputError, match="too large"):
        load(server.url("/unsized"))


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_nothing_listening_says_offline():
    with pytest.raises(InputError, match="cannot connect .*are you offline") as caught:
        load(f"http://127.0.0.1:{closed_port()}/page.html")
    assert "\n" not in str(caught.value)


def test_unknown_host_says_offline():
    # .invalid never resolves (RFC 6761), online or not.
    with pytest.raises(InputError, match="cannot find the host .*offline"):
        load("http://readaid-test.invalid/page.html")
