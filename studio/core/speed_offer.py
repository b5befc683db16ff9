"""A paid alternative to speeding a clip up: render the line again at a faster speaking speed.

ffmpeg's atempo keeps the pitch but sounds processed past ~1.15×, and a line that overflows even at
the cap is audibly late. ElevenLabs and Narakeet can speak faster themselves (voice_settings.speed,
0.7-1.2; voice-speed), which sounds natural, but a new render costs credits (or seconds of audio).
So it is only offered, per line, with its price and what it should achieve, and only bought when the
user accepts (Render Lines Faster… in the window, `render --accept-offers`); never automatically.

The prediction assumes speech length scales with 1/speed. That is approximately what the provider
does, so the offer says "about"; the timeline after the re-render shows the real result.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from studio.core.assemble import Placement
from studio.core.clip_spec import SPEED_MAX, SPEED_MIN, SPEED_PROVIDERS, ClipSpec, RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue

_STEP = 0.01  # the speed the offer suggests is rounded up to this (the spin box's step)
# A provider's speed is not an exact time-scale: aim this much short of the room so "fits" holds.
_MARGIN = 1.03


@dataclass(frozen=True)
class SpeedOffer:
    """What re-rendering one line at `speed` should give, and what it costs."""

    line: int  # 1-based
    current_speed: float  # the speaking speed its clip was rendered at
    speed: float  # the speaking speed offered
    room_ms: int  # from where the clip is placed to the end of its slot
    spoken_ms: int  # the clip's speech now (silence trimmed), before any speed-up
    predicted_ms: int  # the speech at the new speed, before any speed-up
    predicted_stretch: float  # the atempo speed-up still needed afterwards (1.0: none)
    predicted_overflow_ms: int  # what would still not fit at the speed-up cap
    spec: ClipSpec  # the clip that would be rendered
    cost: float  # 0 when that clip is already in the cache
    cached: bool

    @property
    def fits(self) -> bool:
        return self.predicted_overflow_ms == 0


def wants_offer(placement: Placement) -> bool:
    """A line is worth offering for when it overflows its slot or needed an atempo speed-up."""
    return placement.overflow_ms > 0 or placement.speed > 1.0


def suggested_speed(current: float, spoken_ms: float, room_ms: float) -> float | None:
    """The slowest speaking speed that makes spoken_ms fit room_ms, within the provider's range.

    None when no faster speed is possible (already at the top of the range) or nothing is needed.
    """
    if spoken_ms <= 0 or current >= SPEED_MAX:
        return None
    if room_ms <= 0:
        return SPEED_MAX
    if spoken_ms <= room_ms:
        return None
    wanted = current * spoken_ms * _MARGIN / room_ms
    return min(SPEED_MAX, round(math.ceil(wanted / _STEP - 1e-9) * _STEP, 2))


def offer_for(cue: Cue, placement: Placement, settings: RenderSettings, tariff: Tariff, max_stretch: float,
              is_cached: Callable[[str], bool], speed: float | None = None) -> SpeedOffer | None:
    """The offer for this line at `speed` (default: the suggested one), or None when there is none.

    None when the provider has no speaking speed, the line has no clip, or no faster speed would help.
    """
    if settings.provider not in SPEED_PROVIDERS or cue.bad_timing:
        return None
    current = settings.speed_for(cue)
    spoken = max(0, placement.source_ms - placement.trimmed_ms)
    room = placement.start_ms + placement.slot_ms - placement.placed_ms
    if speed is None:
        speed = suggested_speed(current, spoken, room)
        if speed is None:
            return None
    speed = round(min(SPEED_MAX, max(SPEED_MIN, speed)), 2)
    spec = settings.spec_for(cue.with_speed(speed))
    if spec is None:
        return None
    predicted = spoken * current / speed
    stretch, overflow = 1.0, 0
    if predicted > room + 1:
        stretch = max_stretch if room <= 0 else min(max_stretch, predicted / room)
        overflow = max(0, math.ceil(predicted / stretch - room))
    cached = is_cached(spec.key)
    return SpeedOffer(line=placement.index, current_speed=current, speed=speed, room_ms=max(0, room),
                      spoken_ms=spoken, predicted_ms=round(predicted), predicted_stretch=round(stretch, 3),
                      predicted_overflow_ms=overflow, spec=spec, cost=0.0 if cached else tariff.cost(spec),
                      cached=cached)
