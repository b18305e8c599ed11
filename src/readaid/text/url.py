"""Fetching a page over http(s) with the standard library: a timeout, a size limit, and
one-line messages for every way the network can fail."""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from readaid import __version__
from readaid.text import files
from readaid.text.model import InputError

#: Seconds to wait for the server to connect or send the next bytes.
FETCH_TIMEOUT = 20.0


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    content_type: str
    charset: str | None
    url: str


def fetch(url: str, limit: int | None = None, timeout: float | None = None) -> Fetched:
    limit = limit or files.MAX_INPUT_BYTES
    timeout = timeout or FETCH_TIMEOUT
    request = urllib.request.Request(url, headers={"User-Agent": f"readaid/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise InputError(
                    f"{url}: too large ({files.describe_limit(int(length))}; "
                    f"readaid reads up to {files.describe_limit(limit)})"
                )
            data = files.read_limited(response, url, limit)
            return Fetched(
                data,
                response.headers.get_content_type(),
                response.headers.get_content_charset(),
                response.geturl(),
            )
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(_timed_out(url, timeout)) from None
        if isinstance(reason, socket.gaierror):
            raise InputError(f"{url}: cannot find the host (are you offline?)") from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise InputError(f"{url}: cannot connect ({text}; are you offline?)") from None
    except TimeoutError:
        raise InputError(_timed_out(url, timeout)) from None
    except (OSError, ValueError, http.client.HTTPException) as error:  # resets, bad URLs, bad HTTP
        raise InputError(f"{url}: cannot fetch ({error})") from None


def _timed_out(url: str, timeout: float) -> str:
    return f"{url}: no answer within {timeout:g} s (timed out)"
