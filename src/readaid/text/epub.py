"""E-books: an EPUB's chapters in reading (spine) order, each starting with its title,
with a :class:`Chapter` span for each so the reader can move between them."""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from dataclasses import dataclass
from posixpath import normpath

from ebooklib.epub import EpubReader

from readaid.text.files import MAX_INPUT_BYTES, describe_limit
from readaid.text.model import Chapter, InputError
from readaid.wording import counted

logger = logging.getLogger(__name__)

#: An EPUB is a ZIP; refuse one that would expand past this (a "zip bomb").
MAX_EXPANDED_BYTES = 4 * MAX_INPUT_BYTES


@dataclass(frozen=True, slots=True)
class Ebook:
    title: str
    text: str
    chapters: list[Chapter]
    notices: list[str]


def read_epub(data: bytes, name: str) -> Ebook:
    """The book's title, its text in spine order and a span for each chapter.

    Each chapter file is read once however often the manifest or the spine lists it, and
    the text is bounded like any input; files the book lists but lacks are skipped."""
    archive = _open_archive(data, name)
    _check_archive(archive, name)
    from ebooklib import epub

    reader = _TolerantReader(io.BytesIO(data), options={"ignore_ncx": True})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns about its own option defaults
            book = reader.load()
    except Exception as error:  # a parser on untrusted archives: say what failed, no traceback
        logger.debug("ebooklib failed on %s", name, exc_info=True)
        raise InputError(f"{name}: not a readable EPUB ({type(error).__name__}: {error})") from None
    notices = _missing_notices(name, reader.missing)
    titles = _toc_titles(book.toc)
    parts: list[str] = []
    chapters: list[Chapter] = []
    offset = size = 0
    seen: set[str] = set()
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or isinstance(item, epub.EpubNav):
            continue
        path = normpath(item.get_name())
        if path in seen or path in reader.missing:
            continue  # a spine may list a chapter many times: it is read once
        seen.add(path)
        # The file's own bytes: EpubHtml.get_content() re-serialises the page as UTF-8
        # while keeping its old encoding declaration.
        heading, body, notice = _chapter_text(item.content or b"", f"{name}: {path}")
        notices.extend([notice] if notice else [])
        title = titles.get(path) or heading or f"Chapter {len(chapters) + 1}"
        if not body and not titles.get(path):
            continue  # a cover image or an empty page: nothing to read
        if not body.startswith(title):
            body = f"{title}\n{body}" if body else title
        part = body + "\n\n"
        size += len(part.encode("utf-8", "surrogatepass"))
        if size > MAX_INPUT_BYTES:
            raise InputError(
                f"{name}: the book's text is over {describe_limit(MAX_INPUT_BYTES)}, "
                "the most readaid reads"
            )
        chapters.append(Chapter(title, offset, offset + len(part)))
        parts.append(part)
        offset += len(part)
    return Ebook(_book_title(book), "".join(parts), chapters, notices)


class _TolerantReader(EpubReader):
    """ebooklib's reader, reading each file of the archive once and lending an empty
    file for one the manifest lists but the archive lacks (so a missing cover image does
    not make the book unreadable); the container and the package file must be there."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._read: dict[str, bytes] = {}
        self.missing: set[str] = set()

    def read_file(self, name: str) -> bytes:
        path = normpath(name)
        if path not in self._read:
            try:
                self._read[path] = super().read_file(path)
            except KeyError:
                if path.startswith("META-INF/") or path == normpath(self.opf_file or "."):
                    raise
                self.missing.add(self._book_path(path))
                self._read[path] = b""
        return self._read[path]

    def _book_path(self, path: str) -> str:
        """The path as the manifest names it (relative to the package file's folder)."""
        folder = self.opf_dir.strip("/")
        return path[len(folder) + 1 :] if folder and path.startswith(folder + "/") else path


def _missing_notices(name: str, missing: set[str]) -> list[str]:
    if not missing:
        return []
    listed = ", ".join(sorted(missing)[:3]) + (", ..." if len(missing) > 3 else "")
    files = counted(len(missing), "listed file")
    return [f"{name}: missing from the book: {files} ({listed}); skipped"]


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


def _chapter_text(content: bytes, name: str) -> tuple[str, str, str | None]:
    """(heading, text, notice) of one chapter's XHTML, read in its declared encoding."""
    from readaid.text.html import article_text, decode_page

    try:
        html = decode_page(content, name).text
    except InputError as error:  # not text at all (an image listed as a chapter)
        return "", "", f"{error}; skipped"
    found = article_text(html, name, favor_recall=True)
    # trafilatura skips chapters it finds too short to be an article: their text is kept
    # quietly; a long chapter it could not read deserves a word.
    notice = f"{name}: {found.fallback}" if found.fallback and found.page_chars > 10_000 else None
    return found.title, found.text, notice


def _book_title(book) -> str:
    found = book.get_metadata("DC", "title")
    return str(found[0][0]).strip() if found else ""
