"""Reading bytes from a path or a stream without ever reading more than the limit."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import BinaryIO

from readaid.text.model import InputError

#: The largest input readaid reads (50 MiB is about 17 million Chinese characters in
#: UTF-8, several long novels). Larger inputs are refused before they are read.
MAX_INPUT_BYTES = 50 * 1024 * 1024


def describe_limit(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"


def check_file(path: Path, limit: int | None = None) -> None:
    """Refuse what is missing, not a regular file, or over ``limit``, from its metadata."""
    limit = limit or MAX_INPUT_BYTES
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory, not a text file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file")
    if info.st_size > limit:
        raise InputError(
            f"{path}: too large ({describe_limit(info.st_size)}; "
            f"readaid reads files up to {describe_limit(limit)})"
        )


def read_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path``, after :func:`check_file`."""
    limit = limit or MAX_INPUT_BYTES
    check_file(path, limit)
    try:
        with open(path, "rb") as file:
            return read_limited(file, str(path), limit)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def read_limited(stream: BinaryIO, name: str, limit: int | None = None) -> bytes:
    """Read at most ``limit`` bytes; a stream that has more is refused (a file can grow
    after its size was checked, and pipes have no size)."""
    limit = limit or MAX_INPUT_BYTES
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{name}: too large (readaid reads up to {describe_limit(limit)})")
    return data
