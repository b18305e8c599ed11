"""The store and the CLI module load without genanki or anki: the TUI opens the store on
start-up and ``readaid vocab list`` should not pay for flashcard libraries."""

from __future__ import annotations

import subprocess
import sys


def test_store_and_cli_modules_leave_heavy_libraries_unloaded() -> None:
    code = (
        "import sys, readaid.vocab.store, readaid.vocab.exporters, readaid.vocab.ankiconnect,"
        " readaid.cli.vocab; print(sorted(m for m in ('genanki', 'anki', 'textual')"
        " if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
