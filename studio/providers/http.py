"""The HTTP plumbing the HTTP providers share: one session, base-URL rules, transport errors mapped.

Keys travel only in request headers; nothing here logs or formats a header, a URL with a secret, or
a response body into a message.
"""

from __future__ import annotations

import http.client
import ipaddress
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import DecodeError, HTTPError, ProtocolError, ReadTimeoutError

from studio import __version__
from studio.providers.base import ErrorKind, ProviderError

# (connect, read) seconds. A long line takes ElevenLabs several seconds; Narakeet's streaming API
# allows 30 s of processing.
DEFAULT_TIMEOUT = (10.0, 60.0)
USER_AGENT = f"DubbingStudio/{__version__}"
# Read the body this much at a time at most; read1 returns what one socket read gave, so a body that
# drips is checked against the deadline after every few bytes, not after 64 KB.
_CHUNK = 64 * 1024
TOO_SLOW = "The provider did not answer in time: the request will be retried."


@dataclass(frozen=True)
class Deadlines:
    """Overall seconds one request may take, headers and body together (timeouts bound one socket op).

    account: balance, voices, models: small JSON answers the API gives in well under a second; 30 s
    leaves room for a slow proxy yet lets the balance panel say "no answer" instead of spinning.
    Synthesis: the provider generates audio faster than real time and speech runs at ~15 characters/s,
    so 0.1 s per character (1.5 x slower than real time) plus the same 30 s for the round trip and the
    queue is ample for a healthy service; capped at 10 minutes, the longest a render should wait on one
    line before retrying (the longest ElevenLabs request, 40,000 characters, would otherwise get 67 min).
    """

    account: float = 30.0
    synthesis_base: float = 30.0
    synthesis_per_char: float = 0.1
    synthesis_cap: float = 600.0

    def synthesis(self, text: str) -> float:
        """The deadline for synthesising text: proportional to its length, capped."""
        return min(self.synthesis_cap, self.synthesis_base + self.synthesis_per_char * len(text))


DEFAULT_DEADLINES = Deadlines()


def check_base_url(url: str) -> str:
    """Return url without a trailing slash; refuse http:// except on loopback (keys must not leak)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError("http:// is only allowed for a local emulator (127.0.0.1, ::1, localhost); "
                         "use https:// for a real service")
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def new_session(key_header: str | None, api_key: str | None) -> requests.Session:
    """A session that sends the key in key_header on every request (TLS verification stays on)."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    if key_header and api_key:
        session.headers[key_header] = api_key
    session.verify = True
    # Environment proxies are fine, but .netrc credentials must never be mixed with our key header.
    session.trust_env = True
    return session


def retry_after_seconds(response: requests.Response) -> float | None:
    """Seconds to wait from Retry-After / retry-after-ms (delta or HTTP date), or None."""
    millis = response.headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def send(session: requests.Session, method: str, url: str, *, timeout: Any = DEFAULT_TIMEOUT,
         deadline: float | None = None, **kwargs: Any) -> requests.Response:
    """Send one request and read its whole body within `deadline` seconds (DEFAULT_DEADLINES.account).

    Transport failures become ProviderError(NETWORK) with no URL or key in it; a body that breaks off
    becomes BAD_RESPONSE (retried: the next answer may be whole). The returned response has its content
    loaded and its connection back in the pool.
    """
    if kwargs.pop("stream", False):
        raise TypeError("send reads the body itself (within the deadline): do not pass stream")
    seconds = DEFAULT_DEADLINES.account if deadline is None else deadline
    until = time.monotonic() + seconds
    try:
        response = session.request(method, url, timeout=_capped(timeout, seconds), stream=True, **kwargs)
    except requests.exceptions.SSLError:
        raise ProviderError(ErrorKind.NETWORK, "The secure connection to the provider failed: check "
                            "the date and time of this computer and any proxy in between.") from None
    except requests.exceptions.Timeout:
        raise ProviderError(ErrorKind.NETWORK, TOO_SLOW) from None
    except requests.exceptions.ConnectionError:
        raise ProviderError(ErrorKind.NETWORK) from None
    except requests.exceptions.RequestException:
        raise ProviderError(ErrorKind.NETWORK, "The request to the provider failed: check your "
                            "internet connection.") from None
    try:
        _read_body(response, until, _read_timeout(timeout))
    except BaseException:
        response.close()  # drops the connection: the server may still be sending
        raise
    return response


def _capped(timeout: Any, seconds: float) -> Any:
    """Per-socket-op timeouts no longer than the whole deadline (a silent server fails at the deadline)."""
    if isinstance(timeout, tuple):
        return tuple(min(part, seconds) if part is not None else seconds for part in timeout)
    return min(timeout, seconds) if timeout is not None else seconds


def _read_timeout(timeout: Any) -> float | None:
    return timeout[1] if isinstance(timeout, tuple) else timeout


def _read_body(response: requests.Response, until: float, read_timeout: float | None) -> None:
    raw = response.raw
    read = getattr(raw, "read1", None)  # urllib3 >= 2.3; else small reads keep the checks frequent
    # Best effort: each socket read may wait only for what is left of the deadline, so a server that
    # stops sending fails at the deadline, not one read timeout later. urllib3 resets the timeout on
    # the next request that reuses the connection.
    sock = getattr(getattr(raw, "_connection", None), "sock", None)
    data = bytearray()
    try:
        while True:
            left = until - time.monotonic()
            if left <= 0:
                raise ProviderError(ErrorKind.NETWORK, TOO_SLOW)
            if sock is not None:
                sock.settimeout(min(left, read_timeout) if read_timeout is not None else left)
            chunk = read(_CHUNK, decode_content=True) if read else raw.read(1024, decode_content=True)
            if not chunk:
                break
            data += chunk
    except (ProtocolError, DecodeError, http.client.IncompleteRead):
        raise ProviderError(ErrorKind.BAD_RESPONSE, "The answer from the provider arrived incomplete: the "
                            "request will be retried.", status=response.status_code) from None
    except (ReadTimeoutError, TimeoutError):
        raise ProviderError(ErrorKind.NETWORK, TOO_SLOW) from None
    except (HTTPError, OSError, requests.RequestException):
        raise ProviderError(ErrorKind.NETWORK) from None
    response._content = bytes(data)
    response._content_consumed = True
    raw.release_conn()
