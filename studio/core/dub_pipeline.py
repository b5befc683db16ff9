"""From rendered clips to a dub: decode each line's clip from the cache, fit, assemble, export, mux.

Shared by the CLI's `render -o` and the window's Export / Dub Video, so both place every line the
same way. Each phase is timed (the CLI reports `timings`).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.core.assemble import Placement, Track, assemble
from studio.core.clip_cache import ClipCache
from studio.core.clip_sources import prepare_clips
from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.derived_cache import DerivedCache
from studio.core.derived_sweep import DERIVED_LIMIT_BYTES, sweep_derived
from studio.core.export import export_audio
from studio.core.fit import FitSettings
from studio.core.fit_plan import FitCancelled, plan_timeline
from studio.core.mux import DuckSettings, Tracks, mux_video
from studio.core.native_speed import RunPlan, render_faster


class DubCancelled(Exception):
    """The user cancelled while the dub was being built."""


@dataclass
class DubResult:
    track: Track
    placements: list[Placement]
    timings: dict[str, float | None] = field(default_factory=dict)
    output: Path | None = None
    video_output: Path | None = None
    missing: list[int] = field(default_factory=list)  # 1-based lines that should speak but have no clip
    # 1-based line → the speed a natural voice spoke it at instead of being stretched (native_speed).
    native_speeds: dict[int, float] = field(default_factory=dict)


def clip_paths(cues: Sequence[Cue], settings: RenderSettings, cache: ClipCache) -> list[Path | None]:
    """Each cue's clip file in the cache (None: nothing to say, or not rendered yet)."""
    paths: list[Path | None] = []
    for cue in cues:
        spec = settings.spec_for(cue)
        paths.append(cache.path(spec.key) if spec is not None else None)
    return paths


def build_track(cues: Sequence[Cue], settings: RenderSettings, cache: ClipCache, *,
                fit: FitSettings = FitSettings(), policies: Mapping[int, str] | None = None,
                film_end_ms: int | None = None, cancel: threading.Event | None = None,
                speak_faster: RunPlan | None = None,
                derived_limit_bytes: int = DERIVED_LIMIT_BYTES) -> DubResult:
    """Decode, fit and place every rendered line; lines without a clip stay silent (listed in missing).
    Then the derived cache is swept down to derived_limit_bytes (its least recently used files).

    speak_faster runs a render plan: given, the lines a natural voice would have to stretch are rendered
    again spoken faster with it (studio.core.native_speed), and the dub placed with those clips.
    """
    result = _build(cues, settings, cache, fit, policies, film_end_ms, cancel)
    if speak_faster is not None and any(settings.speaks_faster_natively(cue) for cue in cues):
        started = time.perf_counter()
        current, spoken = list(cues), {}
        # A second pass speeds up again a line whose faster take still came out too long.
        for _ in range(2):
            current, speeds = render_faster(current, result.placements, settings, cache, fit.max_speed,
                                            speak_faster, ours=spoken)
            if cancel is not None and cancel.is_set():
                raise DubCancelled()
            if not speeds:
                break
            spoken |= speeds
            result = _build(current, settings, cache, fit, policies, film_end_ms, cancel)
        if spoken:
            result.native_speeds = spoken
            result.timings["native_speed_s"] = round(time.perf_counter() - started, 3)
    # The track holds its own samples now; what this dub used is the newest, so it is kept longest.
    sweep_derived(cache.root, derived_limit_bytes)
    return result


def _build(cues: Sequence[Cue], settings: RenderSettings, cache: ClipCache, fit: FitSettings,
           policies: Mapping[int, str] | None, film_end_ms: int | None,
           cancel: threading.Event | None) -> DubResult:
    started = time.perf_counter()
    paths = clip_paths(cues, settings, cache)
    missing = [i + 1 for i, (cue, path) in enumerate(zip(cues, paths))
               if path is None and settings.spec_for(cue) is not None]
    # Decoded and fitted clips are kept beside the cache (derived_cache): an unchanged line of a film
    # rendered before is neither decoded nor fitted again, only read.
    clips = prepare_clips(paths, cache, cancel=cancel)
    if cancel is not None and cancel.is_set():
        raise DubCancelled()
    decoded = time.perf_counter()
    try:
        fitted = plan_timeline(cues, clips, fit, policies, film_end_ms, store=DerivedCache(cache.root),
                               cancel=cancel)
    except FitCancelled:
        raise DubCancelled() from None
    if cancel is not None and cancel.is_set():
        raise DubCancelled()
    fitted_at = time.perf_counter()
    # The dub lines up with the film from the first sample to the last: it ends where the last cue ends
    # (not where the last clip stops speaking), and never before the video. Nothing rendered yet: empty.
    spoken = any(clip.frame_count for clip in fitted)
    total_ms = max([0, film_end_ms or 0, *(cue.end_ms for cue in cues)]) if spoken else None
    track = assemble(fitted, total_ms)
    assembled = time.perf_counter()
    timings: dict[str, float | None] = {"decode_s": round(decoded - started, 3),
                                        "fit_s": round(fitted_at - decoded, 3),
                                        "assemble_s": round(assembled - fitted_at, 3)}
    return DubResult(track, list(track.placements), timings, missing=missing)


def export_dub(result: DubResult, output: str | os.PathLike[str], *, normalize_lufs: float | None = None,
               progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None) -> Path:
    started = time.perf_counter()
    result.output = export_audio(result.track, Path(output), normalize_lufs=normalize_lufs, progress=progress,
                                 cancel=cancel)
    result.timings["export_s"] = round(time.perf_counter() - started, 3)
    return result.output


def mux_dub(result: DubResult, video: str | os.PathLike[str], output: str | os.PathLike[str], mode: str, *,
            language: str | None = None, tracks: Tracks | None = None, duck: DuckSettings = DuckSettings(),
            normalize_lufs: float | None = None, progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None) -> Path:
    """Put the dub into the video, streamed from the track in memory: one ffmpeg pass, whether or not
    the dub was also exported (the CLI and the window share this path)."""
    started = time.perf_counter()
    result.video_output = mux_video(Path(video), result.track, Path(output), mode, speech=result.placements,
                                    language=language, tracks=tracks, duck=duck, normalize_lufs=normalize_lufs,
                                    progress=progress, cancel=cancel)
    result.timings["mux_s"] = round(time.perf_counter() - started, 3)
    return result.video_output
