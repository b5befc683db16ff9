"""The dub's work that runs off the GUI thread: build the timeline, export it, put it in a video.

Core calls only, no widget: these functions run on the background helper's threads. They share one
set of inputs, taken from the window on the GUI thread when the user asks, so a build never reads
a document that is changing under it.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from studio.core.assemble import write_retimed_srt, write_timing_report
from studio.core.cache_usage import MB
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.derived_sweep import DERIVED_LIMIT_BYTES
from studio.core.dub_pipeline import DubResult, build_track, export_dub, mux_dub
from studio.core.fit import FitSettings
from studio.core.mux import Tracks, probe_media
from studio.core.render_job import LineEvent, RenderJob
from studio.core.render_plan import RenderPlan
from studio.core.slots import SlotSettings
from studio.gui.dub.dub_video_memory import DubVideoOptions
from studio.gui.dub.export_dialog import ExportOptions
from studio.gui.kit import settings
from studio.providers.base import Provider
from studio.providers.synthesis import concurrency_for, synthesizer

Progress = Callable[[float], None]


def fit_settings() -> FitSettings:
    """The fitting rules from the user's settings (Tools ▸ Timing…)."""
    return FitSettings(max_speed=settings.get(settings.MAX_SPEED), overflow=settings.get(settings.OVERFLOW_POLICY),
                       slots=SlotSettings(max_borrow_ms=settings.get(settings.BORROW_MS)),
                       max_speed_step=settings.get(settings.MAX_SPEED_STEP))


def derived_limit_bytes() -> int:
    """The cap on the cache's rebuildable copies the user set (Tools ▸ Clip Cache…)."""
    return settings.get(settings.DERIVED_LIMIT_MB) * MB


def export_place(doc_path: Path | None) -> tuple[Path, str]:
    """Where an export is offered: the last export folder (else the subtitles'), and the file's stem."""
    folder = settings.get(settings.EXPORT_DIR) or (str(doc_path.parent) if doc_path else "")
    return Path(folder or Path.home()), doc_path.stem if doc_path else "dub"


@dataclass(frozen=True)
class DubInputs:
    """Everything a build reads, captured on the GUI thread."""

    cues: Sequence[Cue]
    render: RenderSettings
    cache: ClipCache
    fit: FitSettings
    policies: Mapping[int, str]  # 0-based line → overflow policy
    film_end_ms: int | None = None  # the video's length: the last line may borrow up to it, not past it
    # The render's provider when it speaks faster for free (offline natural voices): a line it would have
    # to stretch is rendered again, spoken faster, during the build. Not part of what the build is "from".
    provider: Provider | None = field(default=None, compare=False)
    # Where the cache's rebuildable copies are swept down to after the build; not what the dub is "from".
    derived_limit_bytes: int = field(default=DERIVED_LIMIT_BYTES, compare=False)

    def build(self, cancel: threading.Event) -> DubResult:
        speak_faster = None
        if self.provider is not None:
            speak_faster = lambda plan: run_plan(plan, self.provider, self.cache, cancel)  # noqa: E731
        return build_track(self.cues, self.render, self.cache, fit=self.fit, policies=self.policies,
                           film_end_ms=self.film_end_ms, cancel=cancel, speak_faster=speak_faster,
                           derived_limit_bytes=self.derived_limit_bytes)


def run_plan(plan: RenderPlan, provider: Provider, cache: ClipCache, cancel: threading.Event) -> None:
    """Render a plan on this (background) thread; the build's cancel stops it at the next line."""
    def on_event(_event: LineEvent) -> None:
        if cancel.is_set():
            job.cancel()

    job = RenderJob(plan, synthesizer(provider, texts=[line.cue.text for line in plan.lines]), cache,
                    concurrency=concurrency_for(provider.name),
                    on_event=on_event)
    if not cancel.is_set():
        job.run()


def build_preview(inputs: DubInputs, wav: Path, cancel: threading.Event) -> DubResult:
    """Build the dub and write it as a WAV for the video pane (not when nothing is rendered yet)."""
    result = inputs.build(cancel)
    if result.track.frame_count:
        wav.parent.mkdir(parents=True, exist_ok=True)
        export_dub(result, wav)
    return result


def ready_or_build(inputs: DubInputs, built: DubResult | None, cancel: threading.Event, progress: Progress,
                   share: float) -> tuple[DubResult, Progress]:
    """The dub the window already built for these very inputs (no second decode and fit), else a new
    build taking `share` of the bar. Returns it and the progress callback for what follows."""
    if built is not None:
        # A copy: the job records its timings and outputs without touching the window's result.
        return replace(built, timings=dict(built.timings), output=None, video_output=None), progress
    progress(0.0)
    result = inputs.build(cancel)
    progress(share)
    return result, lambda fraction: progress(share + (1 - share) * fraction)


def export_job(inputs: DubInputs, options: ExportOptions, built: DubResult | None = None, *,
               cancel: threading.Event, progress: Progress = lambda _fraction: None) -> DubResult:
    result, rest = ready_or_build(inputs, built, cancel, progress, 0.5)
    export_dub(result, options.path, normalize_lufs=options.normalize_lufs, progress=rest, cancel=cancel)
    if options.report_path is not None:
        write_timing_report(options.report_path, result.placements)
    if options.srt_path is not None:
        write_retimed_srt(options.srt_path, inputs.cues, result.placements)
    return result


def dub_video_job(inputs: DubInputs, options: DubVideoOptions, built: DubResult | None,
                  normalize_lufs: float | None, labels: Tracks, *, cancel: threading.Event,
                  progress: Progress) -> DubResult:
    """Mux the dub into the video, streamed from the track (the CLI's path): no temporary WAV.

    labels: the tracks' language and titles (in the interface language); the subtitles are added here.

    A video other than the one the timeline was built for (built is None then) is measured first:
    the last line may borrow silence up to its end, as in the CLI.
    """
    if built is None and options.video is not None:
        inputs = replace(inputs, film_end_ms=probe_media(options.video).duration_ms)
    result, rest = ready_or_build(inputs, built, cancel, progress, 0.3)
    with tempfile.TemporaryDirectory(prefix="studio-srt-") as work:
        subtitles = Path(work) / "subtitles.srt" if options.subtitles else None
        if subtitles is not None:  # as placed: a pushed line's subtitle moves with its voice
            write_retimed_srt(subtitles, inputs.cues, result.placements)
        mux_dub(result, options.video, options.output, options.mode,
                tracks=replace(labels, subtitles=subtitles), duck=options.duck,
                normalize_lufs=normalize_lufs, progress=rest, cancel=cancel)
    return result


_STALE_PREVIEW_S = 24 * 3600  # previews of an earlier session that crashed before cleaning up


def sweep_previews(folder: Path) -> None:
    """Remove preview WAVs an earlier session left behind (a crash skips the cleanup)."""
    try:
        entries = list(folder.glob("*.wav"))
    except OSError:
        return
    for path in entries:
        try:
            if time.time() - path.stat().st_mtime > _STALE_PREVIEW_S:
                path.unlink()
        except OSError:
            pass


def line_list(numbers: Sequence[int], most: int = 12) -> str:
    """"3, 7, 12…": line numbers for a sentence, cut after `most`."""
    shown = ", ".join(str(n) for n in numbers[:most])
    return shown + ("…" if len(numbers) > most else "")
