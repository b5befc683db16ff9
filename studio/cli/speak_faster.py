"""`render --accept-offers`: lines the fit would stretch, rendered again spoken faster by a paid voice.

ElevenLabs and Narakeet (their speed setting) cost the line again, so only with `--accept-offers`: the
offers the render JSON reports are bought in the same run, once each, their price checked by the spend
guard first and counted in the run's costs. (The offline natural voices speak faster for free, inside
build_track: studio.core.native_speed.)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

import studio.cli.inputs as cli_inputs
from studio.cli.common import EXIT_WRITE_FAILED, CliError, say
from studio.cli.job_run import render_lines
from studio.cli.jobs import read_balance
from studio.core.clip_cache import ClipCache, ClipCacheError
from studio.core.clip_spec import SPEED_PROVIDERS, RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.dub_pipeline import build_track
from studio.core.fit import FitSettings
from studio.core.render_job import FAILED
from studio.core.render_plan import plan_render
from studio.core.speed_offer import offer_for, wants_offer
from studio.core.spend_guard import check_spend


def speak_faster(args: argparse.Namespace, cues: Sequence[Cue], settings: RenderSettings, cache: ClipCache,
                 tariff: Tariff, provider, fit: FitSettings, out: dict[str, Any]) -> list[Cue]:  # noqa: ANN001
    """The cues to assemble: with --accept-offers a paid provider renders its offered lines faster.
    Lines so rendered carry "native_speed" in the JSON."""
    cues = list(cues)
    if getattr(args, "accept_offers", False) and args.provider in SPEED_PROVIDERS:
        return _accept_offers(args, cues, settings, cache, tariff, provider, fit, out)
    return cues


def _placements(args: argparse.Namespace, cues: Sequence[Cue], settings: RenderSettings, cache: ClipCache,
                fit: FitSettings) -> list:
    try:
        return build_track(cues, settings, cache, fit=fit, policies=cli_inputs.policies(args, len(cues)),
                           derived_limit_bytes=cli_inputs.derived_limit_bytes(args)).placements
    except ClipCacheError as err:
        raise CliError(str(err), EXIT_WRITE_FAILED, "write_failed") from None


def _accept_offers(args: argparse.Namespace, cues: list[Cue], settings: RenderSettings, cache: ClipCache,
                   tariff: Tariff, provider, fit: FitSettings, out: dict[str, Any]) -> list[Cue]:  # noqa: ANN001
    offers = {}
    for placement in _placements(args, cues, settings, cache, fit):
        if placement.clip_ms and wants_offer(placement):
            offer = offer_for(cues[placement.index - 1], placement, settings, tariff, args.max_speed, cache.contains)
            if offer is not None:
                offers[placement.index] = offer
    if not offers:
        return cues
    total = sum(offer.cost for offer in offers.values())
    balance = read_balance(provider)
    check = check_spend(total, unit=tariff.unit, remaining=balance.remaining if balance else None,
                        overage_allowed=balance.overage_allowed if balance else None)
    if check.refused or (check.needs_confirmation and not args.yes):
        # The lines are already paid once and the dub is worth writing: the offers stay offers.
        say(f"offers not accepted: {check.message()}")
        out["offers_refused"] = {"kind": check.verdict.value, "message": check.message()}
        return cues
    say(f"accepting {len(offers)} offer(s): rendering those lines again, spoken faster by the voice "
        f"({total:g} {tariff.unit})")
    changed = {index: offer.speed for index, offer in offers.items()}
    faster = [cue.with_speed(changed[i]) if i in changed else cue for i, cue in enumerate(cues, start=1)]
    return _rerender(args, cues, faster, changed, settings, cache, tariff, provider, out, paid=True,
                     balance=balance)


def _rerender(args: argparse.Namespace, before: list[Cue], faster: list[Cue], changed: dict[int, float],
              settings: RenderSettings, cache: ClipCache, tariff: Tariff, provider, out: dict[str, Any],  # noqa: ANN001
              *, paid: bool, balance=None) -> list[Cue]:  # noqa: ANN001
    """Render the changed lines (only those) and count them in the JSON; a line that fails keeps its
    first clip (stretched, as before)."""
    plan = plan_render(faster, settings, cache, tariff, _rows(changed))
    result = render_lines(plan, provider, cache, settings, args, balance, paid)
    out["requests"] += result.requests_sent
    if paid:
        out["cost_estimated"] += plan.estimated_total
        out["cost_actual"] = (out["cost_actual"] or 0.0) + (result.actual_total or 0.0)
        out["offers_accepted"] = len(changed)
    failed = {line.index for line in result.lines if line.status == FAILED}
    for line in out["lines"]:
        if line["index"] in changed and line["index"] not in failed:
            line["native_speed"] = changed[line["index"]]
    return [before[i - 1] if i in failed else cue for i, cue in enumerate(faster, start=1)]


def _rows(changed: dict[int, float]) -> Callable[[int], bool]:
    return lambda row: row + 1 in changed
