"""Recover before paying: requests an earlier run sent but never saw through are fetched back.

When a job starts, the journal (studio.core.journal) may hold unfinished requests of a process that
died (kill -9, a crash, a power cut). Each was probably billed. For a provider with a speech history
(ElevenLabs), the generation is looked up there and its audio downloaded into the cache for free;
the plan then finds the clip cached. For a provider without one (Narakeet), the report says how many
requests may have been billed, so the user knows: never a silent guess.

Qt-free and provider-free: the history is any object with `find_generations(entries, known_ids)`
(ElevenLabsProvider has one), so the core never imports a provider.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from studio.core.clip_cache import ClipCache, ClipMeta
from studio.core.clip_qa import Alignment, check_spec_clip
from studio.core.clip_spec import ClipSpec
from studio.core.pace_model import VoicePaces
from studio.core.journal import JournalEntry, Orphans, find_orphans

log = logging.getLogger(__name__)

# A request that is not in the history this long after it was sent never reached the provider, or
# failed there unbilled. Generation of a subtitle line takes 1-5 s; a long one more; the history may
# lag a little behind the answer.
GRACE_S = 10.0
GRACE_PER_CHAR_S = 0.02
POLL_S = 1.0
# But the history can lag behind the generation, and a request the provider was still generating
# when its client died may show up later still: an entry not found within the grace is only settled
# as unbilled once this long after it was sent (at most its own window). Until then it stays in the
# journal, in doubt, and the job looks for it again just before paying its line (second_look.py).
HISTORY_LAG_S = 30.0


@dataclass(frozen=True)
class Generation:
    """A generation found in the provider's history."""

    history_item_id: str
    audio: bytes
    audio_format: str               # what the audio really is ("mp3", ...)
    billed: float | None = None     # what it cost when it was made (credits), when the history says
    request_id: str | None = None
    alignment: Alignment | None = None  # the characters' timing, when the history kept it
    sample_rate: int | None = None      # of a PCM or WAV clip (a raw one cannot be read without it)
    converted_from: str | None = None   # the format the history served, when it was not the clip's

    @property
    def cost(self) -> float | None:  # read like a synthesis result's
        return self.billed


class History(Protocol):
    def find_generations(self, entries: Sequence[JournalEntry], known_ids: set[str]) -> dict[str, Generation]:
        """Entries found in the history by id (each generation matched at most once, never one whose
        id is in known_ids: those belong to clips already stored)."""


@dataclass
class RecoveryReport:
    provider: str
    interrupted: int = 0            # unfinished requests of runs that were stopped
    recovered_keys: set[str] = field(default_factory=set)
    already_cached: int = 0         # their clip reached the cache anyway (killed after storing it)
    not_found: int = 0              # not in the history: never billed
    in_doubt: int = 0               # not in the history yet: looked for again before paying its line
    maybe_billed: int = 0           # no history to look in: may have been billed
    billed: float = 0.0             # what the recovered generations cost when they were made
    note: str | None = None         # why the history could not be used, when it could not

    @property
    def recovered(self) -> int:
        return len(self.recovered_keys)

    def as_json(self) -> dict[str, Any]:
        return {"interrupted": self.interrupted, "recovered": self.recovered,
                "already_cached": self.already_cached, "not_found": self.not_found,
                "maybe_billed": self.maybe_billed, "in_doubt": self.in_doubt, "note": self.note}

    def message(self) -> str | None:
        """One or two sentences for the user, or None when nothing was interrupted."""
        if not self.interrupted:
            return None
        parts = [f"{self.interrupted} request(s) of an interrupted run were found."]
        if self.recovered:
            parts.append(f"{self.recovered} clip(s) were fetched back from the provider's history at no cost.")
        if self.not_found:
            parts.append(f"{self.not_found} never reached the provider and were not billed.")
        if self.in_doubt:
            parts.append(f"{self.in_doubt} not in the provider's history yet: each is looked for again just "
                         f"before its line is sent.")
        if self.maybe_billed:
            parts.append(f"{self.maybe_billed} may have been billed by {self.provider}, which keeps no "
                         f"history to fetch them from: they are rendered again.")
        if self.note:
            parts.append(self.note)
        return " ".join(parts)


def generation_qa(generation: Generation, spec: ClipSpec, pace: VoicePaces | None = None,
                  language: str | None = None) -> dict[str, Any] | None:
    """The QA verdict of a clip fetched back from the history (for its sidecar), as for a rendered one,
    in the language a rendered clip of spec is judged in (None: unknown, the default reading rate).
    The history may keep no character alignment: then the verdict says it was checked from the audio
    only. None when the audio cannot be decoded (the paid clip is kept all the same, unchecked)."""
    verdict = check_spec_clip(generation.audio, generation.audio_format, spec, pace or VoicePaces(),
                              generation.alignment, input_rate=generation.sample_rate,
                              alignment_expected=True, language=language)
    return verdict.as_json() if verdict is not None else None


def audio_fields(result: Any) -> dict[str, Any]:
    """What a clip's sidecar keeps of its audio (ClipMeta fields), from a synthesis result or a
    generation fetched back from the history: the rate a raw clip needs, and any conversion."""
    return {"sample_rate": getattr(result, "sample_rate", None),
            "converted_from": getattr(result, "converted_from", None)}


def grace_s(entry: JournalEntry) -> float:
    """How long after sending a request its generation may take to show in the history."""
    return min(max(entry.wait_s, 1.0), GRACE_S + GRACE_PER_CHAR_S * len(entry.text))


def settles_at(entry: JournalEntry) -> float:
    """When (unix s) a request still missing from the history may be called unbilled."""
    return entry.sent_at + max(grace_s(entry), min(entry.wait_s, HISTORY_LAG_S))


def recover_interrupted(cache: ClipCache, provider: str, history: History | None, *,
                        history_note: Callable[[BaseException], str | None] | None = None,
                        clock: Callable[[], float] = time.time,
                        sleep: Callable[[float], Any] = time.sleep,
                        language_of: Callable[[ClipSpec], str | None] | None = None) -> RecoveryReport:
    """Settle every unfinished request of `provider` left by dead processes (see the module doc).
    language_of(spec): the language a clip fetched back is judged in by clip QA (as a rendered one).

    history_note(error) turns a history failure that recovery can live with (a key without history
    access) into a sentence for the report; for any other failure (network) the error is raised and
    nothing is settled: the caller must not render (it would pay again), and the next start retries.
    """
    orphans = find_orphans(cache.root)
    report = RecoveryReport(provider)
    settled: set[str] = set()
    try:
        mine = [e for e in orphans.entries if e.provider == provider]
        report.interrupted = len(mine)
        pending = []
        for entry in mine:
            if cache.contains(entry.key):
                report.already_cached += 1
                settled.add(entry.id)
            else:
                pending.append(entry)
        if pending and history is not None:
            pending = _look_up(cache, history, pending, orphans, report, settled, history_note, clock, sleep,
                               language_of or (lambda spec: None))
        for entry in pending:
            if history is None or report.note:
                report.maybe_billed += 1
            elif clock() < settles_at(entry):
                report.in_doubt += 1  # left open: never paid again without a second look
                continue
            else:
                report.not_found += 1
            settled.add(entry.id)
    finally:
        orphans.release(settled=settled)
    if report.interrupted:
        log.info("recovery (%s): %s", provider, report.as_json())
    return report


def _look_up(cache: ClipCache, history: History, pending: list[JournalEntry], orphans: Orphans,
             report: RecoveryReport, settled: set[str],
             history_note: Callable[[BaseException], str | None] | None,
             clock: Callable[[], float], sleep: Callable[[float], Any],
             language_of: Callable[[ClipSpec], str | None]) -> list[JournalEntry]:
    known = orphans.known_request_ids | orphans.known_history_ids
    while pending:
        try:
            found = history.find_generations(pending, known)
        except Exception as error:  # noqa: BLE001 - decided below: live with it, or stop
            note = history_note(error) if history_note else None
            if note is None:
                raise
            report.note = note
            return pending
        for entry in list(pending):
            generation = found.get(entry.id)
            if generation is None:
                continue
            spec = entry.clip_spec()
            if spec is None or spec.key != entry.key:  # written by another version of the key: do not misfile it
                log.warning("recovery: entry %s has a spec that no longer hashes to its key", entry.id)
                continue
            meta = ClipMeta(previous_text=entry.previous_text, next_text=entry.next_text, cost=generation.billed,
                            request_id=generation.request_id,
                            qa=generation_qa(generation, spec, language=language_of(spec)),
                            **audio_fields(generation))
            cache.put(spec, generation.audio, generation.audio_format, meta)  # a full disk raises: unsettled
            known |= {generation.history_item_id, generation.request_id or ""}
            report.recovered_keys.add(entry.key)
            report.billed += generation.billed or 0.0
            settled.add(entry.id)
            pending.remove(entry)
        waiting = [e for e in pending if clock() < e.sent_at + grace_s(e)]
        if not waiting:
            return pending
        sleep(POLL_S)
    return pending

