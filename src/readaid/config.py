"""User settings from a TOML file (``readaid.paths.config_file()``), read once per process.

Keys readaid understands at the top level:

``dictionaries``
    A list of extra CEDICT-format files, stacked after CC-CEDICT and readaid's supplement.

Sections such as ``[reader]`` and ``[keys]`` belong to the interactive reader.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from readaid import paths

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


class ConfigError(Exception):
    """The config file exists but cannot be used; the message is one line."""


@lru_cache(maxsize=1)
def load_config() -> dict[str, Any]:
    path = paths.config_file()
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None


def extra_dictionaries() -> tuple[Path, ...]:
    where = paths.config_file()
    listed = load_config().get("dictionaries", [])
    if not isinstance(listed, list) or not all(isinstance(p, str) and p.strip() for p in listed):
        raise ConfigError(f"{where}: 'dictionaries' must be a list of file paths (strings)")
    found = tuple(Path(p).expanduser() for p in listed)
    for path in found:
        if problem := dictionary_file_problem(path):
            raise ConfigError(f"{where}: dictionaries: {problem}")
    return found


def dictionary_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be a dictionary file, in words; None when it can."""
    if path.is_dir():
        return f"{path} is a folder, not a dictionary file"
    if not path.is_file():
        return f"{path}: no such dictionary file"
    return None
