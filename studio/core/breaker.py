"""The job's circuit breaker: a provider that keeps failing is not sent the rest of the film.

Retrying each line on its own against a dead provider sends hundreds of requests and writes a dub of
silence. One success anywhere closes the breaker again; a run of failures opens it when it reaches
`max_run` in a row, or when nothing has succeeded for `max_quiet_s` while failures keep coming.
Thread-safe: the pool's workers report to one breaker.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_RUN = 8            # consecutive failed attempts (any line), as the issue measured: 8 is plenty of proof
MAX_QUIET_S = 60.0     # or a minute of failures without a single success
MIN_QUIET_RUN = 3      # ... of at least this many (one slow failure is not a dead provider)


@dataclass(frozen=True)
class Trip:
    label: str         # "503 service_unavailable", "network", ...
    count: int

    def message(self) -> str:
        return f"The provider is failing ({self.label} ×{self.count}); nothing more was sent."

    def params(self) -> dict[str, str]:
        """What message() names, for the window's wording."""
        return {"label": self.label, "count": str(self.count)}


class Breaker:
    def __init__(self, max_run: int = MAX_RUN, max_quiet_s: float = MAX_QUIET_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_run = max_run
        self.max_quiet_s = max_quiet_s
        self._clock = clock
        self._lock = threading.Lock()
        self._run = 0
        self._since: float | None = None
        self._labels: dict[str, int] = {}

    def success(self) -> None:
        with self._lock:
            self._run, self._since, self._labels = 0, None, {}

    def failure(self, label: str) -> Trip | None:
        """Count one failed attempt; a Trip when the job should stop now."""
        with self._lock:
            now = self._clock()
            self._run += 1
            if self._since is None:
                self._since = now
            self._labels[label] = self._labels.get(label, 0) + 1
            quiet = now - self._since >= self.max_quiet_s and self._run >= MIN_QUIET_RUN
            if self._run < self.max_run and not quiet:
                return None
            label, count = max(self._labels.items(), key=lambda item: item[1])
            return Trip(label, count)


def failure_label(error: BaseException, kind: str) -> str:
    """How a failure reads in the breaker's message: status and code when the provider gave them."""
    status, code = getattr(error, "status", None), getattr(error, "code", None)
    return " ".join(str(part) for part in (status, code) if part) or kind
