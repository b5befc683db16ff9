"""A bad price never makes a job look cheap: implausible multipliers and voice rates are unknown,
costed at the most expensive plausible rate, and the spend guard never lets a non-number through."""

from __future__ import annotations

import math

import pytest

from studio.core.clip_spec import ClipSpec
from studio.core.cost import LIST_PRICE_PER_CHAR, MAX_PLAUSIBLE_VOICE_RATE, Tariff
from studio.core.spend_guard import Verdict, check_spend

BAD = [-1.0, 0, 0.0, math.nan, math.inf, -math.inf, 1e308, "1.0", None, True]
SPEC = ClipSpec("elevenlabs", "lib-voice", "x" * 100, "m")


@pytest.mark.parametrize("value", BAD)
def test_an_implausible_model_multiplier_costs_the_list_price(value):
    tariff = Tariff("elevenlabs", "credits", per_char={"m": value}, default_model="m")
    assert tariff.cost(SPEC) == 100 * LIST_PRICE_PER_CHAR
    assert not tariff.price_known(SPEC)


@pytest.mark.parametrize("value", [v for v in BAD if v is not None])
def test_an_implausible_voice_rate_assumes_the_cap(value):
    tariff = Tariff("elevenlabs", "credits", per_char={"m": 1.0}, default_model="m",
                    voice_rates={"lib-voice": value})
    assert tariff.cost(SPEC) == 100 * MAX_PLAUSIBLE_VOICE_RATE
    assert not tariff.price_known(SPEC)


def test_plausible_prices_are_believed():
    tariff = Tariff("elevenlabs", "credits", per_char={"m": 0.5}, default_model="m", voice_rates={"lib-voice": 2.0})
    assert tariff.cost(SPEC) == 100 and tariff.price_known(SPEC)


@pytest.mark.parametrize("cost", [math.nan, math.inf, -5.0])
def test_a_cost_that_is_no_number_is_never_ok(cost):
    check = check_spend(cost, unit="credits", remaining=1000.0)
    assert check.verdict is Verdict.CONFIRM_UNKNOWN and check.needs_confirmation


@pytest.mark.parametrize("remaining", [math.nan, math.inf, -10.0])
def test_a_balance_that_is_no_number_is_unknown(remaining):
    assert check_spend(50.0, unit="credits", remaining=remaining).verdict is Verdict.CONFIRM_UNKNOWN
