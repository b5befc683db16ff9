"""The fit ladder in the render JSON: per line the rung used ("fit") and any paid rung on offer ("offer")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from studio.core.assemble import Placement
from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.fit_ladder import ladder_for


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
