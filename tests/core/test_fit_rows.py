"""The Fit column's figures: a forecast per line, the rung used per placed line, only while it is the same line."""

from __future__ import annotations

import dataclasses

from studio.core.assemble import Placement
from studio.core.clip_spec import RenderSettings
from studio.core.cost import UNIT_CREDITS, Tariff
from studio.core.cues import Cue
from studio.core.fit_forecast import OVERFLOW
from studio.core.fit_ladder import NATIVE_SPEED, STRETCH
from studio.core.fit_rows import Built, fit_rows
from studio.core.slots import SlotSettings

ELEVEN = RenderSettings(provider="elevenlabs", voice="v1", model="eleven_multilingual_v2")
TARIFF = Tariff("elevenlabs", UNIT_CREDITS, per_char={"eleven_multilingual_v2": 1.0})
CUES = [Cue(0, 2000, "Une réplique un peu longue, hein."), Cue(2000, 2800, "x" * 60),
        Cue(3000, 6000, "[musique]"), Cue(6000, 9000, "Fin de la scène.")]


def stretched(index: int, cue: Cue) -> Placement:
    """A clip of 2.3 s squeezed into its 2 s cue (no pause after it to borrow)."""
    return Placement(index=index, start_ms=cue.start_ms, end_ms=cue.end_ms, slot_ms=cue.duration_ms,
                     placed_ms=cue.start_ms, clip_ms=cue.duration_ms, source_ms=2300, speed=1.15, overflow_ms=0,
                     trimmed_ms=0, policy="overlap")


def rows_for(cues, built=None):
    return fit_rows(cues, ELEVEN, TARIFF, lambda key: None, 1.25, SlotSettings(), lambda key: False, built)


def test_every_line_with_speech_is_forecast_and_the_lines_that_cannot_fit_are_counted():
    got = rows_for(CUES)
    assert got.rows[2] is None  # nothing to say
    assert got.rows[1].forecast.step == OVERFLOW and got.wont_fit == [2]
    assert all(row.verdict is None for row in got.rows if row is not None) and got.offers == []
    assert got.rows[0].key == ELEVEN.spec_for(CUES[0]).key and got.unit == "credits"


def test_a_placed_line_gets_its_rung_and_offer_until_its_text_changes():
    keys = [spec.key if spec else None for spec in map(ELEVEN.spec_for, CUES)]
    built = Built([stretched(1, CUES[0])], keys)
    verdict = rows_for(CUES, built).rows[0].verdict
    assert verdict.step == STRETCH and verdict.offer is not None and verdict.offer.step == NATIVE_SPEED
    assert verdict.offer.cost == len(CUES[0].text)
    assert rows_for(CUES, built).offers == [verdict]
    edited = [CUES[0].with_text("Plus court."), *CUES[1:]]
    assert rows_for(edited, built).rows[0].verdict is None  # placed from another text: not this line's rung
    sped = [dataclasses.replace(CUES[0], speed=1.15), *CUES[1:]]
    faster = Built([dataclasses.replace(stretched(1, sped[0]), speed=1.0, source_ms=2000)],
                   [ELEVEN.spec_for(sped[0]).key, *keys[1:]])
    assert rows_for(sped, faster).rows[0].verdict.step == NATIVE_SPEED  # an accepted offer: said faster
