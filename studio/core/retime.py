"""Moving many subtitles in time at once: shift by an offset, stretch between two sync points.

Pure functions over cues (the GUI wraps their result in one undo command). Cues whose timecode could
not be read are left as they are: their times are placeholders that the user has to set first.
"""

from __future__ import annotations

from collections.abc import Sequence

from studio.core.cues import Cue


def shifted(cues: Sequence[Cue], delta_ms: int) -> list[Cue]:
    """The cues moved by delta_ms (negative: earlier); raise ValueError if one would start before 0."""
    earliest = min((cue.start_ms for cue in cues if not cue.bad_timing), default=0)
    if earliest + delta_ms < 0:
        raise ValueError(f"a line would start {-(earliest + delta_ms)} ms before the film")
    return [cue if cue.bad_timing else cue.with_times(cue.start_ms + delta_ms, cue.end_ms + delta_ms)
            for cue in cues]


def first_start(cues: Sequence[Cue]) -> int | None:
    """Start of the first cue with readable times (what "shift so the first line starts at" moves)."""
    return next((cue.start_ms for cue in cues if not cue.bad_timing), None)


def stretched(cues: Sequence[Cue], sync_a: tuple[int, int], sync_b: tuple[int, int]) -> list[Cue]:
    """The cues mapped linearly so that time sync_a[0] lands on sync_a[1] and sync_b[0] on sync_b[1].

    What a subtitle file made for another frame rate or cut needs: one offset and one speed factor.
    Raise ValueError when the two points are the same time or a line would start before 0.
    """
    (old_a, new_a), (old_b, new_b) = sync_a, sync_b
    if old_a == old_b:
        raise ValueError("the two sync points are at the same time")
    factor = (new_b - new_a) / (old_b - old_a)
    if factor <= 0:
        raise ValueError("the sync points would reverse the order of the lines")

    def at(ms: int) -> int:
        return round(new_a + (ms - old_a) * factor)

    result = [cue if cue.bad_timing else cue.with_times(at(cue.start_ms), at(cue.end_ms)) for cue in cues]
    if any(cue.start_ms < 0 for cue in result if not cue.bad_timing):
        raise ValueError("a line would start before the film")
    return result


def snapped(cue: Cue, position_ms: int, which: str) -> Cue:
    """The cue with its start ("start": the line moves, keeping its length) or its end ("end") at
    position_ms; raise ValueError for an end that would not follow the start."""
    if which == "start":
        length = cue.duration_ms if not cue.bad_timing and cue.duration_ms > 0 else 2000
        return cue.with_times(position_ms, position_ms + length)
    if cue.bad_timing or position_ms <= cue.start_ms:
        raise ValueError("the end must follow the start")
    return cue.with_times(cue.start_ms, position_ms)
