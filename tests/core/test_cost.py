"""Clip keys, tariffs, estimates and the spend guard: the arithmetic users pay by."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studio.core.clip_spec import ClipSpec, RenderSettings, VoiceSetup
from studio.core.cost import FREE, Tariff
from studio.core.cues import Cue
from studio.core.estimate import estimate_cues
from studio.core.speaking_rate import SpeakingRates
from studio.core.spend_guard import Verdict, check_spend, format_amount, format_hms

EL = Tariff("elevenlabs", "credits", per_char={"m1": 1.0, "flash": 0.5}, default_model="m1",
            voice_rates={"lib": 1.1})


def cue(text: str, voice: str | None = None) -> Cue:
    return Cue(0, 1000, text, voice=voice)


def test_clip_key_covers_what_decides_the_audio_and_nothing_else():
    base = ClipSpec("elevenlabs", "v", "Bonjour", "m1", (("stability", 0.5),), "mp3", "auto")
    same = ClipSpec("elevenlabs", "v", "Bonjour", "m1", (("stability", 0.5),), "mp3", "auto")
    assert base.key == same.key and len(base.key) == 64
    for other in (ClipSpec("elevenlabs", "v", "Bonjour !", "m1", (("stability", 0.5),)),
                  ClipSpec("elevenlabs", "w", "Bonjour", "m1", (("stability", 0.5),)),
                  ClipSpec("elevenlabs", "v", "Bonjour", "m2", (("stability", 0.5),)),
                  ClipSpec("elevenlabs", "v", "Bonjour", "m1", (("stability", 0.6),)),
                  ClipSpec("elevenlabs", "v", "Bonjour", "m1", (("stability", 0.5),), "wav"),
                  ClipSpec("elevenlabs", "v", "Bonjour", "m1", (("stability", 0.5),), "mp3", "off"),
                  ClipSpec("narakeet", "v", "Bonjour", "m1", (("stability", 0.5),))):
        assert other.key != base.key


def test_spec_uses_the_speakable_text_and_the_voice_setup():
    settings = RenderSettings("elevenlabs", voice="v", model="m1",
                              voice_setups={"w": VoiceSetup.from_mapping("flash", {"speed": 1.1, "style": None})})
    spec = settings.spec_for(cue("<i>- Salut !</i>\n- Ça va ?"))
    assert spec.text == "Salut ! Ça va ?" and spec.voice == "v" and spec.model == "m1"
    own = settings.spec_for(cue("Oui.", voice="w"))
    assert own.voice == "w" and own.model == "flash" and own.settings == (("speed", 1.1),)
    assert settings.spec_for(cue("♪ ♪")) is None
    assert RenderSettings("elevenlabs").spec_for(cue("Oui.")) is None  # no voice chosen
    # Normalisation only exists on ElevenLabs: elsewhere it must not split the cache.
    assert RenderSettings("narakeet", voice="v", text_normalization="off").spec_for(cue("Oui.")).text_normalization \
        == "auto"


@pytest.mark.parametrize(("text", "model", "voice", "expected"), [
    ("Dix lettres", "m1", "v", 11), ("Dix lettres", "flash", "v", 6), ("0123456789", "m1", "lib", 11),
    ("Dix lettres", "unknown", "v", 11), ("", "m1", "v", 0)])
def test_elevenlabs_tariff(text, model, voice, expected):
    assert EL.cost(ClipSpec("elevenlabs", voice, text, model)) == expected


def test_seconds_tariff_rounds_up_per_request_and_follows_speed():
    rates = SpeakingRates({"fr": 10.0})
    tariff = Tariff("narakeet", "seconds", speaking=rates, voice_languages={"lea": "fr-FR"})
    assert tariff.cost(ClipSpec("narakeet", "lea", "x" * 21)) == 3      # 2.1 s → 3
    assert tariff.cost(ClipSpec("narakeet", "lea", "x" * 20)) == 2      # exactly 2 s
    assert tariff.cost(ClipSpec("narakeet", "lea", "x")) == 1           # a minimum of one second
    assert tariff.cost(ClipSpec("narakeet", "lea", "x" * 30, settings=(("speed", 1.5),))) == 2
    rates.calibrate("fr", 100, 20.0)  # the voice is slower than the table says
    assert tariff.cost(ClipSpec("narakeet", "lea", "x" * 20)) == 3


def test_free_tariff_and_estimate_totals():
    settings = RenderSettings("offline", voice="roa/fr")
    estimate = estimate_cues([cue("Oui."), cue("♪"), cue("Oui."), cue("Non.")], settings, FREE)
    assert (estimate.total, estimate.lines_to_render, estimate.lines_silent, estimate.lines_repeated) == (0, 2, 1, 1)
    assert estimate.lines[2].same_as == 1


@pytest.mark.parametrize(("cost", "remaining", "overage", "budget", "verdict"), [
    (100, 1000, False, None, Verdict.OK),
    (1000, 1000, False, None, Verdict.OK),            # exactly the balance: allowed
    (1001, 1000, False, None, Verdict.OVER_BALANCE),
    (1001, 1000, True, None, Verdict.CONFIRM_OVERAGE),
    (100, None, False, None, Verdict.CONFIRM_UNKNOWN),
    (600, 1000, False, 500, Verdict.OVER_BUDGET),
    (600, 1000, False, 0, Verdict.OK),               # 0 means no cap
    (0, 0, False, 1, Verdict.OK),                    # everything cached: nothing to spend
])
def test_spend_guard(cost, remaining, overage, budget, verdict):
    check = check_spend(cost, unit="credits", remaining=remaining, overage_allowed=overage, budget=budget)
    assert check.verdict is verdict
    assert check.allowed == (verdict is Verdict.OK)
    if verdict is Verdict.CONFIRM_OVERAGE:
        assert check.overage == 1 and "1 credits would be billed as overage" in check.message()
    if check.refused:
        assert "nothing was sent" in check.message()


def test_offline_is_never_guarded():
    assert check_spend(10**9, unit="none", remaining=None).allowed


def test_amounts():
    assert format_hms(0) == "0:00:00" and format_hms(3723) == "1:02:03" and format_hms(59.2) == "0:01:00"
    assert format_hms(timedelta(hours=30).total_seconds()) == "30:00:00"
    assert format_amount(82769, "credits") == "82,769 credits"
    assert format_amount(5.5, "credits") == "5.5 credits"
    assert format_amount(90, "seconds") == "0:01:30 of audio"
