"""Fetching a page over http(s): a total deadline, a size limit, and one-line messages for
every way the network can fail (see :mod:`readaid.network`)."""

from __future__ import annotations

from dataclasses import dataclass

from readaid import __version__
from readaid.network import CannotConnect, HostNotFound, NetworkError, request
from readaid.text import files
from readaid.text.model import InputError
from readaid.untrusted import one_line

#: Seconds the whole fetch may take, from connecting to the last byte.
FETCH_TIMEOUT = 20.0


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    content_type: str
    charset: str | None
    url: str


def fetch(url: str, limit: int | None = None, timeout: float | None = None) -> Fetched:
    import urllib.request

    limit = limit or files.MAX_INPUT_BYTES
    timeout = timeout or FETCH_TIMEOUT
    shown = one_line(url)
    try:
        target = urllib.request.Request(url, headers={"User-Agent": f"readaid/{__version__}"})
        reply = request(target, seconds=timeout, limit=limit)
    except ValueError as error:  # not a URL urllib can parse: http://[::1
        raise InputError(f"{shown}: not a valid address ({one_line(str(error))})") from None
    except HostNotFound:
        raise InputError(f"{shown}: cannot find the host (are you offline?)") from None
    except CannotConnect as error:
        raise InputError(f"{shown}: {error}; are you offline?") from None
    except NetworkError as error:
        raise InputError(f"{shown}: {error}") from None
    return Fetched(
        reply.data,
        reply.headers.get_content_type(),
        reply.headers.get_content_charset(),
        reply.url,
    )
