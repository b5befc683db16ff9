"""The API key never leaves the provider's host: a 3xx naming another host is not followed with it.

A second loopback server on its own port (tests/emulators/recorder.py) plays the other host and
records every header it receives; the tests assert the key never reached it.
"""

from __future__ import annotations

import dataclasses

import pytest

from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.narakeet import NarakeetProvider
from tests.emulators.elevenlabs_faults import error
from tests.emulators.recorder import HeaderRecorder
from tests.providers.narakeet_fixtures import GOOD_KEY
from tests.providers.narakeet_fixtures import narakeet_emulator  # noqa: F401

RACHEL = "21m00Tcm4TlvDq8ikWAM"


@pytest.fixture
def elsewhere():
    with HeaderRecorder() as recorder:
        yield recorder


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize(("path", "call"), [
    ("/v1/user/subscription", lambda p: p.balance()),
    ("/v2/voices", lambda p: p.voices()),
    ("/v1/models", lambda p: p._json("GET", "/v1/models")),
    ("/v1/text-to-speech", lambda p: p.synthesize(SynthesisRequest("Bonjour.", RACHEL))),
])
def test_elevenlabs_does_not_follow_a_redirect_with_its_key(elevenlabs_emulator, elsewhere, status, path,
                                                            call) -> None:
    provider = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url)
    elevenlabs_emulator.inject(error(status, None, Location=f"{elsewhere.url}{path}/stolen"), path=path)
    with pytest.raises(ProviderError) as caught:
        call(provider)
    assert caught.value.kind is ErrorKind.BAD_RESPONSE and caught.value.status == status
    assert "redirect" in str(caught.value) and elevenlabs_emulator.key not in str(caught.value)
    assert elsewhere.seen == [] and not elsewhere.holds(elevenlabs_emulator.key)
    provider.close()


def test_narakeet_does_not_follow_a_redirect_to_another_host(narakeet_emulator, elsewhere) -> None:
    provider = NarakeetProvider(GOOD_KEY, base_url=narakeet_emulator.url)
    for path, call in (("/account/credits", provider.balance), ("/voices", provider.voices),
                       ("/text-to-speech", lambda: provider.synthesize(SynthesisRequest("Salut.", "alain")))):
        narakeet_emulator.inject("redirect", path=path, location=f"{elsewhere.url}/stolen")
        with pytest.raises(ProviderError) as caught:
            call()
        assert caught.value.kind is ErrorKind.BAD_RESPONSE and caught.value.status == 302
    assert elsewhere.seen == [] and not elsewhere.holds(GOOD_KEY)
    provider.close()


def test_narakeet_storage_links_may_redirect_because_they_carry_no_key(narakeet_emulator, elsewhere) -> None:
    # Pre-signed status/result links are fetched by a session without the key: a redirect there is fine.
    provider = NarakeetProvider(GOOD_KEY, base_url=narakeet_emulator.url, poll_interval=0.02)
    narakeet_emulator.inject("redirect", path="/storage/", location=f"{elsewhere.url}/status")
    result = provider.synthesize(SynthesisRequest("Salut.", "alain", audio_format="wav"))
    assert result.audio and [s.path for s in elsewhere.seen] == ["/status"]
    assert "x-api-key" not in elsewhere.seen[0].headers and not elsewhere.holds(GOOD_KEY)
    provider.close()


def test_voice_preview_download_never_carries_the_key(elevenlabs_emulator, tmp_path) -> None:
    # The preview_url of a listed voice points to a CDN: fetch it (there, a recorder) the app's way.
    from studio.gui.voices.voice_preview import download_preview
    provider = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url)
    voice = provider.voices().voices[0]
    assert voice.preview_url and voice.preview_url.startswith("https://")
    with HeaderRecorder(body=b"ID3 sample", content_type="audio/mpeg") as cdn:
        local = dataclasses.replace(voice, preview_url=cdn.url + "/preview/" + voice.id + ".mp3")
        path = download_preview(local.preview_url, tmp_path / "sample.mp3")
        assert path.read_bytes() == b"ID3 sample"
        assert len(cdn.seen) == 1 and not cdn.holds(elevenlabs_emulator.key)
        assert not any(name in cdn.seen[0].headers for name in ("xi-api-key", "authorization"))
    provider.close()
