"""Smooth the speaking rate across neighbouring lines: no jump from normal to fast and back.

When one line of a quick exchange must be sped up by 20 % and the lines around it are not, the ear
hears the voice lurch. A cap on the change of speed between neighbours spreads the speed-up: each
neighbour is sped up to at least the line's speed minus the cap, the next one minus twice the cap,
and so on, until the run of lines reaches normal speed. Speeds are only ever raised (a lower speed
would make a line overflow), never past what the fit allows.

Lines are neighbours when the pause between them is short enough to hear them as one exchange.
"""

from __future__ import annotations

from collections.abc import Sequence

# A pause longer than this separates two lines: a new speed after it is not heard as a jump.
NEIGHBOUR_GAP_MS = 1000


def smoothing_floors(speeds: Sequence[float | None], linked: Sequence[bool], max_step: float,
                     max_speed: float) -> list[float]:
    """The least speed each line must take so that neighbours differ by at most max_step.

    speeds: each line's speed as fitted, in time order (None: no audio, which breaks a run);
    linked[k]: lines k and k + 1 are neighbours. Returns 1.0 where nothing is imposed.
    """
    floors = [1.0] * len(speeds)
    if max_step <= 0:
        return floors
    need = [max(1.0, speed or 1.0) for speed in speeds]
    # Two sweeps of "at least my neighbour's speed minus the cap" give the tightest such floor.
    for k in range(1, len(need)):
        if linked[k - 1] and speeds[k] is not None and speeds[k - 1] is not None:
            need[k] = max(need[k], need[k - 1] - max_step)
    for k in range(len(need) - 2, -1, -1):
        if linked[k] and speeds[k] is not None and speeds[k + 1] is not None:
            need[k] = max(need[k], need[k + 1] - max_step)
    return [min(max_speed, round(n, 4)) if n > (s or 1.0) + 1e-4 else 1.0 for n, s in zip(need, speeds)]
