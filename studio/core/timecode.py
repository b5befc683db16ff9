"""SubRip timecodes: tolerant parsing, strict formatting."""

from __future__ import annotations

import re

import pysrt

# Real files write "00:00:01,000", "0:00:01.5", "00:00:01:000" or "00:01,000" (no hours); all mean
# the same thing. A short millisecond field is a count of milliseconds (",5" is 5 ms), because that is
# how ffmpeg, VLC and pysrt read it: the dub must line up with what the viewer's player shows.
_TIME = re.compile(r"^\s*(?:(\d{1,3})\s*:\s*)?(\d{1,2})\s*:\s*(\d{1,2})(?:\s*[,.:]\s*(\d{1,3}))?\s*$")
# The arrow, with any spacing (and the "->" or "—>" typos seen in hand-written files).
ARROW = re.compile(r"\s*-{1,2}>\s*|\s*—>\s*")
MAX_MS = (1000 * 3600 - 1) * 1000 + 999


class TimecodeError(ValueError):
    """A string that is not a timecode."""


def parse_ms(text: str) -> int:
    """Return the milliseconds of a SubRip timecode, or raise TimecodeError."""
    match = _TIME.match(text)
    if not match:
        raise TimecodeError(f"not a timecode: {text.strip()!r}")
    hours, minutes, seconds, fraction = match.groups()
    if int(minutes) > 59 or int(seconds) > 59:
        raise TimecodeError(f"minutes or seconds over 59: {text.strip()!r}")
    millis = int(fraction or 0)
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + millis


def format_ms(ms: int) -> str:
    """Return ms as a SubRip timecode (negative values clamp to zero, as SubRip has no sign)."""
    return str(pysrt.SubRipTime.from_ordinal(max(0, int(ms))))


def format_duration(ms: int) -> str:
    """Return a short human duration: "2.35 s", "1:02:03"."""
    if abs(ms) < 60_000:
        return f"{ms / 1000:.2f} s"
    seconds = int(round(ms / 1000))
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    sign = "-" if ms < 0 else ""
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
