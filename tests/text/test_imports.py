"""Loading stays cheap to import: parsers load only when a page, book or guess needs them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["trafilatura", "ebooklib", "charset_normalizer", "lxml", "urllib.request", "textual"]


def test_importing_loading_leaves_parsers_unloaded():
    probe = f"import sys, readaid.text; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_loading_a_utf8_text_file_needs_no_parser(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("中文\n", encoding="utf-8")
    probe = (
        f"import sys; from readaid.text import load; load({str(path)!r}); "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
