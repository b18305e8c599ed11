"""E-books: an EPUB's chapters in reading (spine) order, each starting with its title,
with a :class:`Chapter` span for each so the reader can move between them."""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from posixpath import normpath

from readaid.text.decode import normalise_newlines
from readaid.text.files import MAX_INPUT_BYTES, describe_limit
from readaid.text.model import Chapter, InputError
from readaid.text.needs import import_needed

logger = logging.getLogger(__name__)

#: An EPUB is a ZIP; refuse one that would expand past this (a "zip bomb").
MAX_EXPANDED_BYTES = 4 * MAX_INPUT_BYTES


def read_epub(data: bytes, name: str) -> tuple[str, str, list[Chapter]]:
    """(book title, text, chapters with spans into the text)."""
    archive = _open_archive(data, name)
    _check_archive(archive, name)
    epub = import_needed("ebooklib.epub", "EPUB input")

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns about its own option defaults
            book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except Exception as error:  # a parser on untrusted archives: say what failed, no traceback
        logger.debug("ebooklib failed on %s", name, exc_info=True)
        raise InputError(f"{name}: not a readable EPUB ({type(error).__name__}: {error})") from None
    titles = _toc_titles(book.toc)
    parts: list[str] = []
    chapters: list[Chapter] = []
    offset = 0
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or isinstance(item, epub.EpubNav):
            continue
        heading, body = _chapter_text(item.get_content())
        title = titles.get(normpath(item.get_name())) or heading or f"Chapter {len(chapters) + 1}"
        if not body and not titles.get(normpath(item.get_name())):
            continue  # a cover image or an empty page: nothing to read
        if not body.startswith(title):
            body = f"{title}\n{body}" if body else title
        part = body + "\n\n"
        chapters.append(Chapter(title, offset, offset + len(part)))
        parts.append(part)
        offset += len(part)
    book_title = _book_title(book)
    return book_title, "".join(parts), chapters


def _open_archive(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a readable EPUB (not a ZIP archive)") from None


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    expanded = sum(info.file_size for info in archive.infolist())
    if expanded > MAX_EXPANDED_BYTES:
        raise InputError(
            f"{name}: the EPUB expands to {describe_limit(expanded)}; "
            f"readaid reads up to {describe_limit(MAX_EXPANDED_BYTES)}"
        )
    if "META-INF/encryption.xml" in archive.namelist():
        manifest = archive.read("META-INF/encryption.xml").decode("utf-8", "replace")
        # Fonts are often obfuscated (not DRM); encrypted chapters cannot be read.
        if ".xhtml" in manifest or ".html" in manifest:
            raise InputError(f"{name}: the EPUB is protected by DRM and cannot be read")


def _toc_titles(toc) -> dict[str, str]:
    """Chapter file -> title from the table of contents (first entry per file wins)."""
    titles: dict[str, str] = {}
    for node in toc:
        if isinstance(node, tuple):
            section, children = node
            _add_title(titles, section)
            for path, title in _toc_titles(children).items():
                titles.setdefault(path, title)
        else:
            _add_title(titles, node)
    return titles


def _add_title(titles: dict[str, str], node) -> None:
    href = getattr(node, "href", "") or ""
    title = (getattr(node, "title", "") or "").strip()
    if href and title:
        titles.setdefault(normpath(href.split("#", 1)[0]), title)


def _chapter_text(content: bytes) -> tuple[str, str]:
    """(heading, text) of one chapter's XHTML."""
    trafilatura = import_needed("trafilatura", "EPUB input")
    document = trafilatura.bare_extraction(
        content, favor_recall=True, include_comments=False, with_metadata=True
    )
    text = (getattr(document, "text", None) or "").strip()
    if text:
        return (getattr(document, "title", None) or "").strip(), normalise_newlines(text)
    # trafilatura skips pages it finds too short to be an article; keep their text.
    return "", normalise_newlines(trafilatura.html2txt(content).strip())


def _book_title(book) -> str:
    found = book.get_metadata("DC", "title")
    return str(found[0][0]).strip() if found else ""
