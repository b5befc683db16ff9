"""The per-line "render it faster" offer: the speed it suggests, what it predicts, and its price."""

from __future__ import annotations

import json

from studio.core.assemble import placement_of
from studio.core.clip_spec import RenderSettings, VoiceSetup
from studio.core.cost import FREE, Tariff, UNIT_CREDITS
from studio.core.cues import Cue
from studio.core.fit import TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline
from studio.core.project import Project, apply_cue_speeds, cue_speeds_of, load_project, save_project
from studio.core.speed_offer import offer_for, suggested_speed, wants_offer

ELEVEN = RenderSettings(provider="elevenlabs", voice="v1", model="eleven_multilingual_v2")
TARIFF = Tariff("elevenlabs", UNIT_CREDITS, per_char={"eleven_multilingual_v2": 1.0})
NOTHING_CACHED = lambda key: False  # noqa: E731


def tone_ms(ms: int) -> bytes:
    frames = ms * TIMELINE_RATE // 1000
    return b"".join(((9000 if (i // 24) % 2 else -9000).to_bytes(2, "little", signed=True)) for i in range(frames))


def placed(cues: list[Cue], clip_ms: list[int], fit: FitSettings):
    fitted = fit_timeline(cues, [tone_ms(ms) for ms in clip_ms], fit)
    return [placement_of(clip) for clip in fitted]


def test_suggested_speed_is_the_slowest_that_fits_and_stays_in_range():
    assert suggested_speed(1.0, 2300, 2000) == 1.19  # 1.15, and 3 % to spare: the provider is not exact
    assert suggested_speed(1.1, 2200, 2000) == 1.2  # 1.25 is past the top: the top is offered
    assert suggested_speed(1.0, 1900, 2000) is None  # fits already
    assert suggested_speed(1.2, 3000, 2000) is None  # nothing faster exists
    assert suggested_speed(0.8, 2000, 2000) is None


def test_an_overflowing_line_gets_an_offer_that_predicts_a_fit_and_prices_the_text():
    fit = FitSettings(max_speed=1.0, trim=False)  # no atempo: the offer is the only way to fit
    cues = [Cue(0, 2000, "Une réplique bien trop longue pour sa place."), Cue(2000, 4000, "Suite.")]
    placement = placed(cues, [2300, 800], fit)[0]
    assert placement.overflow_ms > 0 and wants_offer(placement)
    offer = offer_for(cues[0], placement, ELEVEN, TARIFF, fit.max_speed, NOTHING_CACHED)
    assert offer is not None
    assert offer.current_speed == 1.0 and offer.speed == 1.19
    assert offer.predicted_ms == round(2300 / 1.19) and offer.fits
    assert offer.cost == len(cues[0].text)  # credits per character: the text is paid again, whatever the speed
    assert dict(offer.spec.settings)["speed"] == 1.19
    assert offer.spec.key != ELEVEN.spec_for(cues[0]).key  # a new clip, never the old one overwritten


def test_a_chosen_speed_that_is_not_enough_predicts_the_remaining_overflow():
    fit = FitSettings(max_speed=1.1, trim=False)
    cues = [Cue(0, 1000, "x" * 40), Cue(1000, 3000, "Suite.")]  # the next line leaves no gap to borrow
    placement = placed(cues, [2000, 500], fit)[0]
    offer = offer_for(cues[0], placement, ELEVEN, TARIFF, fit.max_speed, NOTHING_CACHED, speed=1.2)
    assert offer.room_ms == 1000 and offer.speed == 1.2 and not offer.fits
    # 2000 ms at 1.2 → 1667 ms of speech; atempo at its 1.1 cap → 1515 ms: 515 ms still over
    assert offer.predicted_ms == 1667 and offer.predicted_stretch == 1.1
    assert offer.predicted_overflow_ms == 516  # rounded up: never promise a fit that is not there


def test_no_offer_for_providers_without_speed_or_lines_that_fit():
    fit = FitSettings(trim=False)
    cue = Cue(0, 3000, "Court.")
    placement = placed([cue], [1000], fit)[0]
    assert not wants_offer(placement)
    assert offer_for(cue, placement, ELEVEN, TARIFF, fit.max_speed, NOTHING_CACHED) is None
    long = placed([cue], [5000], fit)[0]
    offline = RenderSettings(provider="offline", voice="roa/fr")
    assert offer_for(cue, long, offline, FREE, fit.max_speed, NOTHING_CACHED) is None


def test_the_voice_speed_is_the_starting_point_and_a_cached_result_is_free():
    setups = {"v1": VoiceSetup.from_mapping(None, {"speed": 1.1, "stability": 0.5})}
    settings = RenderSettings(provider="elevenlabs", voice="v1", model="eleven_multilingual_v2", voice_setups=setups)
    fit = FitSettings(max_speed=1.0, trim=False)
    cue = Cue(0, 2000, "Bonjour à tous.")
    placement = placed([cue, Cue(2000, 3000, "Oui.")], [2200, 500], fit)[0]
    cached_keys = {settings.spec_for(cue.with_speed(1.2)).key}
    offer = offer_for(cue, placement, settings, TARIFF, 1.0, cached_keys.__contains__)
    assert offer.current_speed == 1.1 and offer.speed == 1.2  # 1.1 × 2200 / 2000 × 1.03 = 1.25 → the top
    assert offer.cached and offer.cost == 0
    assert dict(offer.spec.settings) == {"speed": 1.2, "stability": 0.5}  # the voice's other settings kept


def test_line_speed_changes_the_elevenlabs_clip_but_not_other_providers():
    cue = Cue(0, 1000, "Salut.")
    assert ELEVEN.spec_for(cue.with_speed(1.1)).key != ELEVEN.spec_for(cue).key
    assert ELEVEN.speed_for(cue.with_speed(1.1)) == 1.1 and ELEVEN.speed_for(cue) == 1.0
    offline = RenderSettings(provider="offline", voice="roa/fr")
    assert offline.spec_for(cue.with_speed(1.1)).key == offline.spec_for(cue).key


def test_line_speeds_round_trip_in_the_project_and_bad_entries_are_dropped(tmp_path):
    cues = [Cue(0, 1000, "a"), Cue(1000, 2000, "b", speed=1.15), Cue(2000, 3000, "c")]
    assert cue_speeds_of(cues) == {2: 1.15}
    path = tmp_path / "p.dubproj"
    save_project(Project(cue_speeds=cue_speeds_of(cues)), path)
    assert load_project(path).cue_speeds == {2: 1.15}
    body = json.loads(path.read_text(encoding="utf-8"))
    body["cue_speeds"] = {"1": 1.1, "2": 3.0, "x": 1.1, "3": "fast", "4": True}
    path.write_text(json.dumps(body), encoding="utf-8")
    assert load_project(path).cue_speeds == {1: 1.1}
    fresh = [cue.with_speed(None) for cue in cues]
    apply_cue_speeds(fresh, {1: 1.1, 9: 1.2})
    assert [cue.speed for cue in fresh] == [1.1, None, None]
