"""Write the assembled dub as WAV, MP3 or M4A, optionally loudness-normalised (EBU R128).

Every export goes to a temporary file in the target folder and is renamed into place when complete,
so a crash, a cancel or a full disk never leaves half a file under the real name. The samples are
streamed to ffmpeg straight from the track's buffer, encoded in one pass: no second copy of a
film-length buffer, no temporary WAV. Every export reports its progress and can be cancelled
(studio/core/ffmpeg_job.py runs ffmpeg for it).
"""

from __future__ import annotations

import errno
import json
import os
import re
import struct
import sys
import threading
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from studio.core.assemble import Track
from studio.core.atomic import temp_beside
from studio.core.coded_error import (DISK_FULL, FFMPEG, NO_PERMISSION, NOT_WRITTEN, CodedError,
                                     write_params)
from studio.core.ffmpeg_job import (PROGRESS_ARGS, FfmpegCancelled, FfmpegFailed, FfmpegMissing, ffmpeg_command,
                                    run_ffmpeg)
from studio.core.fit import TIMELINE_RATE

FORMATS = ("wav", "mp3", "m4a")
_CHUNK = 1 << 20
# ffmpeg's muxer and encoder per format; a .m4a is an MP4 holding AAC.
_FFMPEG_OUTPUT = {
    "wav": ["-c:a", "pcm_s16le", "-f", "wav"],
    "mp3": ["-c:a", "libmp3lame", "-f", "mp3"],
    "m4a": ["-c:a", "aac", "-movflags", "+faststart", "-f", "mp4"],
}
# Quieter than this there is nothing to normalise (loudnorm would amplify the noise floor).
SILENT_LUFS = -70.0

Samples = Union[Track, array, bytes, bytearray, memoryview]


class ExportError(CodedError):
    """The dub could not be written; the message says what to do (nothing is left under its name)."""

    io = False  # True: the disk or the folder refused the write (full, no permission), not the input


class ExportWriteError(ExportError):
    """The disk is full or the folder may not be written: an I/O failure (CLI exit 5)."""

    io = True


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written under the target's name."""


@dataclass(frozen=True)
class Loudness:
    """What ffmpeg's loudnorm measured (EBU R128)."""

    integrated_lufs: float
    true_peak_db: float
    lra: float
    threshold: float


def export_audio(source: Samples, path: str | os.PathLike, fmt: str | None = None, *,
                 sample_rate: int = TIMELINE_RATE, normalize_lufs: float | None = None,
                 true_peak_db: float = -1.5, bitrate: str = "192k",
                 progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None) -> Path:
    """Write mono s16 samples (a Track, an array("h"), or little-endian bytes) to path as WAV, MP3 or M4A.

    fmt defaults to the path's suffix. normalize_lufs (e.g. -23 for broadcast, -16 for the web)
    applies a two-pass EBU R128 normalisation with a true-peak ceiling of true_peak_db (the
    measuring pass is the first half of the progress). progress gets 0.0-1.0 in the caller's thread;
    setting cancel stops the job, removes the partial file and raises ExportCancelled.
    """
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(f"{target.name}: the dub can be exported as .wav, .mp3 or .m4a only.")
    if isinstance(source, Track):
        sample_rate = source.sample_rate
    data = little_endian(source)
    if not target.parent.is_dir():
        raise ExportError(f"{target.name} cannot be written: its folder {target.parent} does not exist.")
    fd, tmp_name = temp_beside(target, ".part")
    report = progress or (lambda _fraction: None)
    try:
        if fmt == "wav" and normalize_lufs is None:
            with os.fdopen(fd, "wb") as out:
                _write_wav(out, data, sample_rate, report, cancel)
                out.flush()
                os.fsync(out.fileno())
        else:
            os.close(fd)
            filters = []
            share = 0.0  # of the bar, taken by the measuring pass
            if normalize_lufs is not None:
                measured = measure_loudness(data, sample_rate, progress=lambda f: report(f / 2), cancel=cancel)
                share = 0.5
                if measured.integrated_lufs > SILENT_LUFS:
                    filters.append(loudnorm_filter(normalize_lufs, measured, true_peak_db, sample_rate))
            output = list(_FFMPEG_OUTPUT[fmt])
            if fmt != "wav":
                output[2:2] = ["-b:a", bitrate]
            args = _raw_input(sample_rate) + (["-af", ",".join(filters)] if filters else []) \
                + ["-ar", str(sample_rate)] + output + [*PROGRESS_ARGS, "-y", tmp_name]
            _run_ffmpeg(args, data, sample_rate, target.name,
                        progress=lambda f: report(share + (1 - share) * f), cancel=cancel)
        os.replace(tmp_name, target)
    except OSError as error:
        Path(tmp_name).unlink(missing_ok=True)
        refused = _is_write_refusal(error)
        kind, named = (ExportWriteError, str(target)) if refused else (ExportError, target.name)
        raise kind(f"{named} was not written: {_advice(error)}", code=NOT_WRITTEN,
                   params=write_params(error, target=named, where="export")) from None
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    report(1.0)
    return target


def measure_loudness(source: Samples, sample_rate: int = TIMELINE_RATE, *,
                     progress: Callable[[float], None] | None = None,
                     cancel: threading.Event | None = None) -> Loudness:
    """The integrated loudness, true peak and range of mono s16 samples (ffmpeg loudnorm, first pass)."""
    data = little_endian(source)
    stderr = _run_ffmpeg(_raw_input(sample_rate) + ["-af", "loudnorm=print_format=json", "-f", "null",
                                                     *PROGRESS_ARGS, "-"],
                         data, sample_rate, "the dub", loglevel="info", progress=progress, cancel=cancel)
    found = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", stderr)
    if not found:
        raise ExportError("ffmpeg did not report the dub's loudness: update ffmpeg or export without "
                          "normalisation.")
    values = json.loads(found.group(0))

    def number(key: str) -> float:
        try:
            return float(values[key])
        except (KeyError, ValueError):
            return float("-inf")

    return Loudness(number("input_i"), number("input_tp"), number("input_lra"), number("input_thresh"))


def loudnorm_filter(target_lufs: float, measured: Loudness, true_peak_db: float = -1.5,
                    sample_rate: int = TIMELINE_RATE) -> str:
    # The second pass with the first pass's figures and linear=true applies one gain to the whole
    # dub (no pumping), which is what a dub under a film needs.
    return (f"loudnorm=I={target_lufs}:TP={true_peak_db}:LRA=20:measured_I={measured.integrated_lufs}"
            f":measured_TP={measured.true_peak_db}:measured_LRA={measured.lra}"
            f":measured_thresh={measured.threshold}:linear=true"
            # loudnorm works at 192 kHz: back to the dub's rate, and named mono (raw samples have no
            # layout, and ffmpeg before 6 cannot hand the filter's output to an encoder without one).
            f",aresample={sample_rate},aformat=channel_layouts=mono")


def _raw_input(sample_rate: int) -> list[str]:
    return ["-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0"]


def _write_wav(out, data: memoryview, sample_rate: int, progress: Callable[[float], None] | None = None,
               cancel: threading.Event | None = None) -> None:
    size = len(data)
    if size + 36 > 0xFFFFFFFF:
        raise ExportError("The dub is too long for a WAV file (over 4 GB): export as .m4a or .mp3.")
    out.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVE")
    out.write(b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16))
    out.write(b"data" + struct.pack("<I", size))
    for start in range(0, size, _CHUNK):
        if cancel is not None and cancel.is_set():
            raise ExportCancelled(_CANCELLED)
        out.write(data[start:start + _CHUNK])
        if progress is not None:
            progress(min(size, start + _CHUNK) / size)


def little_endian(source: Samples) -> memoryview:
    """The samples as little-endian bytes, without a copy on little-endian machines."""
    if isinstance(source, Track):
        samples = source.data
    elif isinstance(source, memoryview):
        samples = source.cast("B") if source.format != "B" else source
    else:
        samples = source
    if sys.byteorder == "big" and (isinstance(source, (Track, array)) or
                                   (isinstance(source, memoryview) and source.format == "h")):
        swapped = array("h", bytes(samples))  # Track and array buffers are native order
        swapped.byteswap()
        return memoryview(swapped).cast("B")
    return memoryview(samples).cast("B")


def _run_ffmpeg(args: list[str], data: memoryview, sample_rate: int, name: str, loglevel: str = "error", *,
                progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None) -> str:
    """Run ffmpeg feeding data on stdin; return its stderr, or raise ExportError saying why it failed."""
    try:
        command = ffmpeg_command(*args, loglevel=loglevel)
    except FfmpegMissing as error:
        raise ExportError(f"{name} cannot be exported: {error}") from None
    try:
        return run_ffmpeg(command, duration_ms=len(data) * 1000 // (2 * sample_rate) or 1, stdin_data=data,
                          progress=progress, cancel=cancel)
    except FfmpegCancelled:
        raise ExportCancelled(_CANCELLED) from None
    except FfmpegFailed as failed:
        kind = ExportWriteError if failed.disk_refused else ExportError
        reason, detail = ffmpeg_refusal(failed.text, failed.code)
        raise kind(f"{name} was not written: {_ffmpeg_reason(failed.text, failed.code)}", code=NOT_WRITTEN,
                   params={"target": name, "where": "export", "reason": reason, "detail": detail}) from None


_CANCELLED = "The export was cancelled; nothing was written."


def ffmpeg_refusal(stderr: str, code: int) -> tuple[str, str]:
    """(why ffmpeg did not write: DISK_FULL, NO_PERMISSION or FFMPEG, its last words or its exit code)."""
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    detail = lines[-1] if lines else f"exit code {code}"
    if "No space left on device" in stderr:
        return DISK_FULL, detail
    if "Permission denied" in stderr:
        return NO_PERMISSION, detail
    return FFMPEG, detail


def _ffmpeg_reason(stderr: str, code: int) -> str:
    reason, detail = ffmpeg_refusal(stderr, code)
    if reason == DISK_FULL:
        return "the disk is full: free some space or export to another drive."
    if reason == NO_PERMISSION:
        return "you have no permission to write there: export elsewhere."
    return f"ffmpeg failed ({detail})."


def _is_write_refusal(error: OSError) -> bool:
    return error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.EFBIG)


def _advice(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full: free some space or export to another drive."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "you have no permission to write there: export elsewhere."
    return f"{error.strerror or error}."
