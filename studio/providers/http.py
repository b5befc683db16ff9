"""The HTTP plumbing the HTTP providers share: one session, base-URL rules, transport errors mapped.

Keys travel only in request headers; nothing here logs or formats a header, a URL with a secret, or
a response body into a message.
"""

from __future__ import annotations

import ipaddress
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import requests

from studio import __version__
from studio.providers.base import ErrorKind, ProviderError

# (connect, read) seconds. A long line takes ElevenLabs several seconds; Narakeet's streaming API
# allows 30 s of processing.
DEFAULT_TIMEOUT = (10.0, 60.0)
USER_AGENT = f"DubbingStudio/{__version__}"


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


def send(session: requests.Session, method: str, url: str, *, timeout=DEFAULT_TIMEOUT,
         **kwargs) -> requests.Response:
    """Send one request; transport failures become ProviderError(NETWORK) with no URL or key in it."""
    try:
        return session.request(method, url, timeout=timeout, **kwargs)
    except requests.exceptions.SSLError:
        raise ProviderError(ErrorKind.NETWORK, "The secure connection to the provider failed: check "
                            "the date and time of this computer and any proxy in between.") from None
    except requests.exceptions.Timeout:
        raise ProviderError(ErrorKind.NETWORK, "The provider did not answer in time: the request will "
                            "be retried.") from None
    except requests.exceptions.ConnectionError:
        raise ProviderError(ErrorKind.NETWORK) from None
    except requests.exceptions.RequestException:
        raise ProviderError(ErrorKind.NETWORK, "The request to the provider failed: check your "
                            "internet connection.") from None
