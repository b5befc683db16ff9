"""Speak faster instead of stretching: for an engine that sets its own speaking rate for free (the
natural offline voices: Piper's length scale), a line whose clip had to be time-stretched to fit is
rendered again at the speed that makes it fit, up to the same cap, and then placed as it is.

ffmpeg's atempo keeps the pitch but sounds processed past ~1.15x; a VITS voice asked to speak faster
shortens its phonemes and still sounds like speech. Paid providers are never re-rendered this way
(studio.core.speed_offer asks first, with the price).

The CLI's `render -o` and the window's dub both get here through build_track(speak_faster=...), so a
line is fitted the same way whichever of them built the dub.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from studio.core.assemble import Placement
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.render_plan import RenderPlan, plan_render

# A speaking speed is not an exact time-scale (pauses do not shrink, and a VITS voice draws its
# durations at random, about 2 % apart from one take to the next): aim a little past the stretch.
MARGIN = 1.05

# A line already spoken faster that still needs more than this stretch is rendered once more, faster
# by what is left (a random take can come out longer than the one the speed was worked out from);
# below it, a stretch is inaudible and not worth a render.
RESIDUAL = 1.02

# Renders a plan's lines into the cache (blocking): the caller's job runner (its pool, its cancel).
RunPlan = Callable[[RenderPlan], object]


def faster_cues(cues: Sequence[Cue], placements: Sequence[Placement], max_speed: float,
                can_speak_faster: Callable[[Cue], bool],
                ours: Mapping[int, float] | None = None) -> tuple[list[Cue], dict[int, float]]:
    """cues with `speed` set where the clip was stretched; and {1-based line: speed} for those lines.

    ours: the lines this fit already spoke faster ({line: speed}); one of them still stretched past
    RESIDUAL is sped up further from its speed. A speed the user set on a line is never changed.
    """
    ours = ours or {}
    stretched = {p.index: p.speed for p in placements if p.speed > 1.0}
    out: list[Cue] = []
    changed: dict[int, float] = {}
    for index, cue in enumerate(cues, start=1):
        stretch = stretched.get(index)
        if stretch is not None and can_speak_faster(cue):
            if index in ours and cue.speed == ours[index]:
                new = min(max_speed, round(cue.speed * stretch * MARGIN, 2))
                if stretch > RESIDUAL and new > cue.speed:
                    changed[index] = new
            elif cue.speed is None:
                changed[index] = min(max_speed, round(stretch * MARGIN, 2))
        if index in changed:
            cue = dataclasses.replace(cue, speed=changed[index])
        out.append(cue)
    return out, changed


def render_faster(cues: Sequence[Cue], placements: Sequence[Placement], settings: RenderSettings,
                  cache: ClipCache, max_speed: float, run: RunPlan,
                  ours: Mapping[int, float] | None = None) -> tuple[list[Cue], dict[int, float]]:
    """Render again, spoken faster, the lines a natural voice would have to stretch; the cues to place
    and {1-based line: speed} of the lines now spoken faster.

    Only those lines are rendered (a line never rendered stays silent, as before). A line whose faster
    clip did not come (failed, cancelled) keeps its first clip: stretched, as before.
    """
    faster, changed = faster_cues(cues, placements, max_speed, settings.speaks_faster_natively, ours)
    if not changed:
        return list(cues), {}
    # NATIVE_SPEED_PROVIDERS are free: the plan's costs are nothing, whatever the tariff.
    plan = plan_render(faster, settings, cache, Tariff(settings.provider), lambda row: row + 1 in changed)
    if plan.lines:
        run(plan)
    spoken = {}
    for index, speed in changed.items():
        spec = settings.spec_for(faster[index - 1])
        if spec is not None and cache.contains(spec.key):
            spoken[index] = speed
    return [faster[i - 1] if i in spoken else cue for i, cue in enumerate(cues, start=1)], spoken
