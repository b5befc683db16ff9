"""The fit ladder in the CLI's JSON: per rendered line the rung used ("fit") and any paid rung on offer
("offer"); per estimated line the rung it should need ("fit_forecast"), before anything is paid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from studio.cli.common import say
from studio.core.assemble import Placement
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.fit_forecast import cached_speech, forecast_fit
from studio.core.fit_ladder import ladder_for
from studio.core.languages import lines_language


def report_fit(lines: list[dict[str, Any]], cues: Sequence[Cue], placements: Sequence[Placement],
               settings: RenderSettings, tariff: Tariff, max_speed: float,
               is_cached: Callable[[str], bool]) -> None:
    """Add "fit" to every placed line of the render JSON, and "offer" where a re-render would do better.

    An offer is only reported: nothing is paid for it here.
    """
    native = {line["index"] for line in lines if "native_speed" in line}
    placed = [p for p in placements if p.clip_ms]
    verdicts = ladder_for(cues, placed, settings, tariff, max_speed, is_cached, native)
    by_line = {verdict.line: verdict for verdict in verdicts}
    for line in lines:
        verdict = by_line.get(line["index"])
        if verdict is None:
            continue
        line["fit"] = verdict.step
        if verdict.offer is not None:
            line["offer"] = verdict.offer.as_json()


def add_forecast(out: dict[str, Any], cache_root: Path, cues: Sequence[Cue], settings: RenderSettings,
                 max_speed: float) -> list[int]:
    """Add "fit_forecast" to every line of the estimate JSON (null: nothing to say) and the count of
    lines that will not fit, from each voice's speaking rate calibrated on the clips already rendered.
    Returns those lines (1-based).

    No clip is decoded here: a clip's speech is read from its sidecar (recorded when it was rendered)
    or its decoded copy; a clip with neither counts by its whole length for its own line and teaches
    its voice nothing (decoding a large cache rendered without a dub took longer than the estimate)."""
    durations = learn = _no_duration
    if cache_root.exists():  # estimating must not create folders
        try:
            cache, spans = ClipCache.open(cache_root), {}
            durations = cached_speech(cache, spans, decode=False)
            learn = cached_speech(cache, spans, decode=False, whole=False)
        except OSError as err:
            say(f"warning: the clip cache {cache_root} cannot be read ({err}); the fit forecast uses default rates.")
    forecasts = forecast_fit(cues, settings, lines_language(cue.text for cue in cues), durations, max_speed,
                             learn_from=learn)
    for line, forecast in zip(out["lines"], forecasts):
        line["fit_forecast"] = None if forecast is None else forecast.as_json()
    wont_fit = [forecast.line for forecast in forecasts if forecast is not None and not forecast.fits]
    out["lines_wont_fit"] = len(wont_fit)
    return wont_fit


def _no_duration(key: str) -> None:
    return None
