"""Writing a file the learner named (``-o``, exports) the way they expect a shell's
``>`` to: through a symlink into the file it names, straight into a device or a FIFO
(``-o /dev/null`` must never replace the device), and for a regular file atomically (a
temporary file beside it, then a rename, so a crash never leaves half a file where the
previous one was). New files get the mode the umask gives; replaced files keep theirs.
A read-only file is refused rather than silently replaced."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class OutputError(Exception):
    """A one-line reason an output could not be written."""


def write_output(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` with a binary stream whose bytes end up in ``path``."""
    target = Path(os.path.realpath(path))  # through symlinks, even one to a file not made yet
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        if info is None or stat.S_ISREG(info.st_mode):
            _replace(path, target, info, write)
        elif stat.S_ISDIR(info.st_mode):
            raise OutputError(f"cannot write {path}: it is a directory")
        else:  # a device, a FIFO, a socket: write into it as it is
            with open(target, "wb") as stream:
                write(stream)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None


def _replace(
    path: Path, target: Path, info: os.stat_result | None, write: Callable[[BinaryIO], object]
) -> None:
    if info is not None and (not os.access(target, os.W_OK) or not info.st_mode & 0o222):
        # Root may write anything: the mode bits still say the learner meant to keep it.
        raise OutputError(f"cannot write {path}: the file is read-only (not replaced)")
    folder = target.parent
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        # 0o666 here is narrowed by the umask, as for any file a program creates.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise OutputError(f"cannot write in {folder}: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            if info is not None:
                os.fchmod(stream.fileno(), stat.S_IMODE(info.st_mode))
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
