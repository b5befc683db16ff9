"""The render engine's core: plan which lines need a clip, then render them with a pool of workers.

Qt-free and provider-free: the job calls a `synthesize(spec, previous_text, next_text)` callable
(studio.providers.synthesis.synthesizer builds one for a provider) and reads errors by duck typing
(`kind`, `code`, `retryable`, `stops_job`, `retry_after`), so the core never imports a provider.

Money rules, which every branch below keeps:
- a clip that is in the cache is never requested again (the plan leaves it out, and two lines that
  need the very same clip share one request);
- a clip that was paid for is stored before anything else happens, even when the job was cancelled
  or stopped meanwhile: in-flight requests finish and their clips are kept;
- "out of credits", "bad key", "slots full" and "paid plan required" stop the job at once; nothing
  queued is sent after them; so does a provider that keeps failing (breaker.py), and a refused
  voice fails its other lines unsent;
- with a journal, every request is written down before it leaves, and an answer that broke is
  looked up in the provider's history before paying again (paid_requests.py); a clip the disk
  cannot take is kept, never dropped (rescue.py).

This module keeps the threads, the queue and the stop; what a failed attempt means (stop, fail, retry)
is judged in failed_attempt.py, each line's outcome and the totals are kept in line_outcomes.py, and
what a stored clip's sidecar records is read from the answer in clip_record.py.

Threads: `run()` blocks (call it on a worker thread); `cancel()` may be called from any thread. `on_event`
is called from the pool's threads (or the one that cancelled): the GUI marshals events to its own thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from studio.core.answers import EmptyAudio
from studio.core.backoff import Backoff
from studio.core.breaker import Breaker
from studio.core.clip_cache import ClipCache
from studio.core.clip_record import stored_clip_meta
from studio.core.clip_spec import ClipSpec
from studio.core.failed_attempt import FailedAttempts
from studio.core.journal import JournalEntry, RequestJournal
from studio.core.line_outcomes import OutcomeBook
from studio.core.pool_limit import PoolLimit
from studio.core.paid_requests import PaidRequests, billed_cost, journal_failure
from studio.core.recovery import History
from studio.core.rescue import UnsavedClips
from studio.core.second_look import SecondLookFailed
# The plan and the statuses and result types live in their own modules; their names stay importable here.
from studio.core.render_plan import CONTEXT_PROVIDERS, PlannedLine, RenderPlan, plan_render  # noqa: F401
from studio.core.render_result import (  # noqa: F401
    QUEUED, RENDERING, DONE, CACHED, FAILED, SKIPPED, RECOVERED, FINAL_STATUSES, CANCELLED, STOP_KINDS,
    RETRY_KINDS, CONCURRENCY_CODES, CACHE_WRITE, INTERNAL, PROVIDER_FAILING, OUTAGE_KINDS, LineEvent, StopReason,
    RetryNote, LineOutcome, CostEntry, CostLedger, JobResult, NOT_SENT, internal_error, skipped_error)

log = logging.getLogger(__name__)

Synthesize = Callable[[ClipSpec, "str | None", "str | None"], Any]


def _unknown(spec: ClipSpec) -> str | None:
    return None


# -- the job ---------------------------------------------------------------------------------------
class RenderJob:
    """Renders a plan's lines into the cache with at most `concurrency` requests in flight."""

    def __init__(self, plan: RenderPlan, synthesize: Synthesize, cache: ClipCache, *, concurrency: int,
                 on_event: Callable[[LineEvent], None] | None = None,
                 sleep: Callable[[float], object] | None = None, backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.monotonic, journal: RequestJournal | None = None,
                 history: History | None = None, breaker: Breaker | None = None) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.plan = plan
        self._synthesize = synthesize
        # The language a clip fetched back from the history is judged in, as synthesize judges its own
        # (studio.providers.synthesis.Synthesizer says it; a bare callable: unknown).
        said = getattr(synthesize, "qa_language", None)
        self._qa_language: Callable[[ClipSpec], str | None] = said if callable(said) else _unknown
        self._cache = cache
        self._on_event = on_event
        self._sleep = sleep
        self._clock = clock
        # Requests written down before they leave, broken answers looked up before paying (journal.py).
        self._paid = PaidRequests(journal, history, self._pause)
        self._breaker = breaker or Breaker()
        self._unsaved = UnsavedClips(cache)
        self._cond = threading.Condition()
        self._wake = threading.Event()       # interrupts backoff waits on cancel/stop
        self._pool = PoolLimit(concurrency, self._cond, lambda: self._stop is not None)
        self._failures = FailedAttempts(backoff or Backoff(), self._breaker, self._pool, self._cond)
        self._stop: StopReason | None = None
        self._started = False
        self._retries: list[RetryNote] = []
        self._book = OutcomeBook(plan)
        self._outcomes = self._book.outcomes
        self._queue: deque[PlannedLine] = deque(self._book.leaders)

    # -- public -----------------------------------------------------------------------------------
    @property
    def concurrency(self) -> int:
        """The pool's current limit (the user's, lowered by 429s and the provider's header)."""
        with self._cond:
            return self._pool.limit

    @property
    def stopped_by(self) -> StopReason | None:
        with self._cond:
            return self._stop

    def cancel(self) -> None:
        """Stop: queued lines are never sent; in-flight requests finish and their clips are kept."""
        self._halt(StopReason(CANCELLED, "Cancelled."))

    def run(self) -> JobResult:
        """Render every planned line (blocking). Call once, off the GUI thread."""
        with self._cond:
            if self._started:
                raise RuntimeError("a RenderJob runs once; plan again for another run")
            self._started = True
            leaders = len(self._queue)
        started = self._clock()
        self._paid.start({line.spec.key for line in self.plan.lines})
        for line in self.plan.lines:
            self._emit(LineEvent(line.index, line.row, QUEUED))
        workers = [threading.Thread(target=self._worker, name=f"render-{n}", daemon=True)
                   for n in range(min(self._pool.user_limit, leaders))]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        self._paid.release()
        # Stopped before any worker took them (a cancel before run): they were never sent.
        self._skip_lines(self._drain())
        return self._result(self._clock() - started)

    # -- workers ----------------------------------------------------------------------------------
    def _worker(self) -> None:
        while True:
            with self._cond:
                if self._stop is not None or not self._queue:
                    return
                line = self._queue.popleft()
                if self._queue and self._paid.defer(line.spec.key):
                    self._queue.append(line)  # an earlier request may still show in the history: pay it last
                    continue
            try:
                self._render(line)
            except Exception as error:  # a bug must fail its line, not silently kill a worker
                log.exception("render worker failed on line %d", line.index)
                self._finish(line, FAILED, **internal_error(error))

    def _render(self, line: PlannedLine) -> None:
        try:  # never paid again without a second look, when an earlier run's request is in doubt
            earlier = self._paid.look_again(line.spec.key)
        except SecondLookFailed as error:
            self._finish(line, FAILED, error=str(error), kind="recovery_failed")
            return
        if earlier is not None:
            self._store(line, earlier, 0, status=RECOVERED, paid_here=False)
            return
        attempt = 0
        while True:
            sent_under = self._pool.acquire()  # the pool's limit when this attempt went out
            if not sent_under:
                self._skip_lines([line])
                return
            attempt += 1
            try:  # the place is given back whatever fails before the request (else the pool is one short)
                self._outcomes[line.index].attempts = attempt
                self._emit(LineEvent(line.index, line.row, RENDERING, attempt=attempt))
                entry = self._journal_sent(line, attempt)
            except BaseException:
                self._pool.release()
                raise
            if entry is False:
                self._pool.release()
                return
            try:
                result = self._synthesize(line.spec, line.previous_text, line.next_text)
            except Exception as error:
                self._pool.release()
                if self._after_failure(line, entry, error, attempt):
                    return
                delay = self._on_error(line, error, attempt, sent_under)
            else:
                self._pool.release()
                self._breaker.success()
                self._pool.adopt_reported(getattr(result, "max_concurrency", None))
                if getattr(result, "audio", None):
                    self._store(line, result, attempt, entry)
                    return
                # A 200 without audio: like a truncated body, retried (the provider normally says so).
                error = EmptyAudio()
                if self._after_failure(line, entry, error, attempt):
                    return
                delay = self._on_error(line, error, attempt)
            if delay is None:
                return
            if not self._wait(delay):
                self._skip_lines([line])
                return

    def _journal_sent(self, line: PlannedLine, attempt: int) -> JournalEntry | None | bool:
        """The attempt's journal entry (None without a journal); False when it cannot be written: then
        nothing is sent, since nobody could recover a request that is not written down."""
        try:
            return self._paid.sent(line.spec, line.previous_text, line.next_text, line.cost)
        except OSError as error:
            stop = journal_failure(error)
            self._finish(line, FAILED, kind=CACHE_WRITE, attempt=attempt, **stop.line_error())
            self._halt(stop)
            return False

    def _after_failure(self, line: PlannedLine, entry: JournalEntry | None, error: Exception,
                       attempt: int) -> bool:
        """True when the failed attempt's clip was found in the provider's history after all."""
        generation = self._paid.failed(entry, error, line.cost)
        if generation is None:
            return False
        self._breaker.success()
        self._store(line, generation, attempt, entry, status=RECOVERED)
        return True

    def _store(self, line: PlannedLine, result: Any, attempt: int, entry: JournalEntry | None = None, *,
               status: str = DONE, paid_here: bool = True) -> None:
        # A recovered generation was billed once, when it was made: in the job that sent it, it is the
        # line's cost; one an earlier run sent costs this job nothing (its clip keeps what it cost).
        cost, reported = billed_cost(result, line.cost) if paid_here else (0.0, True)
        if status == DONE:
            self._paid.answered(entry, result, cost)
        if not reported:
            with self._cond:
                self._book.cost_not_reported(line.index)
        recovered = status == RECOVERED
        meta = stored_clip_meta(line, result, cost, recovered=recovered, paid_here=paid_here,
                                language=self._qa_language(line.spec) if recovered else None)
        audio_format = getattr(result, "audio_format", None) or line.spec.audio_format
        try:
            kept = self._unsaved.put(line.index, line.spec, result.audio, audio_format, meta)
        except ValueError as error:  # an audio format the cache refuses: a provider bug, this line only
            self._finish(line, FAILED, error=str(error), kind=INTERNAL, attempt=attempt, actual=cost)
            return
        if kept is not None:
            # Paid for, but the disk is full: the clip is kept (rescue folder or memory), nothing more is
            # sent (every clip would meet the same disk); its journal entry stays open for recovery.
            self._finish(line, FAILED, kind=CACHE_WRITE, attempt=attempt, actual=cost, **kept.line_error())
            self._halt(self._unsaved.stop_reason())
            return
        self._paid.stored(entry, result, cost, recovered=status == RECOVERED)
        self._finish(line, status, attempt=attempt, actual=cost)

    @property
    def unsaved(self) -> int:
        """Paid clips still in memory because the disk was full (see store_unsaved)."""
        return self._unsaved.in_memory

    def store_unsaved(self) -> int:
        """Try again to write the paid clips kept in memory; returns how many are still unsaved."""
        return self._unsaved.retry()

    def _on_error(self, line: PlannedLine, error: Exception, attempt: int, sent_under: int = 0) -> float | None:
        """Act on what a failed attempt means (failed_attempt.py); the wait before the next attempt, or None."""
        verdict = self._failures.judge(line.index, error, attempt, sent_under)
        if verdict.delay is None:
            self._finish(line, FAILED, error=verdict.message, kind=verdict.kind, attempt=attempt,
                         code=verdict.code, params=verdict.params)
            if verdict.stop is not None:
                self._halt(verdict.stop)
            elif verdict.voice_refused:
                self._fail_voice(line.spec.voice, verdict.message, verdict.kind)
            return None
        with self._cond:
            self._retries.append(RetryNote(line.index, attempt, verdict.kind, verdict.message, verdict.delay))
        self._emit(LineEvent(line.index, line.row, QUEUED, error=verdict.message, error_kind=verdict.kind,
                             attempt=attempt))
        return verdict.delay

    # -- waiting --------------------------------------------------------------------------------
    def _wait(self, delay: float) -> bool:
        """Wait before a retry; False when the job was stopped meanwhile (the line is then skipped)."""
        if delay > 0:
            if self._sleep is not None:
                self._sleep(delay)
            else:
                self._wake.wait(delay)
        with self._cond:
            return self._stop is None

    def _pause(self, seconds: float) -> bool:
        """A real wait (polling the history), cut short by a stop; False when the job stopped."""
        self._wake.wait(seconds)
        with self._cond:
            return self._stop is None

    # -- stopping and finishing -------------------------------------------------------------------
    def _halt(self, reason: StopReason) -> None:
        with self._cond:
            if self._stop is None:
                self._stop = reason
            self._cond.notify_all()
        self._wake.set()
        self._skip_lines(self._drain())

    def _fail_voice(self, voice: str, message: str, kind: str) -> None:
        with self._cond:
            doomed = [line for line in self._queue if line.spec.voice == voice]
            for line in doomed:
                self._queue.remove(line)
        for line in doomed:
            self._finish(line, FAILED, error=f"Not sent: {message}", kind=kind, code=NOT_SENT,
                         params={"reason": message})

    def _drain(self) -> list[PlannedLine]:
        with self._cond:
            lines = list(self._queue)
            self._queue.clear()
        return lines

    def _skip_lines(self, lines: Sequence[PlannedLine]) -> None:
        with self._cond:
            reason = self._stop
        for line in lines:
            self._finish(line, SKIPPED, **skipped_error(reason))

    def _finish(self, line: PlannedLine, status: str, *, error: str | None = None, kind: str | None = None,
                attempt: int = 0, actual: float | None = None, code: str | None = None,
                params: dict[str, str] | None = None) -> None:
        with self._cond:
            events = self._book.record(line, status, error=error, kind=kind, attempt=attempt, actual=actual,
                                       code=code, params=params)
        for event in events:
            self._emit(event)

    def _emit(self, event: LineEvent) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(event)
        except Exception:  # a broken listener must not break the render (or lose a paid clip)
            log.exception("render event listener failed")

    def _result(self, elapsed: float) -> JobResult:
        with self._cond:
            outcomes = sorted(self._outcomes.values(), key=lambda o: o.index)
            for outcome in outcomes:  # nothing may stay "queued"/"rendering" in a finished job
                if outcome.status not in FINAL_STATUSES:
                    outcome.status, outcome.error, outcome.error_kind = SKIPPED, "Not rendered.", CANCELLED
            ledger, actual_total = self._book.totals(outcomes, self._paid.billed_unusable)
            return JobResult(lines=outcomes, requests_sent=self._pool.requests, actual_total=actual_total,
                             estimated_total=self.plan.estimated_total, stopped_by=self._stop,
                             elapsed_s=elapsed, ledger=ledger,
                             peak_concurrency=self._pool.peak, final_concurrency=self._pool.limit,
                             retries=list(self._retries), unsaved=self._unsaved.in_memory,
                             rescued_to=self._unsaved.rescued_to, billed_unusable=self._paid.billed_unusable,
                             maybe_billed=self._paid.maybe_billed)
