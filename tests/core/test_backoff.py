"""The retry policy: exponential ceilings, full jitter, Retry-After as a floor, a bounded number of tries."""

from __future__ import annotations

import pytest

from studio.core.backoff import Backoff, call_with_retries


class Flaky(Exception):
    def __init__(self, retryable: bool = True, retry_after: float | None = None) -> None:
        super().__init__("flaky")
        self.retryable = retryable
        self.retry_after = retry_after


def test_ceiling_doubles_up_to_the_cap_with_full_jitter():
    top = Backoff(base_s=0.5, cap_s=4.0, random=lambda: 0.999999)
    assert [round(top.delay(n), 3) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    bottom = Backoff(base_s=0.5, cap_s=4.0, random=lambda: 0.0)
    assert [bottom.delay(n) for n in range(1, 5)] == [0.0] * 4  # full jitter reaches zero
    half = Backoff(base_s=1.0, cap_s=60.0, random=lambda: 0.5)
    assert half.delay(3) == 2.0


def test_retry_after_is_a_floor_with_a_little_spread():
    policy = Backoff(base_s=1.0, random=lambda: 0.0)
    assert policy.delay(1, retry_after=7.0) == 7.0
    spread = Backoff(base_s=1.0, random=lambda: 1.0)
    assert spread.delay(1, retry_after=10.0) == pytest.approx(12.0)
    # A larger jittered wait wins over a small Retry-After.
    assert Backoff(base_s=1.0, cap_s=60.0, random=lambda: 1.0).delay(6, retry_after=0.5) == 32.0
    # An absurd Retry-After is capped.
    assert Backoff(max_retry_after_s=30.0, random=lambda: 0.0).delay(1, retry_after=86400) == 30.0


def test_attempts_are_bounded():
    policy = Backoff(max_attempts=3)
    assert [policy.can_retry(n) for n in (1, 2, 3, 4)] == [True, True, False, False]


def test_call_with_retries_sleeps_between_attempts_and_gives_up():
    slept: list[float] = []
    notes: list[tuple[int, float]] = []
    calls = []

    def always_fails():
        calls.append(1)
        raise Flaky(retry_after=2.0)

    policy = Backoff(base_s=1.0, max_attempts=4, random=lambda: 0.0)
    with pytest.raises(Flaky):
        call_with_retries(always_fails, policy, sleep=slept.append,
                          on_retry=lambda attempt, error, wait: notes.append((attempt, wait)))
    assert len(calls) == 4 and slept == [2.0, 2.0, 2.0]
    assert notes == [(1, 2.0), (2, 2.0), (3, 2.0)]


def test_call_with_retries_returns_after_a_recovery_and_never_retries_the_rest():
    slept: list[float] = []
    answers = iter([Flaky(), Flaky(), "audio"])

    def flaky():
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert call_with_retries(flaky, Backoff(random=lambda: 0.5), sleep=slept.append) == "audio"
    assert slept == [0.5, 1.0]
    calls = []

    def refused():
        calls.append(1)
        raise Flaky(retryable=False)

    with pytest.raises(Flaky):
        call_with_retries(refused, sleep=slept.append)
    assert len(calls) == 1

    def plain():
        calls.append(1)
        raise KeyError("a bug is not retried")

    with pytest.raises(KeyError):
        call_with_retries(plain, sleep=slept.append)
    assert len(calls) == 2
