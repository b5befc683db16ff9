"""The fit ladder: per line, which fix made its clip fit, and the cheaper-for-the-ear fix on offer.

A clip too long for its cue is fixed by the first rung that suffices, cheapest for the ear first:
(a) trim its silence, (b) borrow the gap to the next line, (c) render it natively faster with the
provider's own speed setting (a re-render: the line is paid again), (d) a shorter wording the user
proposed (also paid), (e) stretch it with atempo, last, capped. Rungs (a), (b) and (e) cost nothing
and are applied by the fit (studio.core.fit); (c) is applied for free by the offline natural voices
(studio.core.native_speed) and for a paid provider only ever offered, with its price, here.

The verdict is read back from a placement (what the fit did), so it needs no second fit and stays
in step with the fit cache.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from studio.core.assemble import Placement
from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.fit import FIT_TOLERANCE_MS
from studio.core.speed_offer import offer_for

NONE, TRIM, BORROW, STRETCH = "none", "trim", "borrow", "stretch"
NATIVE_SPEED, ALT_TEXT = "native_speed", "alt_text"
LADDER = (NONE, TRIM, BORROW, NATIVE_SPEED, ALT_TEXT, STRETCH)  # cheapest for the ear first
PAID_STEPS = frozenset({NATIVE_SPEED, ALT_TEXT})  # a re-render: the line is paid again


@dataclass(frozen=True)
class LadderOffer:
    """A paid rung that would fix the line better than stretching it, and what it costs."""

    step: str  # NATIVE_SPEED or ALT_TEXT
    cost: float  # 0 when that clip is already in the cache
    speed: float | None  # the speaking speed to render at (NATIVE_SPEED)
    predicted_overflow_ms: int  # what should still not fit afterwards (0: it fits)
    predicted_stretch: float  # the atempo speed-up still needed afterwards (1.0: none)

    def as_json(self) -> dict[str, Any]:
        return {"step": self.step, "speed": self.speed, "cost": self.cost,
                "predicted_stretch": self.predicted_stretch,
                "predicted_overflow_ms": self.predicted_overflow_ms}


@dataclass(frozen=True)
class LadderVerdict:
    """One line's rung of the ladder, the speed and overflow it ended with, and any paid offer."""

    line: int  # 1-based
    step: str
    speed: float  # the atempo speed-up applied (1.0: none)
    overflow_ms: int
    offer: LadderOffer | None = None

    @property
    def paid(self) -> bool:
        return self.step in PAID_STEPS


def step_used(placement: Placement, *, native_speed: bool = False, alt_text: bool = False) -> str:
    """The highest rung the fit needed for this placement.

    native_speed / alt_text: the clip placed was rendered faster / from the alternative wording (those
    rungs are decided before the fit, which only sees audio). A clip still stretched afterwards is
    "stretch": the ear hears the stretch whatever came before it.
    """
    if placement.speed > 1.0:
        return STRETCH
    if alt_text:
        return ALT_TEXT
    if native_speed:
        return NATIVE_SPEED
    cue_room = max(placement.start_ms, placement.end_ms) - placement.placed_ms
    spoken = placement.source_ms - placement.trimmed_ms
    if spoken > cue_room + FIT_TOLERANCE_MS or placement.overflow_ms > 0:
        return BORROW
    if placement.trimmed_ms > 0 and placement.source_ms > cue_room + FIT_TOLERANCE_MS:
        return TRIM
    return NONE


def ladder_for(cues: Sequence[Cue], placements: Sequence[Placement], settings: RenderSettings, tariff: Tariff,
               max_stretch: float, is_cached: Callable[[str], bool],
               native: Collection[int] = ()) -> list[LadderVerdict]:
    """Every placed line's verdict, in the order of placements (1-based lines, as in the SRT).

    native: the lines whose clip was rendered natively faster already. A line left
    stretched or overflowing gets the provider's native speed on offer when it has one (the offer
    never pays: whoever shows it asks first).
    """
    verdicts = []
    for placement in placements:
        cue = cues[placement.index - 1]
        step = step_used(placement, native_speed=placement.index in native, alt_text=cue.alt_text is not None)
        offer = None
        if step in (STRETCH, BORROW) and (placement.speed > 1.0 or placement.overflow_ms > 0):
            found = offer_for(cue, placement, settings, tariff, max_stretch, is_cached)
            if found is not None:
                offer = LadderOffer(NATIVE_SPEED, found.cost, found.speed, found.predicted_overflow_ms,
                                    found.predicted_stretch)
        speed = round(placement.speed, 4)
        verdicts.append(LadderVerdict(placement.index, step, speed, placement.overflow_ms, offer))
    return verdicts
