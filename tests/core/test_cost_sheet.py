"""The incremental cost sheet always agrees with a full recount, whatever the sequence of edits."""

from __future__ import annotations

import random

import pytest

from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cost_sheet import CostSheet, Totals
from studio.core.cues import Cue
from studio.core.estimate import estimate_cues

TARIFF = Tariff("elevenlabs", "credits", per_char={"m": 0.5}, default_model="m")
# Voice "w" is a library voice whose rate the answer gave as a negative number: its price is unknown.
LYING = Tariff("elevenlabs", "credits", per_char={"m": 0.5}, default_model="m", voice_rates={"w": -2.0})
SETTINGS = RenderSettings("elevenlabs", voice="v", model="m")
WORDS = ["Oui.", "Non.", "Bonjour !", "♪", "[rires]", "Ça va ?", "", "- A\n- B"]


def recount(cues, cached=frozenset(), tariff=TARIFF) -> Totals:
    estimate = estimate_cues(cues, SETTINGS, tariff, is_cached=cached.__contains__)
    unknown = sum(not tariff.price_known(line.spec) for line in estimate.lines if line.to_render)
    return Totals(estimate.total, estimate.chars_to_render, estimate.lines_to_render, estimate.lines_cached,
                  estimate.lines_silent, unknown, estimate.lines_repeated)


@pytest.mark.parametrize("tariff", [TARIFF, LYING], ids=["honest", "lying"])
def test_random_edits_match_a_full_recount(tariff):
    rng = random.Random(3)
    cues = [Cue(i * 1000, i * 1000 + 900, rng.choice(WORDS)) for i in range(60)]
    sheet = CostSheet(SETTINGS, tariff)
    sheet.reset(cues)
    assert sheet.totals() == recount(cues, tariff=tariff)
    for _ in range(500):
        action = rng.random()
        row = rng.randrange(len(cues))
        if action < 0.6:
            cues[row] = cues[row].with_text(rng.choice(WORDS) + rng.choice(["", " encore"]))
            sheet.update(row, cues[row])
        elif action < 0.8:
            new = [Cue(0, 500, rng.choice(WORDS)) for _ in range(rng.randrange(0, 3))]
            count = rng.randrange(0, 3)
            cues[row:row + count] = new
            sheet.replace(row, count, new)
        else:
            cues[row] = cues[row].with_voice(rng.choice([None, "w"]))
            sheet.update(row, cues[row])
        assert sheet.totals() == recount(cues, tariff=tariff)
    assert len(sheet) == len(cues)
    assert (sheet.totals().prices_unknown > 0) == (tariff is LYING)


def test_cache_refresh_and_selection_totals():
    cues = [Cue(0, 1, "Bonjour !"), Cue(0, 1, "Bonjour !"), Cue(0, 1, "Au revoir."), Cue(0, 1, "♪")]
    cached: set[str] = set()
    sheet = CostSheet(SETTINGS, TARIFF, cached.__contains__)
    sheet.reset(cues)
    assert sheet.totals() == Totals(10.0, 19, 2, 0, 1, lines_reusing=1)  # "Bonjour !" twice is paid once
    assert sheet.totals_of([0, 1]) == Totals(5.0, 9, 1, 0, 0, lines_reusing=1)
    assert sheet.totals_of([0, 2]) == Totals(10.0, 19, 2, 0, 0, lines_reusing=0)
    cached.add(sheet.line(0).spec.key)
    assert sheet.refresh_cached(cues) == [0, 1]
    assert sheet.totals() == recount(cues, frozenset(cached)) == Totals(5.0, 10, 1, 2, 1)


def test_a_lazy_sheet_edited_while_it_fills_ends_exact():
    """Issue 17 §8: a film opens before its lines are costed; lines read, edits and fill slices in any
    order end with the totals of a full recount, and totals() never answers half-counted."""
    rng = random.Random(17)
    cues = [Cue(i * 1000, i * 1000 + 900, rng.choice(WORDS)) for i in range(300)]
    cached = {next(SETTINGS.spec_for(c).key for c in cues if SETTINGS.spec_for(c) is not None)}
    sheet = CostSheet(SETTINGS, TARIFF, cached.__contains__)
    sheet.reset(cues, lazy=True)
    assert not sheet.complete and len(sheet) == 300
    assert sheet.line(7).chars == len(cues[7].text)  # a line is costed when shown
    steps = 0
    while not sheet.fill(7):
        steps += 1
        row = rng.randrange(len(cues))
        if rng.random() < 0.5:
            cues[row] = cues[row].with_text(rng.choice(WORDS) + " encore")
            sheet.update(row, cues[row])
        else:
            new = [Cue(0, 500, rng.choice(WORDS)) for _ in range(rng.randrange(0, 3))]
            count = rng.randrange(0, 3)
            cues[row:row + count] = new
            sheet.replace(row, count, new)
        sheet.refresh_cached(cues)  # lines not costed yet are skipped, not counted twice
    assert steps > 10 and sheet.complete and len(sheet) == len(cues)
    assert sheet.totals() == recount(cues, frozenset(cached))
    again = CostSheet(SETTINGS, TARIFF, cached.__contains__)
    again.reset(cues, lazy=True)
    assert again.totals() == recount(cues, frozenset(cached)) and again.complete  # totals() completes it
