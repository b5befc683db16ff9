"""Download one large file with progress, resume after a dropped connection, and cancel.

The bytes go to `<name>.part` in the staging folder (never the voices folder). A dropped connection is
retried from where it stopped with an HTTP Range request; if the server keeps failing, the .part stays
so the next attempt resumes. Cancel and a full disk delete it: nothing half-written is left behind.
"""

from __future__ import annotations

import errno
import ipaddress
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests

from studio.core.coded_error import VOICE_NOT_WRITTEN, VOICE_REFUSED, CodedError, write_params

CHUNK = 1 << 16
TIMEOUT_S = 30
REACH_TIMEOUT_S = 3.0  # the welcome's "can we download?" question: a short answer or none
RETRIES = 4  # reconnections per file before giving up (the .part is kept for the next run)


class DownloadError(CodedError):
    """The file could not be downloaded; the message says what to do."""


class DownloadCancelled(DownloadError):
    def __init__(self) -> None:
        super().__init__("The download was cancelled; nothing was installed.")


@dataclass(frozen=True)
class Progress:
    done: int                 # bytes on disk so far
    total: int | None         # None when the server does not say
    elapsed_s: float
    rate_bps: float           # bytes per second over this run (not counting resumed bytes)

    @property
    def percent(self) -> float | None:
        return None if not self.total else min(100.0, 100.0 * self.done / self.total)

    @property
    def eta_s(self) -> float | None:
        if not self.total or self.rate_bps <= 0:
            return None
        return max(0.0, (self.total - self.done) / self.rate_bps)

    def text(self) -> str:
        """'12.5 of 60.3 MB (21 %), about 40 s left'."""
        done = f"{self.done / 1e6:.1f}"
        if not self.total:
            return f"{done} MB"
        eta = self.eta_s
        left = "" if eta is None else f", about {format_duration(eta)} left"
        return f"{done} of {self.total / 1e6:.1f} MB ({self.percent:.0f} %){left}"


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def check_url(url: str) -> None:
    """https only; plain http only for a loopback address (a local mirror, the tests)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname:
        try:
            if parts.hostname == "localhost" or ipaddress.ip_address(parts.hostname).is_loopback:
                return
        except ValueError:
            pass
    raise DownloadError(f"{url}: voices are downloaded over https only; use an https:// address.")


def host_of(url: str) -> str:
    """The root of url's host ("https://huggingface.co/"): what a reachability check asks."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def reachable(url: str, timeout_s: float = REACH_TIMEOUT_S, session: requests.Session | None = None) -> bool:
    """Whether url's host answers a HEAD request within timeout_s (any HTTP answer: the network allows
    it). Blocks up to the timeout: call it off the GUI thread."""
    http = session or requests.Session()
    try:
        http.head(host_of(url), timeout=timeout_s, allow_redirects=False).close()
        return True
    except requests.RequestException:
        return False
    finally:
        if session is None:
            http.close()


def download(url: str, part: Path, *, expected: int | None = None,
             progress: Callable[[Progress], None] | None = None,
             cancel: threading.Event | None = None, session: requests.Session | None = None) -> Path:
    """Fetch url into part (resuming what part already holds); returns part once complete."""
    check_url(url)
    http = session or requests.Session()
    started = time.monotonic()
    resumed_from = part.stat().st_size if part.exists() else 0
    failures = 0
    try:
        while True:
            try:
                if _fetch(http, url, part, expected, progress, cancel, started, resumed_from):
                    return part
                failures += 1  # the body ended early: go on from where it stopped
            except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError):
                failures += 1
            if failures > RETRIES:
                raise DownloadError(f"The connection to {urlsplit(url).hostname} kept dropping; run the same "
                                    "install again later: it resumes where it stopped.")
            _wait(cancel, min(8.0, 0.5 * 2 ** failures))
    except DownloadCancelled:
        part.unlink(missing_ok=True)
        raise
    except OSError as error:
        part.unlink(missing_ok=True)
        params = write_params(error, step="download", folder=str(part.parent),
                              mb=f"{expected / 1e6:.0f}" if expected else "")
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            room = f"{params['mb']} MB" if expected else "some space"
            raise DownloadError(f"The disk holding {part.parent} is full: free {room} and install again.",
                                code=VOICE_NOT_WRITTEN, params=params) from None
        raise DownloadError(f"The voice could not be written to {part.parent}: {error.strerror or error}.",
                            code=VOICE_NOT_WRITTEN, params=params) from None
    finally:
        if session is None:
            http.close()


def _wait(cancel: threading.Event | None, seconds: float) -> None:
    if cancel is not None and cancel.wait(seconds):
        raise DownloadCancelled()
    if cancel is None:
        time.sleep(seconds)


def _fetch(http: requests.Session, url: str, part: Path, expected: int | None,
           progress: Callable[[Progress], None] | None, cancel: threading.Event | None,
           started: float, resumed_from: int) -> bool:
    """One request; True when the file is complete."""
    have = part.stat().st_size if part.exists() else 0
    if expected is not None and have > expected:
        part.unlink()
        have = 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with http.get(url, headers=headers, stream=True, timeout=TIMEOUT_S) as answer:
        if answer.status_code == 416 and have and (expected is None or have == expected):
            return True  # the .part already holds the whole file
        if answer.status_code == 416:
            part.unlink()
            return False
        if answer.status_code not in (200, 206):
            raise DownloadError(f"{url} answered HTTP {answer.status_code}: check the address, or try again "
                                "later.", code=VOICE_REFUSED,
                                params={"reason": "http", "url": url, "status": str(answer.status_code)})
        if answer.status_code == 200:
            have = 0  # the server ignored Range: start over
        length = answer.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else expected
        if expected is not None and total is not None and total != expected:
            raise DownloadError(f"{url} is {total} bytes where the catalogue says {expected}: it was not "
                                "installed; the voice may have changed, update the app.")
        with part.open("r+b" if have else "wb") as handle:
            handle.seek(have)
            handle.truncate()
            for chunk in answer.iter_content(CHUNK):
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled()
                handle.write(chunk)
                have += len(chunk)
                if progress is not None:
                    elapsed = time.monotonic() - started
                    rate = max(0, have - resumed_from) / elapsed if elapsed > 0 else 0.0
                    progress(Progress(have, total, elapsed, rate))
    return total is None or have >= total
