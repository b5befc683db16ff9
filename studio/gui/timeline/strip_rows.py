"""What the timeline strip draws for each line, and the index that finds the visible ones.

Kept apart from the widget (timeline_strip.py) because it is plain data: rows built from the cues'
times and the dub's placements, sorted by where their drawing starts, so that the lines on screen are
found by bisection and an edit moves one row in the sorted lists instead of rebuilding them all.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from studio.core.assemble import Placement
from studio.core.cues import Cue

FITS, STRETCHED, OVERFLOW = "fits", "stretched", "overflow"


@dataclass(frozen=True)
class Row:
    """What the strip draws for one cue, in film milliseconds."""

    start: int
    end: int  # the cue's end
    slot_end: int  # the end of what it may borrow (= end without a placement)
    clip_start: int | None  # where its audio starts (None: no audio placed)
    clip_end: int | None
    overflow_ms: int
    state: str | None

    @property
    def span(self) -> tuple[int, int]:
        """Everything this row draws, for the visible-range search."""
        first = min(self.start, self.clip_start if self.clip_start is not None else self.start)
        last = max(self.end, self.slot_end, self.clip_end or 0)
        return first, last


def state_of(placement: Placement) -> str | None:
    """'fits', 'stretched' (sped up, or slowed to fill) or 'overflow'; None when no audio was placed."""
    if placement.clip_ms <= 0:
        return None
    if placement.overflow_ms > 0:
        return OVERFLOW
    if placement.speed != 1.0:
        return STRETCHED
    return FITS


def times_of(cue: Cue) -> tuple[int, int]:
    return cue.start_ms, max(cue.start_ms, cue.end_ms)


class StripRows:
    """The rows of the strip (row i is cue i), sorted by the start of what they draw."""

    def __init__(self) -> None:
        self.times: list[tuple[int, int]] = []  # each cue's (start, end)
        self.placements: dict[int, Placement] = {}  # row -> where its audio went
        self.native: frozenset[int] = frozenset()  # rows a natural voice spoke faster (not stretched)
        self.rows: list[Row] = []
        self.order: list[int] = []  # rows sorted by the start of what they draw
        self.span_starts: list[int] = []
        self.longest_span = 0
        self.end_ms = 0  # where the last drawing ends

    def __len__(self) -> int:
        return len(self.rows)

    def _row(self, i: int, start: int, end: int) -> Row:
        placement = self.placements.get(i)
        if placement is None:
            return Row(start, end, end, None, None, 0, None)
        state = state_of(placement)
        slot_end = max(end, start + placement.slot_ms)
        clip_start = placement.placed_ms if state else None
        clip_end = placement.placed_ms + placement.clip_ms if state else None
        return Row(start, end, slot_end, clip_start, clip_end, placement.overflow_ms, state)

    def rebuild(self) -> None:
        """Every row again, from the times and placements (a new film, a new dub)."""
        rows = [self._row(i, start, end) for i, (start, end) in enumerate(self.times)]
        self.rows = rows
        spans = [row.span for row in rows]
        self.order = sorted(range(len(rows)), key=lambda i: spans[i][0])
        self.span_starts = [spans[i][0] for i in self.order]
        self.longest_span = max((last - first for first, last in spans), default=0)
        self.end_ms = max((last for _, last in spans), default=0)

    def update(self, first: int, cues: Sequence[Cue]) -> bool:
        """Cues first, first+1... changed in place: patch their rows (a text edit changes nothing here;
        a retime moves one row in the sorted lists, no pass over the film). True if anything moved."""
        if first < 0 or first + len(cues) > len(self.times):
            raise IndexError(f"cues {first}..{first + len(cues)} of {len(self.times)}")
        changed = False
        for i, cue in enumerate(cues, start=first):
            times = times_of(cue)
            if times == self.times[i]:
                continue
            changed = True
            self.times[i] = times
            at = bisect.bisect_left(self.span_starts, self.rows[i].span[0])
            at = self.order.index(i, at)  # rows with the same start are next to each other
            del self.order[at], self.span_starts[at]
            self.rows[i] = row = self._row(i, *times)
            first_ms, last_ms = row.span
            at = bisect.bisect_right(self.span_starts, first_ms)
            self.order.insert(at, i)
            self.span_starts.insert(at, first_ms)
            # Only ever widened here (a safe bound for the visible-range search); a rebuild tightens them.
            self.longest_span = max(self.longest_span, last_ms - first_ms)
            self.end_ms = max(self.end_ms, last_ms)
        return changed

    def visible(self, left: float, right: float) -> list[int]:
        """Rows whose drawing may intersect [left, right): a bisection, not a scan of every cue."""
        lo = bisect.bisect_left(self.span_starts, left - self.longest_span)
        hi = bisect.bisect_right(self.span_starts, right)
        return [i for i in self.order[lo:hi] if self.rows[i].span[1] >= left]
