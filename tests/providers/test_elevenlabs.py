"""ElevenLabs provider against the emulator: synthesis, voices and slots, balance, estimates, usage."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest

from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest, Voice, VoiceSettings
from studio.providers.elevenlabs import ElevenLabsProvider
from tests.emulators.elevenlabs_state import EmuVoice

RACHEL = "21m00Tcm4TlvDq8ikWAM"
AMELIE, AMELIE_OWNER = "LibFrAmelie000000001", "owner-fr-1"
PREMIUM = "LibFrPremium00000002"   # library voice with rate 2.0
ALREADY = "LibEnAlready00000003"   # library voice already copied into My Voices


@pytest.fixture
def emu(elevenlabs_emulator):
    return elevenlabs_emulator


@pytest.fixture
def provider(emu):
    provider = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
    yield provider
    provider.close()


# -- synthesis -----------------------------------------------------------------------------------
def test_synthesis_sends_everything_and_reads_the_headers(emu, provider) -> None:
    request = SynthesisRequest("Un café, s'il vous plaît.", RACHEL, model="eleven_flash_v2_5",
                               settings=VoiceSettings(stability=0.4, speed=1.1), previous_text="Bonjour.",
                               next_text="Merci.", seed=42, text_normalization="off")
    result = provider.synthesize(request)
    sent = emu.calls("/v1/text-to-speech")[-1]
    assert sent.query == [("output_format", "mp3_44100_128")]
    assert sent.body == {"text": request.text, "model_id": "eleven_flash_v2_5",
                         "voice_settings": {"stability": 0.4, "speed": 1.1}, "previous_text": "Bonjour.",
                         "next_text": "Merci.", "seed": 42, "apply_text_normalization": "off"}
    assert result.audio[:3] == b"ID3" or result.audio[0] == 0xFF
    assert result.cost == 13  # ceil(25 × 0.5)
    assert emu.account.character_count == 13
    assert result.request_id and result.max_concurrency == 5 and result.current_concurrency == 1


@pytest.mark.parametrize(("audio_format", "rate", "sent", "actual"), [
    ("wav", None, "wav_24000", 24000),    # 24 kHz by default: 44.1 kHz WAV needs the Pro tier
    ("pcm", 16000, "pcm_16000", 16000),
    ("pcm", 20000, "pcm_22050", 22050),   # the nearest offered rate above the wish
    ("mp3", 22050, "mp3_22050_32", 22050),
])
def test_output_formats(emu, provider, audio_format, rate, sent, actual) -> None:
    result = provider.synthesize(SynthesisRequest("Hello there.", RACHEL, audio_format=audio_format,
                                                  sample_rate=rate))
    assert emu.calls("/v1/text-to-speech")[-1].query == [("output_format", sent)]
    assert result.sample_rate == actual and result.audio_format == audio_format
    if audio_format == "wav":
        assert result.audio[:4] == b"RIFF"
    if audio_format == "pcm":
        assert len(result.audio) % 2 == 0 and len(result.audio) > actual // 2


def test_m4a_and_empty_text_are_refused_before_any_request(emu, provider) -> None:
    for request in (SynthesisRequest("x", RACHEL, audio_format="m4a"), SynthesisRequest("  ", RACHEL)):
        with pytest.raises(ProviderError) as caught:
            provider.synthesize(request)
        assert caught.value.kind is ErrorKind.BAD_REQUEST
    assert emu.calls("/v1/text-to-speech") == []


def test_older_cost_header_name_is_read(emu, provider) -> None:
    emu.cost_header = "x-character-count"
    assert provider.synthesize(SynthesisRequest("abcd", RACHEL)).cost == 4


def test_real_failures_from_state(emu, provider) -> None:
    cases = [
        (SynthesisRequest("x" * 3001, RACHEL, model="eleven_v3"), ErrorKind.TEXT_TOO_LONG),
        (SynthesisRequest("x", "NoSuchVoice"), ErrorKind.VOICE_NOT_FOUND),
        (SynthesisRequest("x", RACHEL, audio_format="wav", sample_rate=44100), ErrorKind.PAID_PLAN),
    ]
    for request, kind in cases:
        with pytest.raises(ProviderError) as caught:
            provider.synthesize(request)
        assert caught.value.kind is kind
    assert emu.account.character_count == 0  # refusals cost nothing


def test_out_of_credits_and_overage(emu) -> None:
    emu.add_account("sk_small", character_limit=100, character_count=95)
    provider = ElevenLabsProvider("sk_small", base_url=emu.url)
    with pytest.raises(ProviderError) as caught:
        provider.synthesize(SynthesisRequest("Ten chars!", RACHEL))
    assert (caught.value.kind, caught.value.status, caught.value.code) == (ErrorKind.OUT_OF_CREDITS, 401,
                                                                            "quota_exceeded")
    assert "5 credits remaining" in str(caught.value) and caught.value.stops_job
    emu.add_account("sk_overage", character_limit=100, character_count=95, can_extend_character_limit=True,
                    max_credit_limit_extension="unlimited")
    over = ElevenLabsProvider("sk_overage", base_url=emu.url)
    assert over.synthesize(SynthesisRequest("Ten chars!", RACHEL)).cost == 10
    balance = over.balance()
    assert balance.remaining == 0 and balance.used == 105 and balance.overage_allowed is True


def test_concurrency_limit(emu) -> None:
    emu.add_account("sk_two", max_concurrency=2)
    emu.latency = 0.4
    provider = ElevenLabsProvider("sk_two", base_url=emu.url)
    outcomes: list[object] = []
    barrier = threading.Barrier(4)

    def run() -> None:
        barrier.wait()
        try:
            outcomes.append(provider.synthesize(SynthesisRequest("Bonjour.", RACHEL)))
        except ProviderError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    errors = [o for o in outcomes if isinstance(o, ProviderError)]
    done = [o for o in outcomes if not isinstance(o, ProviderError)]
    assert len(done) == 2 and len(errors) == 2
    assert all(e.kind is ErrorKind.RATE_LIMITED and e.code == "too_many_concurrent_requests" for e in errors)
    assert all(r.max_concurrency == 2 for r in done)


# -- voices and slots ----------------------------------------------------------------------------
def test_my_voices_are_tagged(provider) -> None:
    page = provider.voices()
    by_id = {v.id: v for v in page.voices}
    assert by_id[RACHEL].category == "premade" and not by_id[RACHEL].uses_slot_if_used
    assert by_id["MyClone000000000001"].in_my_voices and not by_id["MyClone000000000001"].library_copy
    copy = by_id[ALREADY]
    assert copy.library_copy and copy.public_owner_id == "owner-en-3" and not copy.uses_slot_if_used
    assert all(v.in_my_voices for v in page.voices)
    assert (page.voice_slots_used, page.voice_limit) == (2, 30)
    assert [v.id for v in provider.library_copies()] == [ALREADY]


def test_my_voices_pagination(emu, provider) -> None:
    for i in range(150):
        emu.account.voices[f"Clone{i:03d}"] = EmuVoice(f"Clone{i:03d}", f"Clone {i}")
    first = provider.voices()
    assert len(first.voices) == 100 and first.has_more and first.next_page
    second = provider.voices(page=first.next_page)
    assert len(second.voices) == 54 and not second.has_more
    assert len(provider.all_my_voices()) == 154
    assert all(("page_size", "100") in c.query for c in emu.calls("/v2/voices"))


def test_library_voices_say_which_take_a_slot(emu, provider) -> None:
    page = provider.voices(library=True)
    by_id = {v.id: v for v in page.voices}
    assert by_id[AMELIE].uses_slot_if_used and not by_id[AMELIE].in_my_voices
    assert by_id[AMELIE].public_owner_id == AMELIE_OWNER
    assert by_id[ALREADY].in_my_voices and not by_id[ALREADY].uses_slot_if_used
    assert by_id[PREMIUM].rate == 2.0
    french = provider.library_voices(language="fr", gender="male", accent="parisian",
                                     use_case="narrative_story")
    assert [v.id for v in french.voices] == [PREMIUM]
    paged = provider.library_voices(page_size=2)
    assert paged.has_more and paged.next_page == 1
    assert len(provider.library_voices(page=1, page_size=2).voices) == 2


def test_library_tagging_without_is_added_by_user(emu, provider) -> None:
    emu.omit_is_added_by_user = True  # optional in the spec: we then ask My Voices
    by_id = {v.id: v for v in provider.voices(library=True).voices}
    assert by_id[ALREADY].in_my_voices and by_id[AMELIE].uses_slot_if_used
    assert any(name == "voice_ids" for name, _ in emu.calls("/v2/voices")[-1].query)


def test_speaking_with_a_library_voice_takes_a_slot(emu, provider) -> None:
    """The reported behaviour the user asked about: it silently lands in My Voices."""
    assert provider.balance().voice_slots_used == 2
    provider.synthesize(SynthesisRequest("Bonjour.", AMELIE))
    assert emu.auto_added == [AMELIE]
    assert provider.balance().voice_slots_used == 3
    tagged = {v.id: v for v in provider.voices(library=True).voices}[AMELIE]
    assert tagged.in_my_voices and not tagged.uses_slot_if_used


def test_library_voice_with_slots_full(emu) -> None:
    emu.add_account("sk_full", voice_limit=2)
    provider = ElevenLabsProvider("sk_full", base_url=emu.url)
    with pytest.raises(ProviderError) as caught:
        provider.synthesize(SynthesisRequest("Bonjour.", AMELIE))
    assert (caught.value.kind, caught.value.code) == (ErrorKind.SLOTS_FULL, "voice_limit_reached")
    assert "(2 / 2)" in str(caught.value) and caught.value.stops_job
    assert emu.accounts["sk_full"].character_count == 0
    provider.synthesize(SynthesisRequest("Bonjour.", ALREADY))  # an added one still works


def test_free_tier_cannot_use_library_voices(emu) -> None:
    emu.add_account("sk_free", tier="free")
    with pytest.raises(ProviderError) as caught:
        ElevenLabsProvider("sk_free", base_url=emu.url).synthesize(SynthesisRequest("Salut.", AMELIE))
    assert (caught.value.kind, caught.value.code) == (ErrorKind.PAID_PLAN, "paid_plan_required")


def test_add_and_delete_library_voice(emu, provider) -> None:
    assert provider.add_library_voice(AMELIE_OWNER, AMELIE, "Amélie (FR)") == AMELIE
    assert emu.account.voices[AMELIE].name == "Amélie (FR)"
    assert provider.voices().voice_slots_used == 3  # the add invalidated the cached subscription
    # Adding again: ElevenLabs says voice_already_cloned, which is what the user wanted anyway.
    assert provider.add_library_voice(AMELIE_OWNER, AMELIE, "Amélie") == AMELIE
    provider.delete_voice(AMELIE)
    assert AMELIE not in emu.account.voices and provider.balance().voice_slots_used == 2
    with pytest.raises(ProviderError) as caught:
        provider.delete_voice("NoSuchVoice")
    assert caught.value.kind is ErrorKind.VOICE_NOT_FOUND


# -- balance -------------------------------------------------------------------------------------
def test_balance(emu, provider) -> None:
    emu.account.character_count = 17231
    balance = provider.balance()
    assert (balance.unit, balance.limit, balance.used, balance.remaining) == ("credits", 100000, 17231, 82769)
    assert balance.resets_at == datetime.fromtimestamp(emu.account.next_reset_unix, tz=timezone.utc)
    assert balance.resets_at.tzinfo is not None and balance.tier == "creator"
    assert balance.overage_allowed is False and balance.as_json()["resets_at"].endswith("+00:00")


@pytest.mark.parametrize(("can_extend", "extension", "allowed"), [
    (False, 10000, False), (True, 0, False), (True, 5000, True), (True, "unlimited", True)])
def test_overage_flag(emu, can_extend, extension, allowed) -> None:
    emu.add_account("sk_o", can_extend_character_limit=can_extend, max_credit_limit_extension=extension)
    assert ElevenLabsProvider("sk_o", base_url=emu.url).balance().overage_allowed is allowed


# -- models and estimates ------------------------------------------------------------------------
def test_estimates_follow_model_multipliers_and_voice_rates(emu, provider) -> None:
    text = "Dix lettres"  # 11 characters
    assert provider.estimate(text) == 11
    # Billed in whole credits per request, rounded up: 5.5 → 6, 4.4 → 5.
    assert provider.estimate(text, model="eleven_flash_v2_5") == 6
    assert provider.estimate(text, model="eleven_turbo_v2_5") == 5
    premium = next(v for v in provider.voices(library=True).voices if v.id == PREMIUM)
    assert provider.estimate(text, voice=premium) == 22
    # The owner's own sharing rate is what others pay, not them.
    own = Voice(id="x", name="mine", category="cloned", rate=3.0)
    assert provider.estimate(text, voice=own) == 11
    assert provider.estimate(text, model="eleven_unknown") == 11  # unknown: never under-estimate
    assert len(emu.calls("/v1/models")) == 1  # cached per provider
    # The bill agrees with the estimate (the emulator bills whole credits).
    assert provider.synthesize(SynthesisRequest(text, PREMIUM)).cost == 22
    assert provider.model("eleven_v3").max_text_length == 3000


def test_estimates_survive_a_models_failure(emu, provider) -> None:
    emu.inject("internal_error", path="/v1/models")
    assert provider.estimate("abcd", model="eleven_flash_v2_5") == 2  # built-in table
    assert provider.models()["eleven_multilingual_v2"].max_text_length == 10000
    assert len(emu.calls("/v1/models")) == 1  # the fallback is cached too, for a while


# -- usage ---------------------------------------------------------------------------------------
def _spent(emu) -> datetime:
    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    day0 = now.replace(hour=0) - timedelta(days=2)
    emu.account.spend(30, when=(day0 + timedelta(hours=3)).timestamp())
    emu.account.spend(12, when=(day0 + timedelta(days=1, hours=5)).timestamp())
    emu.account.spend(8, when=(day0 + timedelta(days=1, hours=6)).timestamp())
    return day0


def test_usage_from_analytics(emu, provider) -> None:
    day0 = _spent(emu)
    points = provider.usage(day0, day0 + timedelta(days=3) - timedelta(seconds=1), "day")
    assert [(p.at, p.credits) for p in points] == [(day0, 30.0), (day0 + timedelta(days=1), 20.0)]
    assert emu.calls("/v1/usage/character-stats") == []


def test_usage_falls_back_to_character_stats(emu, provider) -> None:
    day0 = _spent(emu)
    emu.analytics_available = False
    points = provider.usage(day0, day0 + timedelta(days=3) - timedelta(seconds=1), "day")
    assert [p.credits for p in points] == [30.0, 20.0, 0.0]
    assert points[1].at == day0 + timedelta(days=1) and len(emu.calls("/v1/usage/character-stats")) == 1


def test_usage_does_not_fall_back_on_a_refused_key(emu, provider) -> None:
    emu.inject("invalid_api_key", path="/v1/workspace")
    with pytest.raises(ProviderError) as caught:
        provider.usage(datetime(2026, 1, 1), datetime(2026, 1, 2))
    assert caught.value.kind is ErrorKind.AUTH and emu.calls("/v1/usage") == []
