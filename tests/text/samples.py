"""Sample pages and books the loading tests build (the project's own text, not the user's)."""

from __future__ import annotations

from pathlib import Path

ARTICLE = (
    "近年来，人工智能技术迅速发展，改变了我们的生活方式。很多公司都在研究大模型，"
    "希望让机器更好地理解语言。"
)
ARTICLE_2 = "专家认为，未来十年人工智能将在教育、医疗和交通等领域发挥更大的作用。"
ARTICLE_3 = "第三段文字讲述了更多的细节和背景信息，让读者了解这项技术的来龙去脉。"


def article_page(charset: str = "utf-8", meta: bool = True) -> str:
    """A news page with navigation, an ad and comments around a three-paragraph article."""
    meta_tag = f'<meta charset="{charset}">' if meta else ""
    return f"""<!DOCTYPE html><html><head>{meta_tag}<title>人工智能的发展 - 新闻网</title></head>
<body><nav><a href="/">首页</a> <a href="/news">新闻频道</a> <a href="/sports">体育频道</a></nav>
<div class="ad advertisement">广告：限时优惠买一送一</div>
<article><h1>人工智能的发展</h1><p>{ARTICLE}</p><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p></article>
<div id="comments" class="comments"><p>网友评论：写得真好，支持作者！</p></div>
<footer>版权所有 新闻网</footer></body></html>"""


def make_epub(
    path: Path, chapters: list[tuple[str, str, list[str]]], title: str = "测试之书"
) -> Path:
    """Write an EPUB with ebooklib: chapters as (file name, title, paragraphs)."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("readaid-test-book")
    book.set_title(title)
    book.set_language("zh")
    items = []
    for file_name, chapter_title, paragraphs in chapters:
        item = epub.EpubHtml(title=chapter_title, file_name=file_name, lang="zh")
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        item.content = f"<html><body><h1>{chapter_title}</h1>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = items
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *items]
    epub.write_epub(str(path), book)
    return path


def write_raw_epub(
    path: Path,
    files: dict[str, bytes],
    manifest: list[tuple[str, str, str]],
    spine: list[str],
) -> Path:
    """Write an EPUB by hand, for books no well-behaved tool writes: ``files`` by path
    under OEBPS/, ``manifest`` as (id, href, media type), ``spine`` as ids."""
    import zipfile

    items = "".join(
        f'<item id="{item_id}" href="{href}" media-type="{media}"/>'
        for item_id, href, media in manifest
    )
    refs = "".join(f'<itemref idref="{idref}"/>' for idref in spine)
    package = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:identifier id="id">raw</dc:identifier><dc:title>手工书</dc:title></metadata>'
        f"<manifest>{items}</manifest><spine>{refs}</spine></package>"
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("OEBPS/content.opf", package)
        for name, data in files.items():
            archive.writestr(f"OEBPS/{name}", data)
    return path


def chapter_xhtml(title: str, body: str, encoding: str = "utf-8") -> bytes:
    """One chapter's XHTML in ``encoding``, which its XML declaration names."""
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        f"<title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
    ).encode(encoding)
