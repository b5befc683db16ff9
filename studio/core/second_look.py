"""A second look in the provider's history before paying a line whose earlier request is in doubt.

Recovery (recovery.py) settles the requests of dead runs it finds in the history. One it does not find
within its grace may still be on its way there (the history lags; a generation whose client died can
finish late), so recovery leaves it open in the dead run's journal until `settles_at`. A job that is
about to pay that line again first takes those entries (locking their files, as recovery does), pays
the doubtful lines last, and looks again just before paying, waiting with backoff until the entry
settles. Found: the clip is fetched, nothing is paid. Not found by then: it was never billed, and
the entry is settled. A job that stops first leaves the entry open for the next start.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable

from studio.core.journal import JournalEntry, Orphans, find_orphans
from studio.core.recovery import Generation, History, settles_at

log = logging.getLogger(__name__)

FIRST_POLL_S = 0.5
MAX_POLL_S = 4.0
UNREADABLE_S = 60.0  # how long past settling an unreadable history is retried before the line fails


class SecondLookFailed(Exception):
    """The history could not be read to settle an earlier request: the line is not paid (on a guess)."""


class SecondLook:
    """The open entries of dead runs, by clip key, for the lines a job is about to pay."""

    def __init__(self, cache_root: str | os.PathLike[str], keys: set[str], history: History,
                 clock: Callable[[], float] = time.time) -> None:
        self._history = history
        self._clock = clock
        self._lock = threading.Lock()
        self._settled: set[str] = set()
        self._deferred: set[str] = set()
        self._orphans: Orphans = find_orphans(cache_root)
        self._by_key: dict[str, list[JournalEntry]] = {}
        for entry in self._orphans.entries:
            if entry.key in keys:
                self._by_key.setdefault(entry.key, []).append(entry)

    def defer(self, key: str) -> bool:
        """True once for a line in doubt whose history may still change: pay it after the others."""
        with self._lock:
            if key not in self._by_key or key in self._deferred:
                return False
            self._deferred.add(key)
            return any(self._clock() < settles_at(e) for e in self._by_key[key])

    def look(self, key: str, known_ids: Callable[[], set[str]], wait: Callable[[float], bool]
             ) -> Generation | None:
        """The generation of an earlier request for this clip, looked for until its entries settle;
        None when there is none (the entries are then settled) or the job stopped (left open)."""
        with self._lock:
            entries = list(self._by_key.get(key, ()))
        if not entries:
            return None
        poll = FIRST_POLL_S
        while True:
            known = self._orphans.known_request_ids | self._orphans.known_history_ids | known_ids()
            try:
                found = self._history.find_generations(entries, known)
            except Exception as error:  # noqa: BLE001 - cannot look: retried, never paid on a guess
                log.warning("second look in the history failed: %s", error)
                found, failure = None, error
            if found:
                entry_id, generation = next(iter(found.items()))
                self._settle(key, entries, found=entry_id)
                return generation
            left = max(settles_at(e) for e in entries) - self._clock()
            if found is not None and left <= 0:
                self._settle(key, entries, found=None)
                return None
            if found is None and left <= -UNREADABLE_S:
                raise SecondLookFailed(f"An earlier request for this line may have been billed, and the "
                                       f"provider's history cannot be read to fetch it ({failure}): it was "
                                       f"not sent again. Run again when the provider answers.")
            if not wait(min(poll, left) if left > 0 else poll):
                return None
            poll = min(poll * 2, MAX_POLL_S)

    def _settle(self, key: str, entries: list[JournalEntry], found: str | None) -> None:
        with self._lock:
            self._by_key.pop(key, None)
            # Another entry of the same clip that was not found was never billed, or its generation
            # would have been found beside this one.
            self._settled.update(e.id for e in entries)
        if found is not None:
            log.info("second look: clip %s found in the history, not paid again", key)

    def release(self) -> None:
        """Unlock the dead runs' files, dropping the entries this job settled."""
        with self._lock:
            settled = set(self._settled)
        self._orphans.release(settled=settled)
