"""E-books: chapters in spine order, each with its title and a span into the text."""

from __future__ import annotations

import zipfile

import pytest

from readaid.text import Chapter, InputError, load

from .samples import make_epub

CHAPTERS = [
    ("chapter-1.xhtml", "第一章 出发", ["清晨，我们离开了小镇。", "路上下着小雨。"]),
    ("chapter-2.xhtml", "第二章 山里", ["山里的空气很新鲜。"]),
    ("chapter-3.xhtml", "第三章 回家", ["晚上我们终于回到了家。", "大家都很累。"]),
]


@pytest.fixture
def book(tmp_path):
    return make_epub(tmp_path / "journey.epub", CHAPTERS)


def test_chapters_in_order_with_titles(book):
    loaded = load(book)
    assert [chapter.title for chapter in loaded.chapters] == [c[1] for c in CHAPTERS]
    assert loaded.title == "测试之书"
    assert loaded.name == "journey.epub"


def test_chapter_spans_cover_their_own_text(book):
    loaded = load(book)
    for chapter, (_, title, paragraphs) in zip(loaded.chapters, CHAPTERS, strict=True):
        assert isinstance(chapter, Chapter)
        body = loaded.text[chapter.start : chapter.end]
        assert body.split("\n")[0] == title
        for paragraph in paragraphs:
            assert paragraph in body.split("\n")
    spans = [(c.start, c.end) for c in loaded.chapters]
    assert spans[0][0] == 0 and spans[-1][1] == len(loaded.text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_navigation_page_is_not_a_chapter(book):
    loaded = load(book)
    assert len(loaded.chapters) == len(CHAPTERS)


def test_chapter_spans_follow_repair(tmp_path):
    chapters = [
        ("a.xhtml", "第一章", ["技術創(chuàng)新很重要。", "\u200b零宽\u200b空格。"]),
        ("b.xhtml", "第二章", ["發(fā)展很快。"]),
    ]
    loaded = load(make_epub(tmp_path / "r.epub", chapters))
    second = loaded.chapters[1]
    assert loaded.text[second.start :].startswith("第二章\n發展很快。")
    assert "(chuàng)" not in loaded.text and "\u200b" not in loaded.text
    hinted = {loaded.text[offset]: reading for offset, reading in loaded.hints.items()}
    assert hinted == {"創": "chuang4", "發": "fa1"}


def test_untitled_toc_falls_back_to_the_heading(tmp_path):
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("x")
    book.set_title("无目录")
    item = epub.EpubHtml(title="", file_name="only.xhtml", lang="zh")
    item.content = "<html><body><h1>序言</h1><p>这是一本没有目录的书。</p></body></html>"
    book.add_item(item)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = [item]
    path = tmp_path / "untitled.epub"
    epub.write_epub(str(path), book)
    loaded = load(path)
    assert [c.title for c in loaded.chapters] == ["序言"]
    assert "这是一本没有目录的书。" in loaded.text


def test_not_an_epub(tmp_path):
    path = tmp_path / "fake.epub"
    path.write_text("这不是电子书", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable EPUB"):
        load(path)


def test_zip_without_an_opf_is_refused(tmp_path):
    path = tmp_path / "empty.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    with pytest.raises(InputError, match="not a readable EPUB") as caught:
        load(path)
    assert "\n" not in str(caught.value)


def test_zip_bomb_is_refused(tmp_path, monkeypatch):
    from readaid.text import epub

    monkeypatch.setattr(epub, "MAX_EXPANDED_BYTES", 1000)
    path = tmp_path / "bomb.epub"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.xhtml", "字" * 10_000)
    assert path.stat().st_size < 1000
    with pytest.raises(InputError, match="expands to"):
        load(path)


def test_drm_protected_epub_is_refused(book):
    with zipfile.ZipFile(book, "a") as archive:
        archive.writestr(
            "META-INF/encryption.xml",
            '<encryption><EncryptedData><CipherReference URI="EPUB/chapter-1.xhtml"/>'
            "</EncryptedData></encryption>",
        )
    with pytest.raises(InputError, match="DRM"):
        load(book)
