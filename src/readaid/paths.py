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
