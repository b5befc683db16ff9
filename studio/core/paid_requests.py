"""What a render job knows about the money side of each request: written down before it leaves,
looked up in the provider's history when its answer broke, and counted when it was billed for nothing.

The job (render_job.py) calls this around every synthesis; the journal and the history are optional
(a free provider needs neither).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from studio.core.clip_spec import ClipSpec
from studio.core.coded_error import JOURNAL_WRITE, write_params
from studio.core.journal import RECOVERED, REFUSED, STORED, SUPERSEDED, JournalEntry, RequestJournal
from studio.core.recovery import Generation, History, grace_s
from studio.core.render_result import CACHE_WRITE, StopReason
from studio.core.second_look import SecondLook

log = logging.getLogger(__name__)


def journal_failure(error: OSError) -> StopReason:
    """Why a render stops when its request journal cannot be written."""
    return StopReason(CACHE_WRITE, f"The request journal beside the clip cache cannot be written "
                                   f"({error.strerror or error}): nothing more is sent. Free some space or "
                                   f"choose another cache folder.", JOURNAL_WRITE, write_params(error))


def billed_cost(result: Any, estimated: float) -> tuple[float | None, bool]:
    """(cost to count, whether the provider reported it). A missing or unreadable cost header on a
    paid answer counts the estimate: reported spending is never below what was billed."""
    cost = getattr(result, "cost", None)
    if isinstance(cost, (int, float)) and not isinstance(cost, bool) and math.isfinite(cost) and cost >= 0:
        return float(cost), True
    return (float(estimated) if estimated else None), False


class PaidRequests:
    def __init__(self, journal: RequestJournal | None, history: History | None,
                 wait: Callable[[float], bool]) -> None:
        self._journal = journal
        self._history = history
        self._wait = wait  # the job's interruptible wait: False when the job stopped
        self._lock = threading.Lock()
        self._known_ids: set[str] = set()
        self._open: dict[str, list[str]] = {}  # clip key -> entries of broken attempts still open
        self.billed_unusable = 0.0  # answers billed but unusable and not recovered
        self.maybe_billed = 0       # requests whose fate is unknown (a timeout): may have been billed
        self._second: SecondLook | None = None

    def start(self, keys: set[str]) -> None:
        """Take the dead runs' open entries for these clips (the job is about to pay for them)."""
        if self._journal is not None and self._history is not None:
            self._second = SecondLook(self._journal.folder.parent, keys, self._history)

    def defer(self, key: str) -> bool:
        """Whether to pay this line after the others: an earlier request for it may still show up."""
        return self._second is not None and self._second.defer(key)

    def look_again(self, key: str) -> Generation | None:
        """An earlier request's generation for this clip, looked for a second time before paying
        (raises SecondLookFailed when the history cannot be read: the line must not be paid)."""
        if self._second is None:
            return None
        return self._second.look(key, self._known, self._wait)

    def _known(self) -> set[str]:
        with self._lock:
            return set(self._known_ids)

    def sent(self, spec: ClipSpec, previous_text: str | None, next_text: str | None,
             estimated: float) -> JournalEntry | None:
        """Write the request down before it is sent (raises OSError: then it must not be sent)."""
        if self._journal is None:
            return None
        return self._journal.sent(spec, previous_text=previous_text, next_text=next_text, estimated=estimated)

    def failed(self, entry: JournalEntry | None, error: BaseException, estimated: float) -> Generation | None:
        """A failed attempt: its generation when the history has it after all, else None (retry)."""
        status = getattr(error, "status", None)
        if isinstance(status, int) and status >= 400:  # the provider answered "no": not billed
            if entry is not None and self._journal is not None:
                self._journal.closed(entry.id, REFUSED)
            return None
        # No answer, or a broken one: it may have been billed. Look before paying again.
        if entry is not None and self._history is not None:
            generation = self._look_up(entry)
            if generation is not None:
                return generation
        with self._lock:
            if entry is not None:
                self._open.setdefault(entry.key, []).append(entry.id)
            if not estimated:
                pass  # a free line (the offline engine): nothing can have been billed
            elif str(getattr(getattr(error, "kind", None), "value", getattr(error, "kind", ""))) == "bad_response":
                self.billed_unusable += float(estimated)  # a 200 whose body broke: it was billed
            else:
                self.maybe_billed += 1
        return None

    def _look_up(self, entry: JournalEntry) -> Generation | None:
        deadline = entry.sent_at + grace_s(entry)
        while True:
            try:
                found = self._history.find_generations([entry], self._known())  # type: ignore[union-attr]
            except Exception as error:  # noqa: BLE001 - recovery is a bonus: the retry still happens
                log.info("history lookup failed: %s", error)
                return None
            if entry.id in found:
                return found[entry.id]
            if time.time() >= deadline or not self._wait(1.0):
                return None

    def stored(self, entry: JournalEntry | None, result: Any, cost: float | None, *, recovered: bool) -> None:
        """The clip is in the cache: close its entry (and earlier broken attempts at the same clip)."""
        ids = [getattr(result, "request_id", None), getattr(result, "history_item_id", None)]
        with self._lock:
            self._known_ids.update(i for i in ids if i)
            earlier = self._open.pop(entry.key, []) if entry is not None else []
        if entry is None or self._journal is None:
            return
        for old in earlier:
            self._journal.closed(old, SUPERSEDED)
        self._journal.closed(entry.id, RECOVERED if recovered else STORED)

    def answered(self, entry: JournalEntry | None, result: Any, cost: float | None) -> None:
        """Note what the answer said, so a crash before the clip is stored recovers it exactly."""
        if entry is not None and self._journal is not None:
            self._journal.answered(entry.id, request_id=getattr(result, "request_id", None),
                                   history_item_id=getattr(result, "history_item_id", None), cost=cost)

    def release(self) -> None:
        if self._second is not None:
            self._second.release()
        if self._journal is not None:
            self._journal.release()
