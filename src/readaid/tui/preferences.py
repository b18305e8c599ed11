"""The learner's choices in the reader, written back into ``[reader]`` of the config file.

Pinyin mode (``p``), its style (``P``) and tone colours (``c``) become the defaults for
every text; the script (``t``) is kept per text, with its reading position. The file is
edited with tomlkit, so the learner's comments and layout survive, and written
atomically (a temporary file, then a rename), so a crash never leaves half a config.
"""

from __future__ import annotations

import logging
from pathlib import Path

from readaid.output import OutputError, write_output

log = logging.getLogger(__name__)


class Preferences:
    """Where the reader keeps the learner's defaults; ``path=None`` keeps nothing (tests)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def remember(self, **values: str | bool) -> bool:
        """Set these ``[reader]`` keys, leaving the rest of the file as it was; False (and
        a log line) when the file cannot be written: the choice still holds this session."""
        if self.path is None:
            return False
        # Imported here: only a change of settings needs it, never the first paint.
        import tomlkit
        from tomlkit.exceptions import TOMLKitError

        try:
            try:
                document = tomlkit.parse(self.path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                document = tomlkit.document()
            reader = document.get("reader")
            if reader is None:
                reader = tomlkit.table()
                document["reader"] = reader
            for key, value in values.items():
                reader[key] = value
            _write(self.path, tomlkit.dumps(document))
        except (OSError, OutputError, UnicodeDecodeError, TOMLKitError) as error:
            log.warning("cannot keep the reader's settings in %s: %s", self.path, error)
            return False
        return True


def _write(path: Path, text: str) -> None:
    """As any output is written: through a symlink, into a device, atomically otherwise
    (a config pointed at /dev/null must never replace the device)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_output(path, lambda stream: stream.write(text.encode("utf-8")))
