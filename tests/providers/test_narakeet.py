"""NarakeetProvider against the emulator: real HTTP on loopback, real audio decoded and measured."""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from studio.core.audio_decode import decode_to_pcm
from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest, Voice, VoiceSettings
from studio.providers.narakeet import NarakeetProvider
from tests.emulators.narakeet import NarakeetEmulator
from tests.providers.narakeet_fixtures import GOOD_KEY, POOR_KEY, START_CREDITS
from tests.providers.narakeet_fixtures import narakeet_emulator  # noqa: F401

FRENCH = "Un café à cinq euros, s'il vous plaît."
# Codec padding of the emulator's piped mp3/m4a (see tests/core/test_audio_decode.py).
PADDING_S = 0.075


@pytest.fixture
def make(narakeet_emulator):
    providers = []

    def build(key: str = GOOD_KEY, **kwargs) -> NarakeetProvider:
        kwargs.setdefault("poll_interval", 0.02)
        kwargs.setdefault("timeout", (2.0, 5.0))
        provider = NarakeetProvider(key, base_url=narakeet_emulator.url, **kwargs)
        providers.append(provider)
        return provider

    yield build
    for provider in providers:
        provider.close()


def seconds_of(result) -> float:
    return decode_to_pcm(result.audio, result.audio_format, 22050).duration_ms / 1000


def fails(provider, request=None, **kwargs) -> ProviderError:
    with pytest.raises(ProviderError) as caught:
        provider.synthesize(request or SynthesisRequest(text=FRENCH, voice_id="alain", **kwargs))
    error = caught.value
    assert GOOD_KEY not in str(error) and GOOD_KEY not in repr(error.args)
    return error


# -- synthesis -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["mp3", "m4a"])
def test_short_text_streams_and_is_billed_in_whole_seconds(make, narakeet_emulator, fmt):
    provider = make()
    result = provider.synthesize(SynthesisRequest(text=FRENCH, voice_id="alain", audio_format=fmt))
    spoken = NarakeetEmulator.clip_seconds(FRENCH, 1.0)
    assert result.audio_format == fmt
    assert spoken - 0.005 <= seconds_of(result) <= spoken + PADDING_S
    assert result.cost == result.duration_s == math.ceil(spoken)
    assert narakeet_emulator.credits(GOOD_KEY) == START_CREDITS - math.ceil(spoken)
    sent = narakeet_emulator.requests_to("/text-to-speech")[-1]
    assert sent.path == f"/text-to-speech/{fmt}" and sent.query == {"voice": "alain"}
    assert sent.headers["accept"] == "application/octet-stream"
    assert sent.headers["content-type"] == "text/plain"
    assert sent.headers["x-api-key"] == GOOD_KEY
    assert sent.body == FRENCH.encode("utf-8")


def test_wav_goes_through_polling_and_storage_never_sees_the_key(make, narakeet_emulator):
    result = make().synthesize(SynthesisRequest(text=FRENCH, voice_id="brigitte", audio_format="wav"))
    spoken = NarakeetEmulator.clip_seconds(FRENCH, 1.0)
    assert result.audio_format == "wav" and abs(seconds_of(result) - spoken) < 0.002
    assert result.cost == math.ceil(spoken)
    post = narakeet_emulator.requests_to("/text-to-speech")[-1]
    assert post.headers.get("accept") != "application/octet-stream"
    storage = narakeet_emulator.requests_to("/storage/")
    # The first status document has no "finished" key: the client must keep polling.
    assert [r.path.rsplit("/", 1)[-1] for r in storage] == ["status", "status", "result.wav"]
    assert all("x-api-key" not in r.headers for r in storage) and narakeet_emulator.key_leaks == 0
    assert narakeet_emulator.credits(GOOD_KEY) == START_CREDITS - math.ceil(spoken)


def test_the_1_kb_limit_is_counted_in_utf8_bytes(make, narakeet_emulator):
    provider = make()
    exactly = "🎬" * 256                     # 256 characters, 1024 bytes: still streaming
    over = "🎬" * 256 + "a"                  # 257 characters, 1025 bytes: polling
    provider.synthesize(SynthesisRequest(text=exactly, voice_id="alain"))
    provider.synthesize(SynthesisRequest(text=over, voice_id="alain"))
    accepts = [r.headers.get("accept") for r in narakeet_emulator.requests_to("/text-to-speech")]
    assert accepts[0] == "application/octet-stream" and accepts[1] != "application/octet-stream"
    assert len(narakeet_emulator.requests_to("/storage/")) == 3


def test_speed_is_sent_as_voice_speed_and_shortens_the_clip(make, narakeet_emulator):
    provider = make()
    normal = provider.synthesize(SynthesisRequest(text=FRENCH, voice_id="alain"))
    fast = provider.synthesize(SynthesisRequest(text=FRENCH, voice_id="alain",
                                                settings=VoiceSettings(speed=1.2)))
    assert narakeet_emulator.requests_to("/text-to-speech")[-1].query["voice-speed"] == "1.2"
    assert seconds_of(fast) < seconds_of(normal) * 0.9


def test_concurrent_lines_are_all_billed(make, narakeet_emulator):
    provider = make()
    texts = [f"Ligne numéro {i}, dite par Alain." for i in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda t: provider.synthesize(SynthesisRequest(text=t, voice_id="alain")),
                                texts))
    assert narakeet_emulator.credits(GOOD_KEY) == START_CREDITS - sum(r.cost for r in results)


def test_format_and_empty_text_are_refused_before_any_request(make, narakeet_emulator):
    provider = make()
    assert fails(provider, SynthesisRequest(text=FRENCH, voice_id="alain", audio_format="pcm")).kind \
        is ErrorKind.BAD_REQUEST
    assert fails(provider, SynthesisRequest(text="  ", voice_id="alain")).kind is ErrorKind.BAD_REQUEST
    assert narakeet_emulator.log == []


# -- voices, balance, estimate ---------------------------------------------------------------------

def test_voices_are_listed_once_filtered_and_need_no_slot(make, narakeet_emulator):
    provider = make()
    everything = provider.voices().voices
    assert len(everything) == len(narakeet_emulator.voices)
    alain = next(v for v in everything if v.id == "alain")
    assert (alain.category, alain.language, alain.in_my_voices, alain.uses_slot_if_used) == \
        ("narakeet", "fr-FR", True, False)
    assert alain.labels["language"] == "French (Metropolitan)"
    assert {v.id for v in provider.voices(language="fr").voices} == {"alain", "brigitte", "antoine", "ariane"}
    assert {v.id for v in provider.voices(language="en-GB").voices} == {"amy", "brian", "aileen"}
    assert [v.id for v in provider.voices(search="scottish").voices] == ["aileen"]
    assert provider.voices(library=True).voices == []
    assert len(narakeet_emulator.requests_to("/voices")) == 1  # cached per instance


def test_balance_reads_credit_seconds_and_follows_spending(make, narakeet_emulator):
    provider = make()
    balance = provider.balance()
    assert (balance.provider, balance.unit, balance.remaining) == ("narakeet", "seconds", START_CREDITS)
    assert balance.limit is None and balance.resets_at is None
    result = provider.synthesize(SynthesisRequest(text=FRENCH, voice_id="alain"))
    assert provider.balance().remaining == START_CREDITS - result.cost


def test_estimate_rounds_up_per_request_and_learns_from_clips(make):
    provider = make()
    french = Voice(id="alain", name="Alain", category="narakeet", language="fr-FR")
    english = Voice(id="amy", name="Amy", category="narakeet", language="en-GB")
    assert provider.estimate("", voice=french) == 0.0
    assert provider.estimate("Oui.", voice=french) == 1.0                # never less than a second
    assert provider.estimate("a" * 28, voice=french) == 2.0              # 28 / 14 = 2 exactly
    assert provider.estimate("a" * 29, voice=french) == 3.0              # 2.07 → 3
    assert provider.estimate("a" * 30, voice=english) == 2.0             # 15 chars/s
    assert provider.estimate("a" * 29) == 3.0                            # default 14 chars/s
    for _ in range(20):  # this voice really speaks 7 characters a second
        provider.calibrate("fr-FR", 70, 10.0)
    # A running average in which the table's 14 counts as PRIOR_WEIGHT (3) clips.
    assert provider.rates.rate("fr-CA") == pytest.approx((3 * 14 + 20 * 7) / 23)
    assert provider.estimate("a" * 28, voice=french) == 4.0
    assert provider.estimate("a" * 30, voice=english) == 2.0             # other languages untouched


def test_estimate_matches_what_the_emulator_bills(make, narakeet_emulator):
    provider = make()
    english = Voice(id="amy", name="Amy", category="narakeet", language="en-GB")
    text = "Hello there, this is a perfectly ordinary subtitle line."
    result = provider.synthesize(SynthesisRequest(text=text, voice_id="amy"))
    assert provider.estimate(text, voice=english) == result.cost


# -- errors ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("status", [401, 403])
def test_a_bad_key_is_auth_for_401_and_403(narakeet_emulator, status):
    narakeet_emulator.bad_key_status = status
    provider = NarakeetProvider("nk-wrong-key", base_url=narakeet_emulator.url)
    for call in (provider.balance, provider.voices,
                 lambda: provider.synthesize(SynthesisRequest(text=FRENCH, voice_id="alain"))):
        with pytest.raises(ProviderError) as caught:
            call()
        assert caught.value.kind is ErrorKind.AUTH and caught.value.stops_job
        assert caught.value.status == status and "nk-wrong-key" not in str(caught.value)


def test_out_of_credits_streaming_and_polling(make, narakeet_emulator):
    poor = make(POOR_KEY)
    long_line = "Une phrase assez longue pour durer bien plus que trois secondes de parole."
    assert fails(poor, SynthesisRequest(text=long_line, voice_id="alain")).kind is ErrorKind.OUT_OF_CREDITS
    assert fails(poor, SynthesisRequest(text=long_line, voice_id="alain", audio_format="wav")).kind \
        is ErrorKind.OUT_OF_CREDITS
    assert narakeet_emulator.credits(POOR_KEY) == 3
    narakeet_emulator.inject("credits")
    error = fails(make())
    assert error.kind is ErrorKind.OUT_OF_CREDITS and error.stops_job and "top up" in str(error)


def test_credit_running_out_while_a_task_runs_fails_the_task(make, narakeet_emulator):
    provider = make(POOR_KEY)
    task_line = "Trois secondes au plus."
    narakeet_emulator.polls_until_done = 3
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(lambda _: _outcome(provider, task_line), range(2)))
    assert sorted(outcomes, key=str) == sorted([2, ErrorKind.OUT_OF_CREDITS], key=str)


def _outcome(provider, text):
    try:
        return provider.synthesize(SynthesisRequest(text=text, voice_id="alain", audio_format="wav")).cost
    except ProviderError as error:
        return error.kind


def test_rate_limit_carries_retry_after(make, narakeet_emulator):
    narakeet_emulator.inject("429", retry_after="7")
    error = fails(make())
    assert error.kind is ErrorKind.RATE_LIMITED and error.retry_after == 7.0 and error.retryable


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_server_errors_are_busy(make, narakeet_emulator, kind):
    narakeet_emulator.inject(kind, retry_after="2")
    error = fails(make())
    assert error.kind is ErrorKind.BUSY and error.retryable and error.status == int(kind)
    assert make().synthesize(SynthesisRequest(text=FRENCH, voice_id="alain")).cost == 3


def test_unknown_voice(make):
    error = fails(make(), SynthesisRequest(text=FRENCH, voice_id="nobody"))
    assert error.kind is ErrorKind.VOICE_NOT_FOUND and "nobody" in str(error)


@pytest.mark.parametrize("fault, kinds", [
    ("timeout", {ErrorKind.NETWORK}),
    ("reset", {ErrorKind.NETWORK}),
    ("truncate", {ErrorKind.NETWORK, ErrorKind.BAD_RESPONSE}),
    ("half_audio", {ErrorKind.BAD_RESPONSE}),
    ("content_type", {ErrorKind.BAD_RESPONSE}),
])
def test_transport_and_audio_faults_are_retryable(make, narakeet_emulator, fault, kinds):
    narakeet_emulator.inject(fault, delay=1.0)
    provider = make(timeout=(2.0, 0.3 if fault == "timeout" else 5.0))
    error = fails(provider, SynthesisRequest(text=FRENCH * 3, voice_id="alain"))
    assert error.kind in kinds and error.retryable


def test_polling_faults(make, narakeet_emulator):
    provider = make()
    wav = SynthesisRequest(text=FRENCH, voice_id="alain", audio_format="wav")
    narakeet_emulator.inject("task_failure", message="Error: the script could not be read")
    error = fails(provider, wav)
    assert error.kind is ErrorKind.BAD_REQUEST and "the script could not be read" in str(error)
    narakeet_emulator.inject("500", path="/storage/")
    assert fails(provider, wav).kind is ErrorKind.BUSY
    narakeet_emulator.inject("half_audio", path="/storage/")
    assert fails(provider, wav).kind is ErrorKind.BAD_RESPONSE
    narakeet_emulator.inject("not_json")
    assert fails(provider, wav).kind is ErrorKind.BAD_RESPONSE
    narakeet_emulator.polls_until_done = 1000
    error = fails(make(poll_deadline=0.2), wav)
    assert error.kind is ErrorKind.BUSY and "in time" in str(error)


def test_a_redirect_is_not_followed_with_the_key(make, narakeet_emulator):
    narakeet_emulator.inject("redirect", path="/account/credits")
    with pytest.raises(ProviderError) as caught:
        make().balance()
    assert caught.value.kind is ErrorKind.BAD_RESPONSE and narakeet_emulator.key_leaks == 0
    assert narakeet_emulator.requests_to("/storage/") == []


def test_storage_refuses_a_leaked_key(narakeet_emulator):
    # The emulator's guard itself: a client that sent its key to storage would fail loudly.
    task = requests.post(f"{narakeet_emulator.url}/text-to-speech/wav?voice=alain", data=b"Salut",
                         headers={"x-api-key": GOOD_KEY}, timeout=5).json()
    leaked = requests.get(task["statusUrl"], headers={"x-api-key": GOOD_KEY}, timeout=5)
    assert leaked.status_code == 400 and narakeet_emulator.key_leaks == 1
    unsigned = requests.get(task["statusUrl"].split("?")[0], timeout=5)
    assert unsigned.status_code == 403


def test_a_key_echoed_in_an_error_body_is_scrubbed(make):
    provider = make()
    response = requests.Response()
    response.status_code = 400
    response._content = f'{{"message": "Invalid voice for key {GOOD_KEY}"}}'.encode()
    error = provider._error(response)
    assert error.kind is ErrorKind.VOICE_NOT_FOUND and GOOD_KEY not in str(error) and "***" in str(error)
