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
    listed = load_config().get("dictionaries", [])
    if not isinstance(listed, list):
        raise ConfigError(f"{paths.config_file()}: 'dictionaries' must be a list of paths")
    return tuple(Path(p).expanduser() for p in listed)
