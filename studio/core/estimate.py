"""The cost of a job before it runs: per line, in total, and what the balance would be after.

A line whose clip is already in the cache costs nothing: the estimate asks `is_cached(key)` for every
line, so "lines to render" and the total are what this render would really spend.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from studio.core.clip_spec import ClipSpec, RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue

IsCached = Callable[[str], bool]


def never_cached(key: str) -> bool:
    return False


@dataclass(frozen=True)
class LineCost:
    """One line of the estimate. `cost` is 0 when the clip is cached or there is nothing to say."""

    index: int            # 1-based cue number
    chars: int            # characters of the text that would be sent
    cost: float
    cached: bool
    spec: ClipSpec | None = None
    # An earlier line of the same job that needs the very same clip (a repeated "Oui."): rendered once.
    same_as: int | None = None

    @property
    def to_render(self) -> bool:
        return self.spec is not None and not self.cached and self.same_as is None

    def as_json(self) -> dict[str, Any]:
        return {"index": self.index, "chars": self.chars, "cost": self.cost, "cached": self.cached,
                "same_as": self.same_as}


def line_cost(index: int, spec: ClipSpec | None, tariff: Tariff, is_cached: IsCached = never_cached) -> LineCost:
    if spec is None:
        return LineCost(index, 0, 0.0, False, None)
    cached = is_cached(spec.key)
    return LineCost(index, spec.chars, 0.0 if cached else tariff.cost(spec), cached, spec)


@dataclass(frozen=True)
class Estimate:
    unit: str
    lines: list[LineCost]
    remaining: float | None = None  # balance now, when known
    # False: the provider's price for some line was missing or implausible; those lines are costed
    # at the most expensive plausible rate (never less than the list price), and shown as unknown.
    price_known: bool = True

    @property
    def total(self) -> float:
        return float(sum(line.cost for line in self.lines))

    @property
    def chars_to_render(self) -> int:
        return sum(line.chars for line in self.lines if line.to_render)

    @property
    def lines_cached(self) -> int:
        return sum(1 for line in self.lines if line.cached)

    @property
    def lines_to_render(self) -> int:
        return sum(1 for line in self.lines if line.to_render)

    @property
    def lines_repeated(self) -> int:
        return sum(1 for line in self.lines if line.same_as is not None)

    @property
    def lines_silent(self) -> int:
        return sum(1 for line in self.lines if line.spec is None)

    @property
    def remaining_after(self) -> float | None:
        return None if self.remaining is None else self.remaining - self.total

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "total": self.total, "lines_total": len(self.lines),
                "lines_cached": self.lines_cached, "lines_to_render": self.lines_to_render,
                "lines_silent": self.lines_silent,
                "lines_repeated": self.lines_repeated, "chars_to_render": self.chars_to_render,
                "remaining": self.remaining, "remaining_after": self.remaining_after,
                "price_known": self.price_known,
                "lines": [line.as_json() for line in self.lines]}


def estimate_cues(cues: Sequence[Cue], settings: RenderSettings, tariff: Tariff, *,
                  is_cached: IsCached = never_cached, remaining: float | None = None) -> Estimate:
    lines: list[LineCost] = []
    first_with: dict[str, int] = {}
    for i, cue in enumerate(cues):
        line = line_cost(i + 1, settings.spec_for(cue), tariff, is_cached)
        if line.to_render:
            earlier = first_with.setdefault(line.spec.key, line.index)
            if earlier != line.index:
                line = LineCost(line.index, line.chars, 0.0, False, line.spec, same_as=earlier)
        lines.append(line)
    known = all(tariff.price_known(line.spec) for line in lines if line.to_render)
    return Estimate(tariff.unit, lines, remaining, known)
