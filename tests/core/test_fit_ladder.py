"""The fit ladder on real speech (espeak-ng): each rung is used only when the cheaper ones fall short."""

from __future__ import annotations

import pytest

from studio.core.assemble import Placement, placement_of
from studio.core.audio_decode import Pcm
from studio.core.clip_spec import RenderSettings
from studio.core.cost import UNIT_CREDITS, Tariff
from studio.core.cues import Cue
from studio.core.fit import SAMPLES_PER_MS, TIMELINE_RATE, FitSettings, trim_silence
from studio.core.fit_plan import fit_timeline
from studio.core.fit_ladder import (BORROW, LADDER, NATIVE_SPEED, NONE, STRETCH, TRIM, ladder_for, step_used)
from studio.providers import espeak

TEXT = "Bonjour, je voudrais un billet pour Lyon, s'il vous plaît."
ELEVEN = RenderSettings(provider="elevenlabs", voice="v1", model="eleven_multilingual_v2")
TARIFF = Tariff("elevenlabs", UNIT_CREDITS, per_char={"eleven_multilingual_v2": 1.0})
PAD_MS = 400  # silence rendered around the speech, as providers leave some


@pytest.fixture(scope="module")
def speech() -> tuple[bytes, int]:
    """The line spoken by espeak-ng at 48 kHz with silence around it, and its speech's length in ms."""
    from studio.core.fit_plan import _timeline_samples
    spoken = _timeline_samples(Pcm(espeak.synthesize(TEXT, "roa/fr"), espeak.sample_rate(), 1), 0)
    pad = b"\0\0" * (PAD_MS * SAMPLES_PER_MS)
    samples = pad + spoken + pad
    first, end = trim_silence(samples, TIMELINE_RATE)
    return samples, round((end - first) / SAMPLES_PER_MS)


def verdict_for(speech: tuple[bytes, int], cue_ms: int, gap_ms: int, settings=ELEVEN, max_speed: float = 1.25):
    samples, _ = speech
    cues = [Cue(0, cue_ms, TEXT), Cue(cue_ms + gap_ms, cue_ms + gap_ms + 3000, "Merci.")]
    fitted = fit_timeline(cues, [samples, None], FitSettings(max_speed=max_speed))
    placements = [placement_of(clip) for clip in fitted][:1]
    return placements[0], ladder_for(cues, placements, settings, TARIFF, max_speed, lambda key: False)[0]


def test_a_cue_with_room_for_the_whole_clip_needs_no_fix(speech):
    samples, _ = speech
    placement, verdict = verdict_for(speech, len(samples) // 2 // SAMPLES_PER_MS + 200, 2000)
    assert verdict.step == NONE and verdict.speed == 1.0 and verdict.offer is None


def test_a_clip_that_fits_once_trimmed_is_trimmed_and_nothing_more(speech):
    _, spoken_ms = speech
    placement, verdict = verdict_for(speech, spoken_ms + 100, 0)  # the padding does not fit, the speech does
    assert placement.trimmed_ms > 0 and verdict.step == TRIM and verdict.speed == 1.0 and verdict.offer is None


def test_a_clip_longer_than_its_cue_borrows_the_gap_before_any_stretch(speech):
    _, spoken_ms = speech
    placement, verdict = verdict_for(speech, spoken_ms - 300, 800)
    assert verdict.step == BORROW and verdict.speed == 1.0 and verdict.overflow_ms == 0 and verdict.offer is None


def test_a_stretched_line_is_offered_the_providers_native_speed_with_its_price(speech):
    _, spoken_ms = speech
    placement, verdict = verdict_for(speech, round(spoken_ms / 1.15), 0)  # no gap: 15 % too long
    assert verdict.step == STRETCH and 1.1 < verdict.speed <= 1.25 and verdict.overflow_ms == 0
    offer = verdict.offer
    assert offer is not None and offer.step == NATIVE_SPEED
    assert 1.15 <= offer.speed <= 1.2 and offer.predicted_overflow_ms == 0
    assert offer.cost == len(TEXT)  # the whole line is paid again, whatever the speed
    assert offer.as_json()["step"] == "native_speed"


def test_past_the_cap_the_overflow_is_reported_and_the_offer_says_what_is_left(speech):
    _, spoken_ms = speech
    placement, verdict = verdict_for(speech, round(spoken_ms / 1.6), 0)
    assert verdict.step == STRETCH and verdict.speed == 1.25 and verdict.overflow_ms > 0
    # The provider's top speed (1.2) then atempo's cap: still too long, and the offer says so.
    assert verdict.offer.speed == 1.2 and verdict.offer.predicted_overflow_ms > 0


def test_a_provider_without_a_speed_setting_offers_nothing(speech):
    _, spoken_ms = speech
    offline = RenderSettings(provider="offline", voice="roa/fr", audio_format="wav")
    _, verdict = verdict_for(speech, round(spoken_ms / 1.15), 0, settings=offline)
    assert verdict.step == STRETCH and verdict.offer is None


def test_a_clip_rendered_natively_faster_that_fits_reports_native_speed_not_the_rungs_below():
    fitted = Placement(index=1, start_ms=0, end_ms=1000, slot_ms=1000, placed_ms=0, clip_ms=990, source_ms=1100,
                       speed=1.0, overflow_ms=0, trimmed_ms=110, policy="overlap")
    assert step_used(fitted) == TRIM
    assert step_used(fitted, native_speed=True) == NATIVE_SPEED
    stretched = Placement(**{**fitted.to_dict(), "speed": 1.05})
    assert step_used(stretched, native_speed=True) == STRETCH  # the ear hears the stretch
    assert LADDER.index(TRIM) < LADDER.index(BORROW) < LADDER.index(NATIVE_SPEED) < LADDER.index(STRETCH)
