"""Where each line's audio may live: its cue, plus a borrowable part of the silence before the next cue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studio.core.cues import Cue


@dataclass(frozen=True)
class SlotSettings:
    """How much of the following silence a line may borrow."""

    # A clip a little longer than its cue usually sounds fine running into the pause after it.
    max_borrow_ms: int = 1000
    # Always left silent before the next cue, so two lines never sound glued together.
    guard_ms: int = 50

    def __post_init__(self) -> None:
        if self.max_borrow_ms < 0 or self.guard_ms < 0:
            raise ValueError("max_borrow_ms and guard_ms must not be negative")


@dataclass(frozen=True)
class Slot:
    """One cue's room on the timeline, in film milliseconds."""

    index: int  # 0-based position of the cue in the list given to slots_for
    start_ms: int
    end_ms: int  # the cue's own end
    borrow_ms: int  # silence after end_ms this line may use
    next_start_ms: int | None  # where the next line starts (None for the last one)

    @property
    def duration_ms(self) -> int:
        """The cue's own length (0 for a cue whose times are broken)."""
        return max(0, self.end_ms - self.start_ms)

    @property
    def limit_ms(self) -> int:
        """The latest time this line's audio may end without overflowing."""
        return max(self.start_ms, self.end_ms) + self.borrow_ms

    @property
    def total_ms(self) -> int:
        """The whole room: the cue plus what it may borrow."""
        return self.limit_ms - self.start_ms


def slots_for(cues: Sequence[Cue], settings: SlotSettings = SlotSettings(),
              film_end_ms: int | None = None) -> list[Slot]:
    """The slot of every cue, in the order given.

    "The next cue" is the next one in time, so a file whose cues are out of order still gets sane
    slots. The last cue may borrow up to max_borrow_ms, or up to film_end_ms when it is known.
    """
    order = sorted(range(len(cues)), key=lambda i: (cues[i].start_ms, i))
    next_start: dict[int, int | None] = {}
    for position, i in enumerate(order):
        later = order[position + 1] if position + 1 < len(order) else None
        next_start[i] = cues[later].start_ms if later is not None else None
    slots = []
    for i, cue in enumerate(cues):
        end = max(cue.start_ms, cue.end_ms)
        following = next_start[i]
        if following is not None:
            room = following - settings.guard_ms - end
        elif film_end_ms is not None:
            room = film_end_ms - end
        else:
            room = settings.max_borrow_ms
        borrow = max(0, min(settings.max_borrow_ms, room))
        slots.append(Slot(i, cue.start_ms, cue.end_ms, borrow, following))
    return slots
