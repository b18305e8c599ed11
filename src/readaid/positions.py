"""Where the learner stopped reading each document, kept in one small JSON file.

Documents are keyed by a hash of their text, so a text read from a file, a copy of it or
stdin all resume at the same place. The file is written atomically (a temporary file,
then a rename), so a crash mid-write never loses the positions already saved; each write
re-reads the file under a lock and changes only its own document, so two readers open at
once keep each other's positions. A damaged entry costs that position, nothing more.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
            self._positions = self._read()
        return self._positions

    def _read(self) -> dict[str, Position]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            documents = raw.get("documents", {})
            if not isinstance(documents, dict):
                raise TypeError("documents is not an object")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, TypeError, AttributeError) as error:
            # A damaged file costs the positions, never the reading session.
            log.warning("ignoring unreadable reading positions %s: %s", self.path, error)
            return {}
        positions = {}
        for key, value in documents.items():
            try:
                positions[key] = _position(key, value)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                log.warning("ignoring a damaged reading position in %s: %s", self.path, error)
        return positions

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
        with self._locked():
            positions = self._read()  # what other readers saved since this one loaded
            previous = positions.get(key) or self._load().get(key)
            chapter_offsets = {
                **(previous.chapter_offsets if previous else {}),
                **(chapter_offsets or {}),
            }
            if chapter is not None:
                chapter_offsets[chapter] = offset
            if script is None and previous is not None:
                script = previous.script
            position = Position(
                key,
                name,
                _lasting(source),
                offset,
                length,
                time.time(),
                chapter,
                chapter_offsets,
                script,
            )
            positions[key] = position
            for old in sorted(positions.values(), key=lambda p: p.read_at)[:-LIMIT]:
                del positions[old.key]
            self._positions = positions
            self._write(positions)
        return position

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold a lock beside the file between re-reading it and replacing it (where the
        system has advisory locks; without, a write can still lose a race, never data)."""
        try:
            import fcntl
        except ImportError:  # Windows
            yield
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = open(self.path.with_name(self.path.name + ".lock"), "a")  # noqa: SIM115
        except OSError:
            yield  # the write below will say what is wrong with the folder
            return
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def _write(self, positions: dict[str, Position]) -> None:
        documents = {
            key: {k: v for k, v in asdict(p).items() if k != "key"} for key, p in positions.items()
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(
                prefix=".positions-", suffix=".json", dir=self.path.parent
            )
        except OSError as error:
            # Losing a position must not end the reading session.
            log.warning("cannot save reading positions in %s: %s", self.path.parent, error)
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(
                    {"version": 1, "documents": documents}, stream, ensure_ascii=False, indent=1
                )
            os.replace(temporary, self.path)
        except OSError as error:
            log.warning("cannot save reading positions %s: %s", self.path, error)
        finally:
            Path(temporary).unlink(missing_ok=True)


def _lasting(source: str) -> str:
    """A source that means the same from any folder: a relative path made absolute."""
    if source in ("-", "") or urlsplit(source).scheme.lower() in ("http", "https"):
        return source
    return os.path.abspath(source)


def _position(key: str, value: Any) -> Position:
    """A position from its JSON (older files lack the chapter and script fields);
    raises ValueError or TypeError for a field of the wrong kind."""
    chapter = value.get("chapter")
    offsets = value.get("chapter_offsets", {})
    return Position(
        key=key,
        name=_text(value["name"]),
        source=_text(value["source"]),
        offset=_count(value["offset"]),
        length=_count(value["length"]),
        read_at=_time(value["read_at"]),
        chapter=_count(chapter) if chapter is not None else None,
        chapter_offsets={_count(int(n)): _count(o) for n, o in offsets.items()},
        script=value.get("script") if isinstance(value.get("script"), str) else None,
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {value!r}")
    return value


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"expected a count, found {value!r}")
    return value


def _time(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"expected a time, found {value!r}")
    return float(value)
