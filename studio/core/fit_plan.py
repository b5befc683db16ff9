"""Fit a whole timeline: reuse every fit already made, stretch the rest in a few batched ffmpeg runs.

A line's fit depends only on its clip, the room its slot leaves from where it is placed, and the fit
settings; that triple is its key (fit_key). With a derived cache, an unchanged line of a film that was
rendered before is one small file read, so after editing one line only that line is fitted again.

Lines are decided in time order (a pushing line moves the following ones), but stretching is not
run one clip at a time: the first pass decides every line, estimating a stretched length as its
length / speed, and gathers the stretches; they run in batches over the cores; a second pass then
places every line with the real lengths. Only a push that moved differently than estimated (atempo's
output runs a few ms long) asks for a further pass, for the lines it moved.
"""

from __future__ import annotations

import hashlib
import math
import shutil
import tempfile
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, Union

from studio.core import fit as fitting
from studio.core.audio_decode import AudioDecodeError, Pcm, decode_to_pcm
from studio.core.cues import Cue
from studio.core.derived_cache import DerivedCache, FitRecord
from studio.core.ffmpeg_batch import BatchError, BatchJob, default_workers, run_jobs
from studio.core.fit import (FIT_TOLERANCE_MS, POLICIES, PUSH, SAMPLES_PER_MS, TIMELINE_RATE, FitError,
                             FitSettings, FittedClip, atempo_chain, decide_fit, place_fitted)
from studio.core.rate_smoothing import NEIGHBOUR_GAP_MS, smoothing_floors
from studio.core.slots import Slot, slots_for

# Part of every fit key: raise it when the fitting rules change, so that no older fit is reused.
FIT_VERSION = 1
# Each pass settles at least the earliest line whose push was estimated wrong; in practice one
# extra pass at most. The bound only guards against a bug looping forever.
_MAX_PASSES = 50
_NO_AUDIO = FitRecord(0, 0, 0, 1.0)


class FitCancelled(Exception):
    """The cancel event was set while clips were being stretched."""


class ClipSource(Protocol):
    """One line's audio, 48 kHz mono s16, read only when a fit has to be made or placed."""

    @property
    def identity(self) -> str | None:
        """What the audio is, for the fit cache (None: never cached on disk)."""

    def read(self, first: int = 0, end: int | None = None) -> bytes | memoryview:
        """Samples [first, end)."""


@dataclass(frozen=True)
class MemoryClip:
    """Samples already in memory."""

    samples: bytes
    identity: str | None = None

    def read(self, first: int = 0, end: int | None = None) -> bytes:
        return self.samples[2 * first:None if end is None else 2 * end]


@dataclass(frozen=True)
class _Decision:
    slot: Slot
    placed_ms: int
    record: FitRecord
    policy: str
    source: ClipSource | None


def fit_key(identity: str, settings: FitSettings, room_ms: int, cue_room_ms: int, floor: float = 1.0) -> str:
    """The key of one line's fit: its clip, its room, and every setting that changes the result
    (floor: the least speed its neighbours impose; absent from the key when none, so older fits hold)."""
    rules: tuple = (FIT_VERSION, identity, room_ms, cue_room_ms, settings.max_speed, settings.fill_short,
                    settings.min_fill_speed, settings.trim, settings.trim_threshold_db, settings.keep_head_ms,
                    settings.keep_tail_ms)
    if floor > 1.0:
        rules += (round(floor, 4),)
    return hashlib.sha256(repr(rules).encode("utf-8", "surrogatepass")).hexdigest()


def plan_timeline(cues: Sequence[Cue], clips: Sequence[ClipSource | None], settings: FitSettings = FitSettings(),
                  policies: Mapping[int, str] | None = None, film_end_ms: int | None = None, *,
                  store: DerivedCache | None = None, workers: int | None = None,
                  cancel: threading.Event | None = None) -> list[FittedClip]:
    """Fit every line (None: no audio) in time order; fits are read from and written to store.

    With settings.max_speed_step, a second plan raises the speed of lines next to a sped-up one so the
    speed never jumps by more than the step between neighbours (studio.core.rate_smoothing).
    """
    fitted = _plan(cues, clips, settings, policies, film_end_ms, store, workers, cancel, {})
    if settings.max_speed_step <= 0:
        return fitted
    order = sorted(range(len(cues)), key=lambda i: (cues[i].start_ms, i))
    floors = _smoothing(order, fitted, clips, settings)
    return _plan(cues, clips, settings, policies, film_end_ms, store, workers, cancel, floors) if floors else fitted


def _smoothing(order: list[int], fitted: list[FittedClip], clips: Sequence[ClipSource | None],
               settings: FitSettings) -> dict[int, float]:
    """{cue index: least speed} for the lines whose neighbours make them speed up."""
    speeds = [fitted[i].speed if clips[i] is not None and fitted[i].frame_count else None for i in order]
    linked = [fitted[b].slot.start_ms - fitted[a].slot.end_ms <= NEIGHBOUR_GAP_MS for a, b in zip(order, order[1:])]
    floors = smoothing_floors(speeds, linked, settings.max_speed_step, settings.max_speed)
    return {i: floor for i, floor in zip(order, floors) if floor > 1.0}


def _plan(cues: Sequence[Cue], clips: Sequence[ClipSource | None], settings: FitSettings,
          policies: Mapping[int, str] | None, film_end_ms: int | None, store: DerivedCache | None,
          workers: int | None, cancel: threading.Event | None, floors: Mapping[int, float]) -> list[FittedClip]:
    if len(clips) != len(cues):
        raise ValueError("there must be one clip (or None) per cue")
    policies = policies or {}
    for index, policy in policies.items():
        if policy not in POLICIES:
            raise ValueError(f"line {index + 1}: overflow policy must be one of {POLICIES}")
    slots = slots_for(cues, settings.slots, film_end_ms)
    order = sorted(range(len(cues)), key=lambda i: (cues[i].start_ms, i))
    known: dict[str, FitRecord] = {}  # fits made or read by this call, by key
    saved: set[str] = set()  # keys known to be in the store
    for _ in range(_MAX_PASSES):
        decisions, pending = _decide(order, slots, clips, settings, policies, known, saved, store, floors)
        if not pending:
            # Reading the kept samples is mostly copying from the page cache, which the GIL does not
            # hold back: one reader per core.
            with ThreadPoolExecutor(max_workers=workers or default_workers()) as pool:
                return list(pool.map(_place, (decisions[i] for i in range(len(cues)))))
        if cancel is not None and cancel.is_set():
            raise FitCancelled()
        _stretch(pending, known, workers, cancel)
    raise FitError("The lines could not be placed: their pushes never settled.")


def _decide(order: list[int], slots: list[Slot], clips: Sequence[ClipSource | None], settings: FitSettings,
            policies: Mapping[int, str], known: dict[str, FitRecord], saved: set[str],
            store: DerivedCache | None, floors: Mapping[int, float]
            ) -> tuple[dict[int, _Decision], dict[str, tuple[bytes, FitRecord]]]:
    """Every line's fit where it is known, else decided (its stretch pending, its length estimated)."""
    decisions: dict[int, _Decision] = {}
    pending: dict[str, tuple[bytes, FitRecord]] = {}  # fit key -> (samples to stretch, record)
    push_floor = -math.inf  # no line may start before this: a pushing line ends there (+ guard)
    estimated = False  # a line placed after a push by an estimated length: its fit is not kept yet
    for i in order:
        slot, source = slots[i], clips[i]
        policy = policies.get(i, settings.overflow)
        placed = int(max(slot.start_ms, push_floor))
        record, frames = _NO_AUDIO, 0
        if source is not None:
            room, cue_room = slot.limit_ms - placed, max(slot.start_ms, slot.end_ms) - placed
            # A clip without an identity is fitted afresh by every call: its key is only this line's.
            cached = store is not None and source.identity is not None
            floor = floors.get(i, 1.0)
            key = fit_key(source.identity or f"line {i}", settings, room, cue_room, floor)
            found = known.get(key)
            if found is None and cached:
                found = store.read_fit(key)
                if found is not None:
                    saved.add(key)
            if found is None:
                samples = source.read()
                found = decide_fit(samples, room, cue_room, settings, floor)
                if found.speed != 1.0:
                    pending[key] = (samples[2 * found.first:2 * found.end], found)
            if key not in pending:
                known[key] = found
                # Kept only once its room is certain: a line after an estimated push may move yet.
                if cached and not estimated and key not in saved:
                    store.write_fit(key, found)
                    saved.add(key)
            record = found
            done = record.speed == 1.0 or record.stretched is not None
            frames = record.frames if done else round((record.end - record.first) / record.speed)
        decisions[i] = _Decision(slot, placed, record, policy, source)
        end_ms = placed + frames / SAMPLES_PER_MS
        if policy == PUSH and end_ms - slot.limit_ms > FIT_TOLERANCE_MS:
            push_floor = max(push_floor, math.ceil(end_ms) + settings.slots.guard_ms)
            estimated = estimated or record.speed != 1.0 and record.stretched is None
    return decisions, pending


def _stretch(pending: dict[str, tuple[bytes, FitRecord]], known: dict[str, FitRecord], workers: int | None,
             cancel: threading.Event | None) -> None:
    """Run every pending stretch (batched over the cores) and remember the results."""
    folder = Path(tempfile.mkdtemp(prefix="studio-stretch-"))
    try:
        jobs = []
        for n, (samples, record) in enumerate(pending.values()):
            source = folder / f"{n}.s16"
            source.write_bytes(samples)
            jobs.append(BatchJob(source, ("-f", "s16le", "-ar", str(TIMELINE_RATE), "-ac", "1"),
                                 ("-af", atempo_chain(record.speed))))
        outputs = run_jobs(jobs, TIMELINE_RATE, workers=workers, cancel=cancel)
    except OSError as error:
        raise FitError(f"The clips to speed up could not be written to the temporary folder: {error}.") from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for (key, (samples, record)), output in zip(pending.items(), outputs):
        if isinstance(output, BatchError):
            if cancel is not None and cancel.is_set():
                raise FitCancelled()
            output = fitting.stretch(samples, record.speed)  # alone, so its own error names the fault
        known[key] = replace(record, stretched=output)


def _place(decision: _Decision) -> FittedClip:
    record, source = decision.record, decision.source
    if record.stretched is not None:
        samples = record.stretched
    elif source is None or record.end <= record.first:
        samples = b""
    else:
        samples = source.read(record.first, record.end)
    return place_fitted(decision.slot, decision.placed_ms, record, samples, decision.policy)


# Whole clips in memory (tests, benchmarks, the dubbed-video check): the same plan, no cache on disk.
ClipInput = Union[Pcm, bytes, None]


def fit_timeline(cues: Sequence[Cue], clips: Sequence[ClipInput], settings: FitSettings = FitSettings(),
                 policies: Mapping[int, str] | None = None,
                 film_end_ms: int | None = None) -> list[FittedClip]:
    """Fit every clip (None for a line with no audio) to its cue's slot, in time order.

    policies maps a 0-based cue index to OVERLAP or PUSH and overrides settings.overflow for that
    line. Returns one FittedClip per cue, in the order of cues. (plan_timeline does the work;
    with a derived cache it also reuses fits from earlier renders.)
    """
    if len(clips) != len(cues):
        raise ValueError("there must be one clip (or None) per cue")
    sources = [None if clip is None else MemoryClip(_timeline_samples(clip, i)) for i, clip in enumerate(clips)]
    return plan_timeline(cues, sources, settings, policies, film_end_ms)


def _timeline_samples(clip: ClipInput, index: int) -> bytes:
    """The clip as s16le mono at TIMELINE_RATE, converting with ffmpeg when it is not already."""
    if clip is None:
        return b""
    if isinstance(clip, Pcm) and not clip.samples:
        return b""
    if isinstance(clip, (bytes, bytearray, memoryview)):
        return bytes(clip)
    if clip.sample_rate == TIMELINE_RATE and clip.channels == 1:
        return clip.samples
    try:
        return decode_to_pcm(clip.samples, "pcm", TIMELINE_RATE, 1, input_rate=clip.sample_rate,
                             input_channels=clip.channels).samples
    except AudioDecodeError as error:
        raise FitError(f"Line {index + 1}: its audio could not be converted to 48 kHz: {error}") from None
