"""What a failed attempt means (studio/core/failed_attempt.py), judged without a job or a provider."""

from __future__ import annotations

import threading

from studio.core.backoff import Backoff
from studio.core.breaker import Breaker
from studio.core.failed_attempt import FailedAttempts
from studio.core.pool_limit import PoolLimit
from studio.core.render_result import PROVIDER_FAILING


class Refusal(Exception):
    """An error read by duck typing, as the core reads a provider's."""

    def __init__(self, kind: str, code: str | None = None, *, retry_after: float | None = None) -> None:
        super().__init__(f"{kind} refusal")
        self.kind, self.code, self.retry_after = kind, code, retry_after
        self.params = {"voice": "Rachel"}


def judge(limit: int = 3, max_attempts: int = 3,
          breaker: Breaker | None = None) -> tuple[FailedAttempts, PoolLimit]:
    cond = threading.Condition()
    pool = PoolLimit(limit, cond, lambda: False)
    backoff = Backoff(base_s=1.0, max_attempts=max_attempts, random=lambda: 0.5)
    return FailedAttempts(backoff, breaker or Breaker(), pool, cond), pool


def test_a_stop_kind_stops_the_job_with_the_errors_message():
    attempts, _ = judge()
    verdict = attempts.judge(0, Refusal("out_of_credits"), 1)
    assert verdict.delay is None and verdict.stop is not None
    assert (verdict.stop.kind, verdict.stop.message) == ("out_of_credits", "out_of_credits refusal")
    assert verdict.params == {"voice": "Rachel"} and not verdict.voice_refused


def test_a_refused_voice_fails_its_other_lines_without_stopping_the_job():
    verdict = judge()[0].judge(0, Refusal("voice_not_found"), 1)
    assert verdict.voice_refused and verdict.stop is None and verdict.delay is None


def test_a_busy_provider_is_retried_with_backoff_until_the_attempts_run_out():
    attempts, _ = judge(max_attempts=3)
    assert attempts.judge(0, Refusal("busy"), 1).delay == 0.5       # half the first ceiling (random 0.5)
    assert attempts.judge(0, Refusal("busy"), 2).delay == 1.0
    assert attempts.judge(0, Refusal("busy", retry_after=7.0), 2).delay == 7.0 * 1.1
    assert attempts.judge(0, Refusal("busy"), 3).delay is None      # the third attempt was the last


def test_a_bad_request_fails_its_line_at_once():
    verdict = judge()[0].judge(0, Refusal("bad_request"), 1)
    assert verdict.delay is None and verdict.stop is None and verdict.kind == "bad_request"


def test_too_many_at_once_lowers_the_pool_and_costs_the_line_no_retry():
    attempts, pool = judge(limit=3, max_attempts=2)
    refusal = Refusal("rate_limited", "too_many_concurrent_requests")
    assert attempts.judge(0, refusal, 1, sent_under=3).delay == 0.0
    assert pool.limit == 2
    # Two attempts made, one of them refused for the pool: the line still has a retry of its own.
    assert attempts.judge(0, Refusal("busy"), 2).delay is not None
    assert attempts.judge(1, Refusal("busy"), 2).delay is None


def test_a_provider_that_keeps_failing_trips_the_breaker():
    attempts, _ = judge(breaker=Breaker(max_run=2), max_attempts=9)
    assert attempts.judge(0, Refusal("network"), 1).stop is None
    verdict = attempts.judge(1, Refusal("network"), 1)
    assert verdict.stop is not None and verdict.stop.kind == PROVIDER_FAILING
