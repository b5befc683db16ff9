"""What a failed synthesis attempt means: the job stops, the line fails, or it is tried again after a wait.

The render job (render_job.py) moves lines through its workers and acts on the verdict; the rules that
read an error live here, beside the breaker, the pool limit and the backoff they consult, so they read
in one place and the job stays about threads, the queue and the outcomes. Errors are read by duck
typing (`kind`, `code`, `params`, `retryable`, `stops_job`, `retry_after`): the core never imports a
provider.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial
from typing import Any

from studio.core.answers import error_kind
from studio.core.backoff import Backoff
from studio.core.breaker import Breaker, failure_label
from studio.core.pool_limit import PoolLimit
from studio.core.render_result import (CONCURRENCY_CODES, OUTAGE_KINDS, PROVIDER_FAILING, RETRY_KINDS, STOP_KINDS,
                                       StopReason)


@dataclass(frozen=True)
class Verdict:
    """A failed attempt, read: the error's kind, message, code and params, and what follows from it."""

    kind: str
    message: str
    code: str | None
    params: Any
    delay: float | None = None        # the wait before the next attempt; None: the line fails
    stop: StopReason | None = None    # the job stops after the line fails
    voice_refused: bool = False       # the voice's other queued lines fail unsent


class FailedAttempts:
    """Judges failed attempts; counts per line the retries that are not the line's fault."""

    def __init__(self, backoff: Backoff, breaker: Breaker, pool: PoolLimit, cond: threading.Condition) -> None:
        self._backoff = backoff
        self._breaker = breaker
        self._pool = pool
        self._cond = cond
        self._free_retries: dict[int, int] = {}  # per line: retries after a concurrency refusal

    def judge(self, index: int, error: Exception, attempt: int, sent_under: int = 0) -> Verdict:
        """What attempt number `attempt` of line `index`, sent under pool limit `sent_under`, failing means."""
        kind = error_kind(error)
        message = str(error) or kind
        code = getattr(error, "code", None)
        verdict = partial(Verdict, kind, message, code, getattr(error, "params", None))
        stops = getattr(error, "stops_job", None)
        if stops or (stops is None and kind in STOP_KINDS):
            return verdict(stop=StopReason(kind, message))
        retryable = getattr(error, "retryable", None)
        if retryable is None:
            retryable = kind in RETRY_KINDS
        if kind == "voice_not_found":
            # A definitive refusal of the voice: every other line with this voice would meet it too.
            return verdict(voice_refused=True)
        concurrency = retryable and code in CONCURRENCY_CODES
        if kind in OUTAGE_KINDS and not concurrency:
            trip = self._breaker.failure(failure_label(error, kind))
            if trip is not None:
                return verdict(stop=StopReason(PROVIDER_FAILING, trip.message(), PROVIDER_FAILING, trip.params()))
        if concurrency and self._pool.lower(sent_under):
            # Too many at once: one fewer in flight is the cure, not waiting. Not the line's fault, so
            # it does not use up the line's retries (the pool only shrinks: this cannot go on for ever).
            with self._cond:
                self._free_retries[index] = self._free_retries.get(index, 0) + 1
            return verdict(delay=0.0)
        if not retryable or not self._backoff.can_retry(attempt - self._free_retries.get(index, 0)):
            return verdict()
        return verdict(delay=self._backoff.delay(attempt, getattr(error, "retry_after", None)))
