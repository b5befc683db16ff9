"""Per-line costs of a document and their totals, kept up to date edit by edit.

The table recosts one line per keystroke, so totals are adjusted, never recounted: each clip key holds
how many lines need it, and a clip is paid once however many lines say the same thing. An edit costs
one spec, one hash and one dict update, whatever the length of the film.

A sheet can also be reset lazily (`reset(..., lazy=True)`), so that a long film is shown before all its
lines are costed: a line is then costed when first read, `fill()` costs the rest a slice at a time,
and `totals()` completes the sheet first. Edits made meanwhile are exact all the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studio.core.clip_spec import RenderSettings
from studio.core.cost import FREE, Tariff
from studio.core.cues import Cue
from studio.core.estimate import IsCached, LineCost, line_cost, never_cached


@dataclass(frozen=True)
class Totals:
    cost: float = 0.0
    chars: int = 0            # characters that would be sent (lines to render)
    lines_to_render: int = 0  # distinct clips to render
    lines_cached: int = 0     # lines whose clip is already rendered
    lines_silent: int = 0     # lines with nothing to say (or no voice)
    # Clips to render whose price the provider's answer left missing or implausible: costed at the
    # most expensive plausible rate, and shown as unknown.
    prices_unknown: int = 0
    # Lines to render whose clip is the same as another's (same text, voice and settings): rendered
    # once, the others reuse it. lines_to_render counts the clips, so the window says both.
    lines_reusing: int = 0


class CostSheet:
    """The cost of every line under one tariff, settings and cache."""

    def __init__(self, settings: RenderSettings | None = None, tariff: Tariff = FREE,
                 is_cached: IsCached = never_cached) -> None:
        self.settings = settings or RenderSettings()
        self.tariff = tariff
        self.is_cached = is_cached
        self._lines: list[LineCost | None] = []  # None: not costed yet (a lazy reset)
        self._cues: list[Cue] = []  # the cues of the lines not costed yet, kept in step with the edits
        self._todo = 0  # lines not costed yet
        self._next = 0  # where fill() looks next
        # Clips still to render: key -> [lines needing it, its cost, its chars, price unknown (0/1)].
        self._pending: dict[str, list] = {}
        self._cost = 0.0
        self._chars = 0
        self._cached = 0
        self._silent = 0
        self._unknown = 0
        self._waiting = 0  # lines to render, clips shared or not

    # --- building ------------------------------------------------------------------------------

    def reset(self, cues: Sequence[Cue], *, settings: RenderSettings | None = None, tariff: Tariff | None = None,
              is_cached: IsCached | None = None, lazy: bool = False) -> None:
        """Recost everything (a new document, provider, voice, model or tariff); lazy: later (see above)."""
        if settings is not None:
            self.settings = settings
        if tariff is not None:
            self.tariff = tariff
        if is_cached is not None:
            self.is_cached = is_cached
        self._lines = []
        self._pending.clear()
        self._cost, self._chars, self._cached, self._silent, self._unknown = 0.0, 0, 0, 0, 0
        self._waiting = 0
        self._cues, self._todo, self._next = [], 0, 0
        if lazy:
            self._cues = list(cues)
            self._lines = [None] * len(cues)
            self._todo = len(cues)
            return
        for cue in cues:
            line = self._cost_of(cue)
            self._lines.append(line)
            self._add(line)

    def _cost_of(self, cue: Cue) -> LineCost:
        return line_cost(0, self.settings.spec_for(cue), self.tariff, self.is_cached)

    # --- the two edit primitives, mirroring Document ----------------------------------------------

    def update(self, row: int, cue: Cue) -> LineCost:
        """Recost one line after an edit (or while it is being typed); return its new cost."""
        line = self._cost_of(cue)
        self._remove(self._lines[row])
        self._lines[row] = line
        self._add(line)
        if self._todo:
            self._cues[row] = cue
        elif self._cues:
            self._cues = []
        return line

    def replace(self, row: int, count: int, cues: Sequence[Cue]) -> None:
        for line in self._lines[row:row + count]:
            self._remove(line)
        new = [self._cost_of(cue) for cue in cues]
        self._lines[row:row + count] = new
        for line in new:
            self._add(line)
        if self._todo:
            self._cues[row:row + count] = cues

    # --- lazy costing --------------------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """Every line is costed (always, unless a lazy reset is still being filled)."""
        return self._todo == 0

    def fill(self, budget: int = 500) -> bool:
        """Cost up to budget lines not costed yet; return True when the sheet is complete."""
        lines = self._lines
        while self._todo and budget > 0:
            if self._next >= len(lines):
                self._next = 0  # an edit above may have left one behind
            if lines[self._next] is None:
                self._cost_line(self._next)
                budget -= 1
            self._next += 1
        if not self._todo:
            self._cues = []
        return not self._todo

    def _cost_line(self, row: int) -> LineCost:
        line = self._cost_of(self._cues[row])
        self._lines[row] = line
        self._todo -= 1
        self._add(line)
        return line

    def refresh_cached(self, cues: Sequence[Cue], keys: Iterable[str] | None = None) -> list[int]:
        """Re-ask the cache for lines whose clip may have appeared or gone; return the rows that changed."""
        wanted = set(keys) if keys is not None else None
        changed = []
        for row, line in enumerate(self._lines):
            if line is None or line.spec is None or (wanted is not None and line.spec.key not in wanted):
                continue
            if self.is_cached(line.spec.key) != line.cached:
                self.update(row, cues[row])
                changed.append(row)
        return changed

    # --- reading -------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._lines)

    def line(self, row: int) -> LineCost:
        line = self._lines[row]
        return line if line is not None else self._cost_line(row)

    def costed_line(self, row: int) -> LineCost | None:
        """The row's cost when it is known already (None: a lazy sheet has not costed it yet): for a
        pass over every row that must not cost a long film on the spot."""
        return self._lines[row]

    @property
    def unit(self) -> str:
        return self.tariff.unit

    def totals(self) -> Totals:
        self.fill(len(self._lines))
        return Totals(self._cost, self._chars, len(self._pending), self._cached, self._silent, self._unknown,
                      self._waiting - len(self._pending))

    def totals_of(self, rows: Iterable[int]) -> Totals:
        """Totals of some lines (the selection): O(selected lines); a clip shared by two is paid once."""
        seen: set[str] = set()
        cost, chars, cached, silent, unknown, waiting = 0.0, 0, 0, 0, 0, 0
        for row in rows:
            line = self.line(row)
            if line.spec is None:
                silent += 1
            elif line.cached:
                cached += 1
            else:
                waiting += 1
                if line.spec.key in seen:
                    continue
                seen.add(line.spec.key)
                cost += line.cost
                chars += line.chars
                unknown += not self.tariff.price_known(line.spec)
        return Totals(cost, chars, len(seen), cached, silent, unknown, waiting - len(seen))

    # --- bookkeeping -------------------------------------------------------------------------------

    def _add(self, line: LineCost) -> None:
        if line.spec is None:
            self._silent += 1
        elif line.cached:
            self._cached += 1
        else:
            self._waiting += 1
            entry = self._pending.get(line.spec.key)
            if entry is None:
                unknown = int(not self.tariff.price_known(line.spec))
                self._pending[line.spec.key] = [1, line.cost, line.chars, unknown]
                self._cost += line.cost
                self._chars += line.chars
                self._unknown += unknown
            else:
                entry[0] += 1

    def _remove(self, line: LineCost | None) -> None:
        if line is None:
            self._todo -= 1  # never costed, never counted
            return
        if line.spec is None:
            self._silent -= 1
        elif line.cached:
            self._cached -= 1
        else:
            self._waiting -= 1
            entry = self._pending[line.spec.key]
            entry[0] -= 1
            if entry[0] == 0:
                del self._pending[line.spec.key]
                self._cost -= entry[1]
                self._chars -= entry[2]
                self._unknown -= entry[3]
