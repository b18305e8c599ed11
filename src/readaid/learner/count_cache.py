"""The word counts of whole texts, kept on disk per text content: the library shows every
text's share known each time it opens, and counting a novel again each time would cost
seconds. A text's counts never change (its content is the key); the learner's statuses
do, so only the counts are kept and the shares are worked out from them each time.

The cache is a folder of small JSON files under the cache folder, one per text, named by
a hash of the text: anything unreadable in it is counted again, never an error."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from readaid.language.dictionary import Dictionary
from readaid.language.wordcount import count_words
from readaid.paths import cache_dir

#: Raised when the counting changes (segmentation fixes, names): older counts are ignored.
VERSION = 1


def counts_folder() -> Path:
    return cache_dir() / "word-counts"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def cached_counts(text: str, dictionary: Dictionary, folder: Path | None = None) -> Counter[str]:
    """Each Chinese word of ``text`` with how often it occurs, from the cache when this
    text was counted before; counted and kept otherwise."""
    path = (folder or counts_folder()) / f"{text_key(text)}.json"
    kept = _read(path)
    if kept is not None:
        return kept
    counts = count_words(text, dictionary)
    _write(path, counts)
    return counts


def _read(path: Path) -> Counter[str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    counts = data.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(word, str) and type(n) is int and n > 0 for word, n in counts.items()
    ):
        return None
    return Counter(counts)


def _write(path: Path, counts: Counter[str]) -> None:
    """Keep ``counts``; a cache that cannot be written only costs a recount next time."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
        ) as stream:
            temporary = Path(stream.name)
            json.dump({"version": VERSION, "counts": counts}, stream, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
