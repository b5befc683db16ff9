"""Put the dub into a video with ffmpeg, never re-encoding the picture (``-c:v copy``).

Three ways, the user's choice:
- "replace": the dub becomes the video's only audio;
- "add": the dub is added as one more audio track, tagged with its language (MP4 or MKV);
- "duck": the dub is mixed over the original sound, which is lowered only where the dub speaks, with
  short ramps: a gain envelope built from the placement map and multiplied into the original by
  ffmpeg (``amultiply``), not a fixed attenuation of the whole film.

There is no ffprobe alongside the bundled ffmpeg, so media are probed by reading ``ffmpeg -i``'s
report. Progress comes from ``-progress pipe:1``; cancel kills ffmpeg and removes the partial file.
"""

from __future__ import annotations

import math
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
from array import array
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from studio.core.assemble import Placement
from studio.core.atomic import temp_beside
from studio.core.audio_decode import AudioDecodeError, ffmpeg_path

MODES = ("replace", "add", "duck")
# Output containers we write, and ffmpeg's muxer for each.
_MUXERS = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".mkv": "matroska"}
_ENVELOPE_RATE = 1000  # the gain envelope has one value per millisecond; ffmpeg resamples it
_MIX_RATE = 48000

ProgressCallback = Callable[[float], None]
SpeechRegions = Union[Sequence[Placement], Sequence[tuple[int, int]]]


class MuxError(Exception):
    """The video could not be dubbed; the message says why and what to do."""

    io = False  # True: the disk or the folder refused the write (full, no permission), not the input


class MuxWriteError(MuxError):
    """The disk is full or the folder may not be written: an I/O failure (CLI exit 5)."""

    io = True


class MuxCancelled(MuxError):
    """The user cancelled; no output file was left behind."""


class MediaError(MuxError):
    """The video cannot be used: missing, unreadable, no picture, or no sound where sound is needed."""


@dataclass(frozen=True)
class Stream:
    index: int  # position within the file (0-based)
    kind: str  # "video", "audio", "subtitle", "data", "attachment"
    codec: str
    language: str | None
    layout: str | None = None  # audio only: "mono", "stereo", "5.1(side)", ...


@dataclass(frozen=True)
class MediaInfo:
    """What ``ffmpeg -i`` says about a file."""

    duration_ms: int | None
    streams: tuple[Stream, ...]

    @property
    def video(self) -> list[Stream]:
        return [s for s in self.streams if s.kind == "video"]

    @property
    def audio(self) -> list[Stream]:
        return [s for s in self.streams if s.kind == "audio"]

    @property
    def has_audio(self) -> bool:
        return bool(self.audio)


@dataclass(frozen=True)
class DuckSettings:
    """How the original sound is lowered under the dub."""

    duck_db: float = -15.0  # the original's gain while the dub speaks
    ramp_ms: int = 120  # fade down before a line starts, and back up after it ends
    # Lines closer than this stay ducked across the pause, so the original does not pump up and down.
    merge_gap_ms: int = 400


_STREAM = re.compile(r"Stream #\d+:(\d+)(?:\[[^\]]*\])?(?:\(([^)]*)\))?: "
                     r"(Video|Audio|Subtitle|Data|Attachment): ([\w-]+)")
_LAYOUT = re.compile(r"\d+ Hz, ([^,]+),")
_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")


def probe_media(path: str | os.PathLike) -> MediaInfo:
    """Streams and duration of a media file, or MediaError with a one-sentence reason."""
    path = Path(path)
    if not path.is_file():
        raise MediaError(f"{path.name} was not found: check the path.")
    command = [_ffmpeg(), "-hide_banner", "-nostdin", "-i", str(path)]
    try:
        proc = subprocess.run(command, capture_output=True, timeout=60, creationflags=_no_window())
    except subprocess.TimeoutExpired:
        raise MediaError(f"{path.name} could not be read: ffmpeg took too long to open it.") from None
    except OSError as error:
        raise MediaError(f"ffmpeg could not be started: {error}.") from None
    report = proc.stderr.decode("utf-8", "replace")
    # ffmpeg always exits 1 here (no output given); only the report tells a good file from a bad one.
    if "Input #0" not in report:
        lines = [line for line in report.strip().splitlines() if line.strip()]
        reason = lines[-1].split(": ", 1)[-1] if lines else "unknown error"
        raise MediaError(f"{path.name} could not be read as a video ({reason}).")
    streams = []
    for m in _STREAM.finditer(report):
        line_end = report.find("\n", m.end())
        layout = _LAYOUT.search(report, m.end(), line_end if line_end >= 0 else len(report))
        streams.append(Stream(int(m.group(1)), m.group(3).lower(), m.group(4),
                              m.group(2) if m.group(2) and m.group(2) != "und" else None,
                              layout.group(1).strip() if layout else None))
    found = _DURATION.search(report)
    duration = None
    if found:
        hours, minutes, seconds = found.groups()
        duration = round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)
    return MediaInfo(duration, tuple(streams))


def speech_regions(speech: SpeechRegions, merge_gap_ms: int = 0) -> list[tuple[int, int]]:
    """Sorted (start_ms, end_ms) where the dub speaks, merging regions closer than merge_gap_ms."""
    pairs = []
    for item in speech:
        if isinstance(item, Placement):
            if item.clip_ms > 0:
                pairs.append((item.placed_ms, item.placed_ms + item.clip_ms))
        else:
            start, end = item
            if end > start:
                pairs.append((int(start), int(end)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pairs):
        if merged and start - merged[-1][1] < merge_gap_ms:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def duck_envelope(regions: Sequence[tuple[int, int]], duration_ms: int,
                  settings: DuckSettings = DuckSettings(), rate: int = _ENVELOPE_RATE) -> array:
    """The original's gain per 1/rate s: 1 in silence, the duck gain under speech, cosine ramps between.

    The ramp down ends where the line starts, so the first syllable is already clear; the ramp up
    starts where it ends. Built with C-level slice fills; only the ramps are computed in Python.
    """
    low = 10 ** (settings.duck_db / 20)
    per_ms = rate / 1000
    length = max(1, math.ceil(duration_ms * per_ms))
    envelope = array("f", [1.0]) * length
    ramp = max(1, round(settings.ramp_ms * per_ms))
    # Raised cosine from 1 down to low over `ramp` steps: smooth at both ends, so no click.
    shape = [low + (1 - low) * 0.5 * (1 + math.cos(math.pi * (k + 1) / ramp)) for k in range(ramp)]
    for start_ms, end_ms in regions:
        start = max(0, min(length, round(start_ms * per_ms)))
        end = max(start, min(length, math.ceil(end_ms * per_ms)))
        envelope[start:end] = array("f", [low]) * (end - start)
        for k in range(ramp):  # the fade down, ending at start
            at = start - ramp + k
            if 0 <= at < length:
                envelope[at] = min(envelope[at], shape[k])
        for k in range(ramp):  # the fade up, starting at end
            at = end + k
            if at < length:
                envelope[at] = min(envelope[at], shape[ramp - 1 - k])
    return envelope


def mux_video(video: str | os.PathLike, dub: str | os.PathLike, output: str | os.PathLike,
              mode: str = "replace", *, speech: SpeechRegions | None = None, language: str | None = None,
              duck: DuckSettings = DuckSettings(), audio_bitrate: str = "192k",
              progress: ProgressCallback | None = None, cancel: threading.Event | None = None) -> Path:
    """Write output: video's picture copied untouched plus the dub (an audio file), as mode says.

    speech (the placement map, or (start_ms, end_ms) pairs) is required for "duck". language is an
    ISO 639-2 code ("fra") for the dub's track. progress gets 0.0-1.0; setting cancel stops ffmpeg,
    removes the partial file and raises MuxCancelled. Runs in the caller's thread (call it from a worker).
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    video, dub, output = Path(video), Path(dub), Path(output)
    muxer = _MUXERS.get(output.suffix.lower())
    if muxer is None:
        raise MuxError(f"{output.name}: a dubbed video can be saved as .mp4, .mov or .mkv only.")
    if mode == "duck" and speech is None:
        raise ValueError("duck needs the placement map (speech) to know where the dub speaks")
    info = probe_media(video)
    if not info.video:
        raise MediaError(f"{video.name} has no video stream: pick the video file itself.")
    if mode in ("add", "duck") and not info.has_audio:
        raise MediaError(f"{video.name} has no sound of its own to keep or duck: use 'replace' to give it "
                         "the dub as its only audio.")
    dub_info = probe_media(dub)
    if not dub_info.has_audio:
        raise MediaError(f"{dub.name} holds no audio: export the dub again.")
    if not output.parent.is_dir():
        raise MuxError(f"{output.name} cannot be written: its folder {output.parent} does not exist.")

    with tempfile.TemporaryDirectory(prefix="studio-mux-") as work:
        inputs = ["-i", str(video), "-i", str(dub)]
        dub_track = len(info.audio) if mode == "add" else 0
        if mode == "replace":
            maps = ["-map", "0:v", "-map", "1:a:0"]
        elif mode == "add":
            maps = ["-map", "0:v", "-map", "0:a", "-map", "1:a:0"]
        else:
            envelope_path = Path(work) / "envelope.raw"
            length = max(info.duration_ms or 0, dub_info.duration_ms or 0) + 1000
            regions = speech_regions(speech, duck.merge_gap_ms)
            with envelope_path.open("wb") as handle:
                duck_envelope(regions, length, duck).tofile(handle)
            raw = "f32le" if sys.byteorder == "little" else "f32be"
            inputs += ["-f", raw, "-ar", str(_ENVELOPE_RATE), "-ac", "1", "-i", str(envelope_path)]
            # A mono original goes to both sides at full level (ffmpeg's own upmix would lower it 3 dB).
            to_stereo = ("pan=stereo|c0=c0|c1=c0" if info.audio[0].layout == "mono"
                         else "aformat=channel_layouts=stereo")
            graph = (f"[0:a:0]aresample={_MIX_RATE},aformat=sample_fmts=flt,{to_stereo}[orig];"
                     f"[2:a]aresample={_MIX_RATE},aformat=sample_fmts=flt,pan=stereo|c0=c0|c1=c0[gain];"
                     f"[orig][gain]amultiply[ducked];"
                     f"[1:a:0]aresample={_MIX_RATE},aformat=sample_fmts=flt:channel_layouts=mono,"
                     f"pan=stereo|c0=c0|c1=c0[dub];"
                     # duration=longest: a dub running past the film's own sound is kept, not cut.
                     # level=0: the limiter only catches peaks, it must not re-level the film;
                     # latency=1: no lookahead delay, so the dub stays on its sample.
                     f"[ducked][dub]amix=inputs=2:normalize=0:duration=longest,"
                     f"alimiter=limit=0.97:level=0:latency=1[mix]")
            maps = ["-filter_complex", graph, "-map", "0:v", "-map", "[mix]"]
        codecs = ["-c:v", "copy", "-c:a", "copy"] if mode == "add" else ["-c:v", "copy"]
        codecs += [f"-c:a:{dub_track}", "aac", f"-b:a:{dub_track}", audio_bitrate]
        if language:
            codecs += [f"-metadata:s:a:{dub_track}", f"language={language}"]
        fd, tmp_name = temp_beside(output, ".part")
        os.close(fd)
        command = [_ffmpeg(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", *inputs, *maps,
                   *codecs, "-f", muxer, "-progress", "pipe:1", "-y", tmp_name]
        try:
            _run_with_progress(command, info.duration_ms, progress, cancel, video.name, output, info)
            os.replace(tmp_name, output)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    if progress:
        progress(1.0)
    return output


def _run_with_progress(command: list[str], duration_ms: int | None, progress: ProgressCallback | None,
                       cancel: threading.Event | None, name: str, output: Path, info: MediaInfo) -> None:
    try:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, creationflags=_no_window())
    except OSError as error:
        raise MuxError(f"ffmpeg could not be started: {error}.") from None
    updates: queue.Queue[float] = queue.Queue()
    errors: deque[str] = deque(maxlen=40)

    def read_progress() -> None:
        for raw in proc.stdout:
            key, _, value = raw.decode("ascii", "replace").strip().partition("=")
            # out_time_us is microseconds (out_time_ms is too, despite its name, in many builds).
            if key == "out_time_us" and value.lstrip("-").isdigit() and duration_ms:
                updates.put(min(1.0, max(0.0, int(value) / 1000 / duration_ms)))

    def read_errors() -> None:
        for raw in proc.stderr:
            errors.append(raw.decode("utf-8", "replace").rstrip())

    readers = [threading.Thread(target=read_progress, daemon=True),
               threading.Thread(target=read_errors, daemon=True)]
    for reader in readers:
        reader.start()
    last = -1.0
    # Progress is reported from the caller's thread, never from our reader threads.
    while proc.poll() is None or readers[0].is_alive():
        if cancel is not None and cancel.is_set():
            proc.kill()
            proc.wait()
            raise MuxCancelled("Dubbing the video was cancelled; no file was written.")
        try:
            fraction = updates.get(timeout=0.05)
        except queue.Empty:
            continue
        if progress and fraction > last:
            last = fraction
            progress(fraction)
    for reader in readers:
        reader.join(timeout=5)
    if cancel is not None and cancel.is_set():
        raise MuxCancelled("Dubbing the video was cancelled; no file was written.")
    if proc.returncode != 0:
        text = "\n".join(errors)
        kind = MuxWriteError if "No space left on device" in text or "Permission denied" in text else MuxError
        raise kind(_failure(list(errors), proc.returncode, name, output, info))


def _failure(errors: list[str], code: int, name: str, output: Path, info: MediaInfo) -> str:
    text = "\n".join(errors)
    if "No space left on device" in text:
        return f"{output} was not written: the disk is full: free some space or save elsewhere."
    if any(hint in text for hint in ("Could not find tag for codec", "not currently supported in container",
                                     "Could not write header")):
        codec = info.video[0].codec if info.video else "unknown"
        return (f"The video's codec ({codec}) cannot go into a {output.suffix} file without re-encoding: "
                "save as .mkv instead.")
    last = errors[-1] if errors else f"exit code {code}"
    return f"{name} could not be dubbed: ffmpeg failed ({last})."


def _ffmpeg() -> str:
    try:
        return ffmpeg_path()
    except AudioDecodeError as error:
        raise MuxError(str(error)) from None


def _no_window() -> int:
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
