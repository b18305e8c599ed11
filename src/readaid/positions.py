"""Where the learner stopped reading each document, kept in one small JSON file.

Documents are keyed by a hash of their text, so a text read from a file, a copy of it or
stdin all resume at the same place. The file is written atomically (a temporary file,
then a rename), so a crash mid-write never loses the positions already saved.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from readaid import paths

log = logging.getLogger(__name__)
FILE_NAME = "positions.json"
#: Documents remembered at most; the least recently read are forgotten first.
LIMIT = 200


def document_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Position:
    key: str
    name: str
    #: Where the text came from (a path, or "-" for stdin): the library reopens paths.
    source: str
    offset: int
    length: int
    read_at: float
    #: The e-book chapter the offset is in (its number), or None for a plain text.
    chapter: int | None = None
    #: Where the learner stopped in each chapter read so far: chapter number -> offset.
    chapter_offsets: dict[int, int] = field(default_factory=dict)
    #: The script the learner chose for this text with the reader's toggle, if they did.
    script: str | None = None

    @property
    def percent(self) -> float:
        return 100.0 * self.offset / self.length if self.length else 0.0


class ReadingPositions:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / FILE_NAME
        self._positions: dict[str, Position] | None = None

    def _load(self) -> dict[str, Position]:
        if self._positions is None:
            self._positions = {}
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
                for key, value in raw.get("documents", {}).items():
                    self._positions[key] = _position(key, value)
            except FileNotFoundError:
                pass
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
                # A damaged file costs the positions, never the reading session.
                log.warning("ignoring unreadable reading positions %s: %s", self.path, error)
        return self._positions

    def get(self, key: str) -> Position | None:
        return self._load().get(key)

    def recent(self, limit: int = 20) -> list[Position]:
        return sorted(self._load().values(), key=lambda p: p.read_at, reverse=True)[:limit]

    def remember(
        self,
        key: str,
        *,
        name: str,
        source: str,
        offset: int,
        length: int,
        chapter: int | None = None,
        chapter_offsets: dict[int, int] | None = None,
        script: str | None = None,
    ) -> Position:
        """Record where the learner is; with ``chapter``, also where they are in it, with
        ``chapter_offsets`` where they stopped in other chapters, and with ``script`` the
        script chosen for this text (kept from before when not given)."""
        positions = self._load()
        previous = positions.get(key)
        chapter_offsets = {
            **(previous.chapter_offsets if previous else {}),
            **(chapter_offsets or {}),
        }
        if chapter is not None:
            chapter_offsets[chapter] = offset
        if script is None and previous is not None:
            script = previous.script
        position = Position(
            key, name, source, offset, length, time.time(), chapter, chapter_offsets, script
        )
        positions[key] = position
        if len(positions) > LIMIT:
            for old in sorted(positions.values(), key=lambda p: p.read_at)[
                : len(positions) - LIMIT
            ]:
                del positions[old.key]
        self._write()
        return position

    def _write(self) -> None:
        documents = {
            key: {k: v for k, v in asdict(p).items() if k != "key"}
            for key, p in self._load().items()
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=".positions-", suffix=".json", dir=self.path.parent
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(
                    {"version": 1, "documents": documents}, stream, ensure_ascii=False, indent=1
                )
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _position(key: str, value: dict) -> Position:
    """A position from its JSON (older files lack the chapter and script fields)."""
    chapter = value.get("chapter")
    return Position(
        key=key,
        **{k: value[k] for k in ("name", "source", "offset", "length", "read_at")},
        chapter=int(chapter) if chapter is not None else None,
        chapter_offsets={int(n): int(o) for n, o in value.get("chapter_offsets", {}).items()},
        script=value.get("script") if isinstance(value.get("script"), str) else None,
    )
