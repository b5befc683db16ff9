"""When to try a failed request again: exponential backoff with full jitter, honouring Retry-After.

Full jitter (a uniform wait between 0 and the exponential ceiling) spreads the retries of many workers
that failed together, so they do not hit the provider again in one burst (the AWS architecture blog's
"Exponential Backoff And Jitter"). A server's Retry-After is a floor: retrying earlier is refused
anyway; a little spread is added on top for the same reason as the jitter.

Errors are duck-typed (`retryable`, `retry_after` attributes) so the core never imports a provider.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """A retry policy. `attempt` counts attempts already made (1 after the first failure)."""

    base_s: float = 1.0          # ceiling of the first wait
    cap_s: float = 60.0          # no wait grows beyond this (the official SDK caps at 60 s too)
    max_attempts: int = 6        # attempts in all, the first one included
    max_retry_after_s: float = 300.0  # a Retry-After beyond this is not worth waiting for here
    retry_after_spread: float = 0.2   # up to +20 % on top of Retry-After, so workers do not align
    random: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    def can_retry(self, attempt: int) -> bool:
        """Whether another attempt is allowed after `attempt` attempts."""
        return attempt < self.max_attempts

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt number attempt + 1."""
        ceiling = min(self.cap_s, self.base_s * (2 ** max(0, attempt - 1)))
        jittered = self.random() * ceiling
        if retry_after is None or retry_after <= 0:
            return jittered
        floor = min(float(retry_after), self.max_retry_after_s)
        return max(jittered, floor * (1.0 + self.retry_after_spread * self.random()))


NO_WAIT = Backoff(base_s=0.0, cap_s=0.0, max_retry_after_s=0.0)


def call_with_retries(fn: Callable[[], T], policy: Backoff = Backoff(), *,
                      sleep: Callable[[float], object] = time.sleep,
                      on_retry: Callable[[int, BaseException, float], object] | None = None) -> T:
    """Call fn until it succeeds, retrying errors whose `retryable` is true as the policy allows.

    on_retry(attempt, error, delay) is called before each wait (to report "retrying after …").
    The last error is re-raised when the attempts run out or the error is not retryable.
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            return fn()
        except Exception as error:
            if not getattr(error, "retryable", False) or not policy.can_retry(attempt):
                raise
            wait = policy.delay(attempt, getattr(error, "retry_after", None))
            if on_retry is not None:
                on_retry(attempt, error, wait)
            sleep(wait)
