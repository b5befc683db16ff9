"""What a render job reports: line statuses and events, per-line outcomes, the cost ledger, the result.

Qt-free data, separate from the engine (render_job.py) so the GUI, the CLI and the tests read results
without the machinery that produces them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Line statuses (stable strings: the GUI's status column and the CLI's JSON use them).
QUEUED = "queued"
RENDERING = "rendering"
DONE = "done"
CACHED = "cached"
FAILED = "failed"
SKIPPED = "skipped"
# Paid for by an interrupted request (an earlier run, or this one's broken answer) and fetched back
# from the provider's history: no second payment.
RECOVERED = "recovered"
FINAL_STATUSES = frozenset({DONE, CACHED, FAILED, SKIPPED, RECOVERED})

CANCELLED = "cancelled"
# The code of a line failed unsent because its voice was refused on another line (params: "reason").
NOT_SENT = "not_sent"
# The code of a line skipped because the job stopped (params: the stop's, and stop_kind, stop_code,
# stop_message), and of a line a bug failed (params: detail).
NOT_RENDERED = "not_rendered"
# Kinds a job stops on and kinds it retries (mirrors studio.providers.base, which core may not
# import; an error's own `stops_job`/`retryable` wins when it has them).
STOP_KINDS = frozenset({"auth", "out_of_credits", "voice_slots_full", "paid_plan_required"})
RETRY_KINDS = frozenset({"rate_limited", "busy", "network", "bad_response"})
# 429 codes that mean "too many at once" (reference/elevenlabs.md §6): lower the pool, not back off.
CONCURRENCY_CODES = frozenset({"too_many_concurrent_requests", "concurrent_limit_exceeded"})
# Where the cache could not be written: nothing more can be kept, so rendering more would waste money.
CACHE_WRITE = "cache_write"
INTERNAL = "internal"
# The circuit breaker opened: the provider kept failing, so the rest was not sent.
PROVIDER_FAILING = "provider_failing"
# Kinds of failure that say nothing about the line and everything about the provider (the breaker's).
OUTAGE_KINDS = frozenset({"rate_limited", "busy", "network", "bad_response"})


# -- events and results ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LineEvent:
    """A line's status changed. A QUEUED event that carries an error means "will retry after it"."""

    index: int
    row: int
    status: str
    error: str | None = None
    error_kind: str | None = None
    cost: float | None = None      # actual cost of a DONE line, when the provider reported it
    attempt: int = 0
    # The error's own code ("phoneme_unknown") and what its message names, for the window's wording.
    error_code: str | None = None
    error_params: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class StopReason:
    kind: str      # an error kind ("out_of_credits", …), "cache_write", or "cancelled"
    message: str
    # As a line error's: the window words the stop from these (studio.core.coded_error's codes).
    code: str | None = None
    params: dict[str, str] = field(default_factory=dict, compare=False)

    def line_error(self) -> dict[str, Any]:
        """The error, code and params of a line failed by what stopped the job (RenderJob._finish's)."""
        return {"error": self.message, "code": self.code, "params": dict(self.params)}


def skipped_error(reason: StopReason | None) -> dict[str, Any]:
    """The error, kind, code and params of a line the job never sent because it stopped for reason."""
    if reason is None or reason.kind == CANCELLED:
        return {"error": "Not rendered: cancelled.", "kind": CANCELLED}
    return {"error": f"Not rendered: the job stopped. {reason.message}", "kind": reason.kind,
            "code": NOT_RENDERED,
            "params": {**reason.params, "stop_kind": reason.kind, "stop_code": reason.code or "",
                       "stop_message": reason.message}}


def internal_error(error: BaseException) -> dict[str, Any]:
    """The error, kind, code and params of a line a bug failed (the bug's own words as detail)."""
    return {"error": f"Internal error: {error}", "kind": INTERNAL, "code": INTERNAL,
            "params": {"detail": str(error)}}


@dataclass(frozen=True)
class RetryNote:
    """One retry, for the report ("line 12: the audio arrived incomplete, retried")."""

    index: int
    attempt: int
    kind: str
    message: str
    delay_s: float


@dataclass
class LineOutcome:
    index: int
    row: int
    status: str = QUEUED
    error: str | None = None
    error_kind: str | None = None
    attempts: int = 0
    estimated: float = 0.0
    actual: float | None = None
    same_as: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"index": self.index, "status": self.status, "error": self.error,
                "error_kind": self.error_kind, "attempts": self.attempts, "estimated": self.estimated,
                "actual": self.actual}


@dataclass(frozen=True)
class CostEntry:
    index: int
    estimated: float
    actual: float

    @property
    def relative_difference(self) -> float | None:
        """(actual - estimated) / estimated; None when nothing was estimated."""
        return (self.actual - self.estimated) / self.estimated if self.estimated else None


@dataclass(frozen=True)
class CostLedger:
    """Estimated vs actual cost of the lines whose actual cost the provider reported."""

    entries: list[CostEntry]
    unreported: int = 0   # rendered lines whose cost the provider did not report

    @property
    def estimated(self) -> float:
        return float(sum(e.estimated for e in self.entries))

    @property
    def actual(self) -> float:
        return float(sum(e.actual for e in self.entries))

    @property
    def relative_difference(self) -> float | None:
        return (self.actual - self.estimated) / self.estimated if self.estimated else None

    def off_by_more_than(self, fraction: float = 0.05) -> bool:
        """Whether the estimate missed the actual total by more than fraction (0.05 = 5 %)."""
        difference = self.relative_difference
        if difference is None:
            return self.actual > 0
        return abs(difference) > fraction

    def as_json(self) -> dict[str, Any]:
        return {"estimated": self.estimated, "actual": self.actual,
                "relative_difference": self.relative_difference, "unreported": self.unreported,
                "lines": [{"index": e.index, "estimated": e.estimated, "actual": e.actual,
                           "relative_difference": e.relative_difference} for e in self.entries]}


@dataclass(frozen=True)
class JobResult:
    lines: list[LineOutcome]
    requests_sent: int
    actual_total: float            # sum of the costs the provider reported
    estimated_total: float         # the plan's estimate for every planned line
    stopped_by: StopReason | None  # None: ran to the end
    elapsed_s: float
    ledger: CostLedger
    peak_concurrency: int          # most requests in flight at once
    final_concurrency: int         # the pool's limit at the end (lowered by 429s / the header)
    retries: list[RetryNote]
    # Paid clips the cache could not take (disk full): still in memory (`RenderJob.store_unsaved`),
    # or written to the rescue folder, which the cache takes back the next time it opens.
    unsaved: int = 0
    rescued_to: str | None = None
    # Answers that were billed but unusable (a body cut off half way) and could not be recovered,
    # and requests whose fate is unknown (a timeout): may have been billed.
    billed_unusable: float = 0.0
    maybe_billed: int = 0

    @property
    def statuses(self) -> dict[int, str]:
        return {line.index: line.status for line in self.lines}

    def count(self, status: str) -> int:
        return sum(1 for line in self.lines if line.status == status)

    @property
    def failed(self) -> list[LineOutcome]:
        return [line for line in self.lines if line.status == FAILED]

    def as_json(self) -> dict[str, Any]:
        return {"requests_sent": self.requests_sent, "actual_total": self.actual_total,
                "estimated_total": self.estimated_total,
                "stopped_by": None if self.stopped_by is None else {"kind": self.stopped_by.kind,
                                                                     "message": self.stopped_by.message},
                "elapsed_s": self.elapsed_s, "peak_concurrency": self.peak_concurrency,
                "final_concurrency": self.final_concurrency, "ledger": self.ledger.as_json(),
                "unsaved": self.unsaved, "rescued_to": self.rescued_to, "billed_unusable": self.billed_unusable,
                "maybe_billed": self.maybe_billed,
                "lines": [line.as_json() for line in self.lines]}
