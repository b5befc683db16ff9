"""The voice guard against the ElevenLabs emulator: which voices would take a slot, and adds that only
ever happen for confirmed voices. The emulator's record of silent adds stays empty throughout."""

from __future__ import annotations

import pytest

from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest, Voice
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.offline import OfflineProvider
from studio.providers.voice_guard import (SlotCheck, check_voices, ensure_voices_added, message_for,
                                          paid_plan_message, remap, voice_limit_message, voices_needing_slots)

RACHEL = "21m00Tcm4TlvDq8ikWAM"
CLONE = "MyClone000000000001"
ALREADY = "LibEnAlready00000003"
AMELIE = "LibFrAmelie000000001"
PREMIUM = "LibFrPremium00000002"


@pytest.fixture
def emu(elevenlabs_emulator):
    yield elevenlabs_emulator
    assert elevenlabs_emulator.auto_added == []


@pytest.fixture
def provider(emu):
    provider = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
    yield provider
    provider.close()


def library(provider) -> list[Voice]:
    return provider.library_voices().voices


def test_pure_check_separates_mine_default_library_and_unknown() -> None:
    mine = [Voice(RACHEL, "Rachel", "premade"), Voice(CLONE, "Clone", "cloned")]
    shared = [Voice(AMELIE, "Amélie", "library", in_my_voices=False, uses_slot_if_used=True,
                    public_owner_id="o"),
              Voice(ALREADY, "Already", "library", in_my_voices=True, library_copy=True)]
    check = voices_needing_slots([RACHEL, AMELIE, CLONE, "Nobody", AMELIE, ALREADY, ""], mine, library=shared,
                                 voice_slots_used=9, voice_limit=10)
    assert [v.id for v in check.to_add] == [AMELIE] and check.unknown == ("Nobody",)
    assert check.slots_needed == 2 and check.slots_free == 1 and check.enough_slots is False
    assert not check.ok and "Amélie, Nobody" in check.message() and "9 of 10 used" in check.message()
    assert "All your voice slots are used" in check.message()
    assert voices_needing_slots([RACHEL, CLONE], mine).ok
    assert SlotCheck().message() == "" and SlotCheck().enough_slots is None


def test_check_against_the_account(emu, provider) -> None:
    check = check_voices(provider, [RACHEL, CLONE, ALREADY, AMELIE, PREMIUM], library=library(provider))
    assert [v.id for v in check.to_add] == [AMELIE, PREMIUM] and check.unknown == ()
    assert (check.voice_slots_used, check.voice_limit, check.slots_free) == (2, 30, 28)
    assert check.enough_slots and not check.paid_plan_required
    assert emu.calls("/v1/voices/add") == [] and emu.calls("/v1/text-to-speech") == []
    assert check_voices(provider, [RACHEL, CLONE, ALREADY]).ok


def test_providers_without_slots_need_nothing() -> None:
    assert check_voices(OfflineProvider(), ["roa/fr", "anything"]).ok


def test_only_confirmed_voices_are_added(emu, provider) -> None:
    check = check_voices(provider, [AMELIE, PREMIUM], library=library(provider))
    outcome = ensure_voices_added(provider, check.to_add, confirmed={AMELIE})
    assert outcome.added == {AMELIE: AMELIE} and outcome.skipped == (PREMIUM,) and not outcome.all_added
    assert AMELIE in emu.account.voices and PREMIUM not in emu.account.voices
    assert len(emu.calls("/v1/voices/add")) == 1
    assert provider.balance().voice_slots_used == 3
    assert remap({0: AMELIE, 1: RACHEL}, outcome) == {0: AMELIE, 1: RACHEL}
    # Now Amélie is in My Voices: the guard lets it through; synthesis adds nothing silently.
    assert check_voices(provider, [AMELIE]).ok
    provider.synthesize(SynthesisRequest("Bonjour.", AMELIE))
    # Adding it again is idempotent (voice_already_cloned counts as done).
    again = ensure_voices_added(provider, check.to_add[:1], confirmed={AMELIE})
    assert again.added == {AMELIE: AMELIE} and again.all_added


def test_full_slots_stop_the_adds_with_their_message(emu, provider) -> None:
    emu.account.voice_limit = 3
    check = check_voices(provider, [AMELIE, PREMIUM], library=library(provider))
    assert check.enough_slots is False and check.slots_free == 1
    outcome = ensure_voices_added(provider, check.to_add, confirmed={AMELIE, PREMIUM})
    assert list(outcome.added) == [AMELIE]
    assert outcome.stopped is ErrorKind.SLOTS_FULL
    assert "All your voice slots are used" in outcome.failed[PREMIUM]
    assert PREMIUM not in emu.account.voices


def test_free_plan_is_reported_before_any_request(emu) -> None:
    emu.add_account("sk_free_guard", tier="free", voice_limit=3)
    provider = ElevenLabsProvider("sk_free_guard", base_url=emu.url)
    check = check_voices(provider, [AMELIE], library=library(provider))
    assert check.paid_plan_required and check.message() == paid_plan_message()
    # The server's own answer maps to the same message.
    emu.inject("paid_plan_required", path="/v1/voices/add")
    outcome = ensure_voices_added(provider, check.to_add, confirmed={AMELIE})
    assert outcome.stopped is ErrorKind.PAID_PLAN and outcome.failed[AMELIE] == paid_plan_message()
    provider.close()


def test_voice_without_owner_cannot_be_added_blindly(emu, provider) -> None:
    stray = Voice("SomeId", "Stray", "library", in_my_voices=False, uses_slot_if_used=True)
    outcome = ensure_voices_added(provider, [stray], confirmed={"SomeId"})
    assert "pick it again" in outcome.failed["SomeId"] and emu.calls("/v1/voices/add") == []


def test_messages() -> None:
    assert voice_limit_message(10, 10) == ("All your voice slots are used (10 of 10 used): this needs a free "
                                           "voice slot. Remove a library voice you no longer need from My "
                                           "Voices, or pick a voice you already have.")
    assert "2 free voice slots" in voice_limit_message(None, None, 2)
    assert message_for(ProviderError(ErrorKind.SLOTS_FULL), 3, 3).startswith("All your voice slots are used (3")
    assert message_for(ProviderError(ErrorKind.PAID_PLAN)) == paid_plan_message()
    assert message_for(ProviderError(ErrorKind.NETWORK)) == str(ProviderError(ErrorKind.NETWORK))
