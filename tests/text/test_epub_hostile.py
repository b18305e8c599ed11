"""E-books built to hurt: repeated chapters, missing files, other encodings, huge
paragraphs. Each still opens, reads every chapter file once and stays bounded."""

from __future__ import annotations

import pytest

from readaid.text import InputError, load

from .samples import chapter_xhtml, write_raw_epub

XHTML = "application/xhtml+xml"
BODY = "山里的空气很新鲜，我们走了很久。"


def test_a_chapter_the_spine_lists_many_times_is_read_once(tmp_path, monkeypatch):
    from readaid.text import html

    extracted: list[str] = []
    original = html.article_text
    monkeypatch.setattr(
        html,
        "article_text",
        lambda page, name, **kw: extracted.append(name) or original(page, name, **kw),
    )
    path = write_raw_epub(
        tmp_path / "loop.epub",
        {"one.xhtml": chapter_xhtml("第一章", BODY)},
        [("c1", "one.xhtml", XHTML)],
        ["c1"] * 2000,
    )
    loaded = load(path)
    assert [c.title for c in loaded.chapters] == ["第一章"]
    assert loaded.text.count(BODY) == 1
    assert len(extracted) == 1


def test_one_file_the_manifest_lists_many_times_is_read_once(tmp_path, monkeypatch):
    import zipfile

    reads: list[str] = []
    original = zipfile.ZipFile.read
    monkeypatch.setattr(
        zipfile.ZipFile,
        "read",
        lambda self, name, pwd=None: reads.append(str(name)) or original(self, name, pwd),
    )
    manifest = [(f"c{i}", "one.xhtml", XHTML) for i in range(300)]
    path = write_raw_epub(
        tmp_path / "many.epub",
        {"one.xhtml": chapter_xhtml("第一章", BODY)},
        manifest,
        [f"c{i}" for i in range(300)],
    )
    loaded = load(path)
    assert loaded.text.count(BODY) == 1
    assert reads.count("OEBPS/one.xhtml") == 1


def test_the_books_text_is_bounded(tmp_path, monkeypatch):
    from readaid.text import epub

    monkeypatch.setattr(epub, "MAX_INPUT_BYTES", 10_000)
    files = {f"c{i}.xhtml": chapter_xhtml(f"第{i}章", BODY * 100) for i in range(5)}
    manifest = [(f"c{i}", f"c{i}.xhtml", XHTML) for i in range(5)]
    path = write_raw_epub(tmp_path / "long.epub", files, manifest, [f"c{i}" for i in range(5)])
    with pytest.raises(InputError, match="book's text is over") as caught:
        load(path)
    assert "\n" not in str(caught.value)


def test_a_file_missing_from_the_archive_is_skipped_with_a_notice(tmp_path):
    path = write_raw_epub(
        tmp_path / "nocover.epub",
        {"one.xhtml": chapter_xhtml("第一章", BODY), "two.xhtml": chapter_xhtml("第二章", BODY)},
        [
            ("cover", "images/cover.jpg", "image/jpeg"),
            ("gone", "gone.xhtml", XHTML),
            ("c1", "one.xhtml", XHTML),
            ("c2", "two.xhtml", XHTML),
        ],
        ["gone", "c1", "c2"],
    )
    loaded = load(path)
    assert [c.title for c in loaded.chapters] == ["第一章", "第二章"]
    missing = [n for n in loaded.notices if "missing" in n]
    assert missing == [
        "nocover.epub: missing from the book: 2 listed files (gone.xhtml, images/cover.jpg);"
        " skipped"
    ]


def test_a_book_without_its_package_file_is_still_refused(tmp_path):
    import zipfile

    path = tmp_path / "noopf.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf"/></rootfiles></container>',
        )
    with pytest.raises(InputError, match="not a readable EPUB"):
        load(path)


@pytest.mark.parametrize("declared_by", ["xml", "meta"])
def test_a_gbk_chapter_is_read_in_its_declared_encoding(tmp_path, declared_by):
    body = "秋天到了，树叶变黄了，风吹过来很凉快。" * 3
    if declared_by == "xml":
        chapter = chapter_xhtml("第一章 秋天", body, encoding="gbk")
    else:
        chapter = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
            f"<title>第一章 秋天</title></head><body><p>{body}</p></body></html>"
        ).encode("gbk")
    path = write_raw_epub(
        tmp_path / "gbk.epub", {"one.xhtml": chapter}, [("c1", "one.xhtml", XHTML)], ["c1"]
    )
    loaded = load(path)
    assert body in loaded.text
    assert "\ufffd" not in loaded.text


def test_an_eleven_megabyte_paragraph_keeps_its_text(tmp_path):
    paragraph = "长" * (11 * 1024 * 1024 // 3 + 100)
    path = write_raw_epub(
        tmp_path / "huge.epub",
        {"one.xhtml": chapter_xhtml("第一章", paragraph)},
        [("c1", "one.xhtml", XHTML)],
        ["c1"],
    )
    loaded = load(path)
    assert paragraph in loaded.text
    assert any("showing all its text" in notice for notice in loaded.notices)
