"""What is in a media file (streams, their language and channel layout, its length), read without ffprobe.

There is no ffprobe alongside the bundled ffmpeg, so media are probed by reading ``ffmpeg -i``'s
report. The errors of dubbing a video live here too: probing is where most of them start.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from studio.core.audio_decode import AudioDecodeError, ffmpeg_path
from studio.core.coded_error import MEDIA_UNUSABLE, CodedError


class MuxError(CodedError):
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
    layout: str | None = None  # audio only: "mono", "stereo", "5.1(side)", "6 channels", ...
    sample_rate: int | None = None  # audio only

    @property
    def channels(self) -> int | None:
        """How many channels the layout holds (audio only; None when ffmpeg did not say)."""
        return channel_count(self.layout)


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


_STREAM = re.compile(r"Stream #\d+:(\d+)(?:\[[^\]]*\])?(?:\(([^)]*)\))?: "
                     r"(Video|Audio|Subtitle|Data|Attachment): ([\w-]+)")
_LAYOUT = re.compile(r"(\d+) Hz, ([^,]+),")
_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")


def probe_media(path: str | os.PathLike) -> MediaInfo:
    """Streams and duration of a media file, or MediaError with a one-sentence reason."""
    path = Path(path)
    if not path.is_file():
        raise MediaError(f"{path.name} was not found: check the path.", code=MEDIA_UNUSABLE,
                         params={"reason": "not_found", "name": path.name})
    command = [_ffmpeg(), "-hide_banner", "-nostdin", "-i", str(path)]
    try:
        proc = subprocess.run(command, capture_output=True, timeout=60, creationflags=_no_window())
    except subprocess.TimeoutExpired:
        raise MediaError(f"{path.name} could not be read: ffmpeg took too long to open it.",
                         code=MEDIA_UNUSABLE, params={"reason": "slow", "name": path.name}) from None
    except OSError as error:
        raise MediaError(f"ffmpeg could not be started: {error}.", code=MEDIA_UNUSABLE,
                         params={"reason": "no_ffmpeg", "detail": str(error)}) from None
    report = proc.stderr.decode("utf-8", "replace")
    # ffmpeg always exits 1 here (no output given); only the report tells a good file from a bad one.
    if "Input #0" not in report:
        lines = [line for line in report.strip().splitlines() if line.strip()]
        reason = lines[-1].split(": ", 1)[-1] if lines else "unknown error"
        raise MediaError(f"{path.name} could not be read as a video ({reason}).", code=MEDIA_UNUSABLE,
                         params={"reason": "unreadable", "name": path.name, "detail": reason})
    streams = []
    for m in _STREAM.finditer(report):
        line_end = report.find("\n", m.end())
        layout = _LAYOUT.search(report, m.end(), line_end if line_end >= 0 else len(report))
        streams.append(Stream(int(m.group(1)), m.group(3).lower(), m.group(4),
                              m.group(2) if m.group(2) and m.group(2) != "und" else None,
                              layout.group(2).strip() if layout else None,
                              int(layout.group(1)) if layout else None))
    found = _DURATION.search(report)
    duration = None
    if found:
        hours, minutes, seconds = found.groups()
        duration = round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)
    return MediaInfo(duration, tuple(streams))


def _ffmpeg() -> str:
    try:
        return ffmpeg_path()
    except AudioDecodeError as error:
        raise MuxError(str(error)) from None


def _no_window() -> int:
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


_COUNTS = {"mono": 1, "stereo": 2, "2.1": 3, "3.0": 3, "3.0(back)": 3, "4.0": 4, "quad": 4, "quad(side)": 4,
           "3.1": 4, "5.0": 5, "5.0(side)": 5, "4.1": 5, "5.1": 6, "5.1(side)": 6, "6.0": 6, "6.0(front)": 6,
           "hexagonal": 6, "6.1": 7, "6.1(back)": 7, "6.1(front)": 7, "7.0": 7, "7.0(front)": 7, "7.1": 8,
           "7.1(wide)": 8, "7.1(wide-side)": 8, "octagonal": 8, "downmix": 2}


def channel_count(layout: str | None) -> int | None:
    """Channels in one of ffmpeg's layout names ("5.1(side)": 6, "3 channels": 3); None when unknown."""
    if not layout:
        return None
    if layout in _COUNTS:
        return _COUNTS[layout]
    found = re.match(r"(\d+) channels", layout)
    return int(found.group(1)) if found else None
