"""Speak faster instead of stretching: for an engine that sets its own speaking rate for free (the
natural offline voices: Piper's length scale), a line whose clip had to be time-stretched to fit is
rendered again at the speed that makes it fit, up to the same cap, and then placed as it is.

ffmpeg's atempo keeps the pitch but sounds processed past ~1.15x; a VITS voice asked to speak faster
shortens its phonemes and still sounds like speech. Paid providers are never re-rendered this way
(studio.core.speed_offer asks first, with the price).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from studio.core.assemble import Placement
from studio.core.cues import Cue

# A speaking speed is not an exact time-scale (pauses do not shrink, and a VITS voice draws its
# durations at random, about 2 % apart from one take to the next): aim a little past the stretch.
MARGIN = 1.05


def faster_cues(cues: Sequence[Cue], placements: Sequence[Placement], max_speed: float,
                can_speak_faster: Callable[[Cue], bool]) -> tuple[list[Cue], dict[int, float]]:
    """cues with `speed` set where the clip was stretched; and {1-based line: speed} for those lines."""
    stretched = {p.index: p.speed for p in placements if p.speed > 1.0}
    out: list[Cue] = []
    changed: dict[int, float] = {}
    for index, cue in enumerate(cues, start=1):
        speed = stretched.get(index)
        if speed is not None and cue.speed is None and can_speak_faster(cue):
            changed[index] = min(max_speed, round(speed * MARGIN, 2))
            cue = dataclasses.replace(cue, speed=changed[index])
        out.append(cue)
    return out, changed
