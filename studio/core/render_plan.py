"""The render plan: which lines need a clip, with what continuity context and at what estimated cost.

Planning reads only the document, the settings and the cache (no network), so the window can show the
plan, and the guards can judge it, before a single request is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import ClipSpec, RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue

# Providers that take the neighbours' text for continuity; for the others it is neither sent nor
# recorded, so the cache records exactly what the audio was made with.
CONTEXT_PROVIDERS = frozenset({"elevenlabs"})


# -- the plan --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlannedLine:
    index: int                 # 1-based cue number (as the estimate and the CLI's JSON)
    row: int                   # 0-based row in the document
    cue: Cue
    spec: ClipSpec
    previous_text: str | None  # continuity context to send (None: none, or context is off)
    next_text: str | None
    cost: float                # estimated; 0 for a line that reuses another line's clip
    # Index of an earlier planned line with the very same spec: its clip serves both, paid once.
    same_as: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"index": self.index, "voice": self.spec.voice, "chars": self.spec.chars,
                "cost": self.cost, "same_as": self.same_as, "key": self.spec.key}


@dataclass(frozen=True)
class RenderPlan:
    unit: str
    lines: list[PlannedLine]           # to render, in document order
    cached: list[int] = field(default_factory=list)      # indices whose clip is in the cache
    silent: list[int] = field(default_factory=list)      # nothing to speak, or no voice chosen
    unselected: list[int] = field(default_factory=list)  # left out by is_selected
    # Cached lines whose neighbours' text changed since their clip was made: their clip is still
    # right (context is not in the key) but the GUI marks them; `force` re-renders them on request.
    context_changed: list[int] = field(default_factory=list)

    @property
    def estimated_total(self) -> float:
        return float(sum(line.cost for line in self.lines))

    @property
    def requests(self) -> int:
        """Requests the plan needs (lines sharing a clip need one)."""
        return sum(1 for line in self.lines if line.same_as is None)

    @property
    def chars(self) -> int:
        return sum(line.spec.chars for line in self.lines if line.same_as is None)

    @property
    def voices(self) -> list[str]:
        """Voices the plan would use (for the "would take a voice slot" check before starting)."""
        return sorted({line.spec.voice for line in self.lines})

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "estimated_total": self.estimated_total, "requests": self.requests,
                "chars": self.chars, "voices": self.voices, "cached": list(self.cached),
                "silent": list(self.silent), "context_changed": list(self.context_changed),
                "lines": [line.as_json() for line in self.lines]}


def plan_render(cues: Sequence[Cue], settings: RenderSettings, cache: ClipCache, tariff: Tariff,
                is_selected: Callable[[int], bool] | None = None, *,
                force: Callable[[int], bool] | None = None) -> RenderPlan:
    """The lines that need a clip: something to speak, a voice, and no clip in the cache.

    is_selected(row) (0-based rows) limits the plan to some lines; force(row) renders a line again
    even though its clip is cached (the user asked, e.g. after its neighbours' context changed).
    Context is taken from the whole document, selected or not: the nearest speakable neighbour.
    """
    specs = [settings.spec_for(cue) for cue in cues]
    with_context = settings.context and settings.provider in CONTEXT_PROVIDERS
    previous, following = _neighbours(specs) if with_context else ([None] * len(specs),) * 2
    lines: list[PlannedLine] = []
    cached: list[int] = []
    silent: list[int] = []
    unselected: list[int] = []
    changed: list[int] = []
    first_with_key: dict[str, int] = {}
    for row, (cue, spec) in enumerate(zip(cues, specs)):
        index = row + 1
        if spec is None:
            silent.append(index)
            continue
        if is_selected is not None and not is_selected(row):
            unselected.append(index)
            continue
        forced = force is not None and force(row)
        if cache.contains(spec.key) and not forced:
            cached.append(index)
            if with_context:
                context = cache.context_of(spec.key)
                if context is not None and (context.previous_text, context.next_text) != (
                        previous[row], following[row]):
                    changed.append(index)
            continue
        leader = first_with_key.setdefault(spec.key, index)
        same_as = None if leader == index else leader
        cost = 0.0 if same_as is not None else tariff.cost(spec)
        lines.append(PlannedLine(index, row, cue, spec, previous[row], following[row], cost, same_as))
    return RenderPlan(tariff.unit, lines, cached, silent, unselected, changed)


def _neighbours(specs: Sequence[ClipSpec | None]) -> tuple[list[str | None], list[str | None]]:
    """For each row, the exact text of the nearest earlier and later line that is spoken."""
    previous: list[str | None] = []
    last: str | None = None
    for spec in specs:
        previous.append(last)
        if spec is not None:
            last = spec.text
    following: list[str | None] = [None] * len(specs)
    last = None
    for row in range(len(specs) - 1, -1, -1):
        following[row] = last
        if specs[row] is not None:
            last = specs[row].text  # type: ignore[union-attr]
    return previous, following
