"""Importing the libraries a loader needs, so that a broken or missing one costs the user a
line naming the package to install, never a traceback, and leaves every other input working.

Upstream releases do break these imports (lxml 6 dropped the ``html_clean`` extra that
jusText, under trafilatura, imports), so each loader imports its libraries only here.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from readaid.text.model import InputError

#: The packages to reinstall when a module fails to import: the module's own distribution
#: and those it is known to need that pip may fail to bring along.
PACKAGES = {
    "trafilatura": "trafilatura lxml lxml_html_clean",
    "ebooklib": "ebooklib lxml",
}


def import_needed(module: str, purpose: str) -> ModuleType:
    """``module`` imported, or an :class:`InputError` saying what to install for ``purpose``
    (``"HTML input"``, ``"EPUB input"``)."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        cause = " ".join(str(error).split())[:160]
        packages = PACKAGES.get(module.partition(".")[0], module.partition(".")[0])
        raise InputError(
            f"{purpose} needs package {module.partition('.')[0]}, which cannot be imported "
            f"({cause}): pip install --upgrade {packages}"
        ) from None
