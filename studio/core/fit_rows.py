"""Per line, what the window's Fit column shows: the forecast rung before rendering, the rung used after.

Worked out off the GUI thread in one pass over the film (forecast_fit is a pass over every line, and
the cache's sidecars are read from disk), then read by the table in O(1) per cell. Each row remembers
the clip key it was worked out for: a line edited since shows nothing until the next pass, rather
than the forecast of a text it no longer has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studio.core.assemble import Placement
from studio.core.clip_spec import ClipSpec, RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.fit_forecast import DurationOf, LineForecast, forecast_fit
from studio.core.fit_ladder import LadderVerdict, ladder_for
from studio.core.languages import lines_language
from studio.core.slots import SlotSettings


@dataclass(frozen=True)
class RowFit:
    """One line's forecast and, once its clip is placed, the rung the fit used (and any paid offer)."""

    key: str  # the clip key this was worked out for
    forecast: LineForecast | None
    verdict: LadderVerdict | None = None


@dataclass(frozen=True)
class FitRows:
    rows: Sequence[RowFit | None] = ()
    unit: str = "none"  # the tariff's unit, for an offer's price

    @property
    def wont_fit(self) -> list[int]:
        """The lines (1-based) the forecast says will not fit even stretched to the cap."""
        return [i for i, row in enumerate(self.rows, start=1)
                if row is not None and row.forecast is not None and not row.forecast.fits]

    @property
    def offers(self) -> list[LadderVerdict]:
        """The verdicts that carry a paid offer, in line order."""
        return [row.verdict for row in self.rows
                if row is not None and row.verdict is not None and row.verdict.offer is not None]

    def row(self, index: int) -> RowFit | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None


@dataclass(frozen=True)
class Built:
    """A timeline build: its placements, and the clip key of each line when it was built (by row)."""

    placements: Sequence[Placement]
    keys: Sequence[str | None]


def fit_rows(cues: Sequence[Cue], settings: RenderSettings, tariff: Tariff, duration_of: DurationOf,
             max_speed: float, slots: SlotSettings, is_cached: Callable[[str], bool],
             built: Built | None = None, specs: Sequence[ClipSpec | None] | None = None,
             learn_from: DurationOf | None = None) -> FitRows:
    """Every line's forecast, and the verdict of each line placed by `built` whose clip is still the same.

    specs: each cue's clip under settings, when the caller has them (the window's cost sheet does);
    learn_from: the clips' speech the voices are calibrated on (see forecast_fit)."""
    specs = specs if specs is not None else [settings.spec_for(cue) for cue in cues]
    language = lines_language(cue.text for cue in cues)
    forecasts = forecast_fit(cues, settings, language, duration_of, max_speed, slots, specs=specs,
                             learn_from=learn_from)
    verdicts = _verdicts(cues, specs, settings, tariff, max_speed, is_cached, built)
    rows = [None if spec is None else RowFit(spec.key, forecast, verdicts.get(index))
            for index, (spec, forecast) in enumerate(zip(specs, forecasts), start=1)]
    return FitRows(rows, tariff.unit)


def _verdicts(cues: Sequence[Cue], specs: Sequence[ClipSpec | None], settings: RenderSettings, tariff: Tariff,
              max_speed: float, is_cached: Callable[[str], bool], built: Built | None) -> dict[int, LadderVerdict]:
    if built is None:
        return {}
    current = {}
    for placement in built.placements:
        row = placement.index - 1
        if not placement.clip_ms or not 0 <= row < min(len(cues), len(built.keys)):
            continue
        spec = specs[row]
        if spec is not None and spec.key == built.keys[row]:  # the line is still the one that was placed
            current[placement.index] = placement
    # A line given its own faster speed (an accepted offer) was rendered natively faster.
    native = {i for i, cue in enumerate(cues, start=1) if cue.speed is not None and cue.speed > 1.0}
    verdicts = ladder_for(cues, list(current.values()), settings, tariff, max_speed, is_cached, native)
    return {verdict.line: verdict for verdict in verdicts}
