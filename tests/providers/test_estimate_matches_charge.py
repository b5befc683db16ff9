"""The estimate is what the provider charges: a 200-line French film, costed, then rendered on the emulators.

Nothing is patched: the estimate comes from the tariff the provider hands over (GET /v1/models), the
charge from the emulator's own account after real synthesis requests over loopback.
"""

from __future__ import annotations

import pytest

from studio.core.clip_spec import RenderSettings
from studio.core.estimate import estimate_cues
from studio.core.srt_file import parse_srt_bytes
from studio.providers.base import SynthesisRequest
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.narakeet import NarakeetProvider
from tests.french_film import french_srt
from tests.providers.narakeet_fixtures import GOOD_KEY, narakeet_emulator  # noqa: F401

RACHEL = "21m00Tcm4TlvDq8ikWAM"
PREMIUM = "LibFrPremium00000002"  # a library voice with a custom rate of 2.0


@pytest.fixture(scope="module")
def film():
    return parse_srt_bytes(french_srt(200).encode("utf-8"))


@pytest.mark.parametrize("model", ["eleven_multilingual_v2", "eleven_flash_v2_5", "eleven_turbo_v2_5",
                                   "eleven_v3"])
def test_elevenlabs_estimate_equals_the_charge_per_model(elevenlabs_emulator, film, model):
    emu = elevenlabs_emulator
    provider = ElevenLabsProvider(emu.account.key, base_url=emu.url)
    settings = RenderSettings(provider="elevenlabs", voice=RACHEL, model=model)
    estimate = estimate_cues(film.cues, settings, provider.tariff())
    assert estimate.lines_silent == 1  # the "♪ ♪" line says nothing
    assert estimate.lines_repeated >= 1  # a line said twice is rendered (and paid) once
    assert estimate.lines_to_render + estimate.lines_silent + estimate.lines_repeated == 200
    before = emu.account.character_count
    reported = 0.0
    for line in estimate.lines:
        if not line.to_render:
            assert line.cost == 0
            continue
        result = provider.synthesize(SynthesisRequest(line.spec.text, RACHEL, model=model))
        assert result.cost == line.cost, line.spec.text  # line by line, not only in total
        reported += result.cost
    charged = emu.account.character_count - before
    assert estimate.total == charged == reported
    assert estimate.total > 0


def test_library_voice_custom_rate_is_in_the_estimate(elevenlabs_emulator, film):
    emu = elevenlabs_emulator
    provider = ElevenLabsProvider(emu.account.key, base_url=emu.url)
    premium = next(v for v in provider.voices(library=True).voices if v.id == PREMIUM)
    settings = RenderSettings(provider="elevenlabs", voice=PREMIUM, model="eleven_flash_v2_5")
    estimate = estimate_cues(film.cues[:12], settings, provider.tariff([premium]))
    plain = estimate_cues(film.cues[:12], settings, provider.tariff())
    assert estimate.total > plain.total
    before = emu.account.character_count
    for line in estimate.lines:
        if line.to_render:
            provider.synthesize(SynthesisRequest(line.spec.text, PREMIUM, model="eleven_flash_v2_5"))
    assert emu.account.character_count - before == estimate.total


def test_cached_lines_cost_nothing(elevenlabs_emulator, film):
    provider = ElevenLabsProvider(elevenlabs_emulator.account.key, base_url=elevenlabs_emulator.url)
    settings = RenderSettings(provider="elevenlabs", voice=RACHEL)
    tariff = provider.tariff()
    full = estimate_cues(film.cues, settings, tariff)
    cached = {line.spec.key for line in full.lines[:50] if line.spec}
    partial = estimate_cues(film.cues, settings, tariff, is_cached=cached.__contains__, remaining=10_000)
    assert partial.lines_cached == sum(1 for line in full.lines if line.spec and line.spec.key in cached) >= 49
    assert partial.lines_to_render == full.lines_to_render - 49
    assert 0 < partial.total == sum(line.cost for line in full.lines[50:])
    assert partial.remaining_after == 10_000 - partial.total


def test_narakeet_estimate_converges_on_the_charge_once_calibrated(narakeet_emulator, film):
    emu = narakeet_emulator
    provider = NarakeetProvider(GOOD_KEY, base_url=emu.url)
    voice = next(v for v in provider.voices().voices if (v.language or "").startswith("fr"))
    settings = RenderSettings(provider="narakeet", voice=voice.id, audio_format="mp3")
    cues = film.cues[:40]
    # Rendering the first 10 lines calibrates the speaking rate (the provider does it per clip).
    untaught = estimate_cues(cues[10:], settings, provider.tariff([voice])).total
    for cue in cues[:10]:
        spec = settings.spec_for(cue)
        if spec is not None:
            provider.synthesize(SynthesisRequest(spec.text, voice.id, audio_format="mp3"))
    estimate = estimate_cues(cues[10:], settings, provider.tariff([voice]))
    before = emu.credits(GOOD_KEY)
    for line in estimate.lines:
        if line.to_render:
            provider.synthesize(SynthesisRequest(line.spec.text, voice.id, audio_format="mp3"))
    charged = before - emu.credits(GOOD_KEY)
    # Seconds are estimated from text, so not exact; rounding up per request is what makes it close.
    assert charged == pytest.approx(estimate.total, rel=0.05)
    assert abs(estimate.total - charged) < abs(untaught - charged)  # calibration helped
    assert all(line.cost >= 1 for line in estimate.lines if line.spec)
