"""The dub's work that runs off the GUI thread: build the timeline, export it, put it in a video.

Core calls only, no widget: these functions run on the background helper's threads. They share one
set of inputs, taken from the window on the GUI thread when the user asks, so a build never reads
a document that is changing under it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from studio.core.assemble import write_retimed_srt, write_timing_report
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.dub_pipeline import DubResult, build_track, export_dub, mux_dub
from studio.core.fit import FitSettings
from studio.core.slots import SlotSettings
from studio.gui import settings
from studio.gui.export_dialog import DubVideoOptions, ExportOptions


def fit_settings() -> FitSettings:
    """The fitting rules from the user's settings (Tools ▸ Timing…)."""
    return FitSettings(max_speed=settings.get(settings.MAX_SPEED), overflow=settings.get(settings.OVERFLOW_POLICY),
                       slots=SlotSettings(max_borrow_ms=settings.get(settings.BORROW_MS)))


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

    def build(self, cancel: threading.Event) -> DubResult:
        return build_track(self.cues, self.render, self.cache, fit=self.fit, policies=self.policies,
                           film_end_ms=self.film_end_ms, cancel=cancel)


def build_preview(inputs: DubInputs, wav: Path, cancel: threading.Event) -> DubResult:
    """Build the dub and write it as a WAV for the video pane (not when nothing is rendered yet)."""
    result = inputs.build(cancel)
    if result.track.frame_count:
        wav.parent.mkdir(parents=True, exist_ok=True)
        export_dub(result, wav)
    return result


def export_job(inputs: DubInputs, options: ExportOptions, *, cancel: threading.Event) -> DubResult:
    result = inputs.build(cancel)
    export_dub(result, options.path, normalize_lufs=options.normalize_lufs)
    if options.report_path is not None:
        write_timing_report(options.report_path, result.placements)
    if options.srt_path is not None:
        write_retimed_srt(options.srt_path, inputs.cues, result.placements)
    return result


def dub_video_job(inputs: DubInputs, options: DubVideoOptions, wav: Path, normalize_lufs: float | None,
                  *, cancel: threading.Event, progress: Callable[[float], None]) -> DubResult:
    """Build, export to a temporary WAV, mux. The bar: building 0-20 %, export to 30 %, mux the rest."""
    progress(0.0)
    result = inputs.build(cancel)
    progress(0.2)
    wav.parent.mkdir(parents=True, exist_ok=True)
    try:
        export_dub(result, wav, normalize_lufs=normalize_lufs)
        progress(0.3)
        mux_dub(result, options.video, options.output, options.mode, language=options.language,
                progress=lambda fraction: progress(0.3 + 0.7 * fraction), cancel=cancel)
    finally:
        wav.unlink(missing_ok=True)  # the dub is inside the video now (or the job failed): no leftovers
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
