"""How many requests a render job has in flight: the user's limit, lowered by the provider.

Shares the job's condition variable, so a stop wakes the workers waiting here for room.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class PoolLimit:
    def __init__(self, limit: int, cond: threading.Condition, stopped: Callable[[], bool]) -> None:
        self.user_limit = limit
        self.limit = limit      # read under cond
        self.in_flight = 0
        self.peak = 0           # most requests in flight at once
        self.requests = 0       # requests sent
        self._cond = cond
        self._stopped = stopped

    def acquire(self) -> int:
        """Wait for room; the limit at this moment, or 0 when the job stopped."""
        with self._cond:
            while not self._stopped() and self.in_flight >= self.limit:
                self._cond.wait()
            if self._stopped():
                return 0
            self.in_flight += 1
            self.requests += 1
            self.peak = max(self.peak, self.in_flight)
            return self.limit

    def release(self) -> None:
        with self._cond:
            self.in_flight -= 1
            self._cond.notify_all()

    def lower(self, sent_under: int) -> bool:
        """One fewer at once after a refusal, unless the request went out before the pool was already
        lowered: a burst of refusals to one round of requests is one piece of news, not one each,
        so it cannot drive the pool below what the account takes. Either way it is retried at once."""
        with self._cond:
            if sent_under and sent_under > self.limit:
                return True  # old news: the pool shrank since this one was sent
            if self.limit <= 1:
                return False
            self.limit -= 1
            log.info("provider refused a concurrent request: pool lowered to %d", self.limit)
            return True

    def adopt_reported(self, reported: Any) -> None:
        """Adopt min(user limit, provider's maximum). Never raises the limit: after a 429 lowered
        it (another app sharing the account), the header alone would make the pool bounce back up."""
        if not isinstance(reported, int) or isinstance(reported, bool) or reported < 1:
            return
        with self._cond:
            self.limit = min(self.limit, self.user_limit, reported)
