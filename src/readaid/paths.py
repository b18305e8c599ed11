"""Where readaid keeps its files. ``READAID_HOME`` puts everything under one folder
(tests and scripts use it); otherwise the platform's own data, cache and config folders."""

from __future__ import annotations

import os
from pathlib import Path


def _home() -> Path | None:
    value = os.environ.get("READAID_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The vocabulary store, downloaded dictionaries and reading positions live here."""
    if home := _home():
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir("readaid", appauthor=False))


def cache_dir() -> Path:
    """Compiled caches that can be rebuilt from their sources at any time."""
    if home := _home():
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("readaid", appauthor=False))


def config_file() -> Path:
    if explicit := os.environ.get("READAID_CONFIG"):
        return Path(explicit).expanduser()
    if home := _home():
        return home / "config.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir("readaid", appauthor=False)) / "config.toml"


def user_dictionaries_dir() -> Path:
    """CEDICT-format files dropped here are stacked after CC-CEDICT."""
    return data_dir() / "dictionaries"


class FolderError(Exception):
    """A one-line reason readaid cannot use one of its folders."""


def check_folders() -> None:
    """Refuse, up front, folders readaid cannot make because a file is in the way (a
    ``cache`` file where the cache folder goes): otherwise the first write deep inside a
    command fails with an error that names nothing the learner can fix."""
    for role, folder in (("data", data_dir()), ("cache", cache_dir())):
        for path in (folder, *folder.parents):
            if path.is_dir():
                break
            if path.exists() or path.is_symlink():
                where = "" if path == folder else f" cannot be made: {path}"
                raise FolderError(
                    f"readaid's {role} folder {folder}{where} is not a folder "
                    "(move it away, or set READAID_HOME to another folder)"
                )
