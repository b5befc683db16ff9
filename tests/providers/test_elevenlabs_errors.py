"""Every ElevenLabs failure becomes the right ErrorKind, with its code and Retry-After, and no secret."""

from __future__ import annotations

import pytest

from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest
from studio.providers.elevenlabs import DATA_RESIDENCY_HOSTS, ElevenLabsProvider
from studio.providers.elevenlabs_errors import parse_error_body
from tests.emulators.elevenlabs_faults import NAMED, error

RACHEL = "21m00Tcm4TlvDq8ikWAM"
TTS = "/v1/text-to-speech"

# fault name -> (kind, code kept on the error, retry_after)
MATRIX = {
    "invalid_api_key": (ErrorKind.AUTH, "invalid_api_key", None),
    "unauthorized": (ErrorKind.AUTH, "unauthorized", None),
    "needs_authorization": (ErrorKind.AUTH, "needs_authorization", None),
    "missing_api_key": (ErrorKind.AUTH, "missing_api_key", None),
    "quota_exceeded": (ErrorKind.OUT_OF_CREDITS, "quota_exceeded", None),
    "insufficient_credits": (ErrorKind.OUT_OF_CREDITS, "insufficient_credits", None),
    "voice_limit_reached": (ErrorKind.SLOTS_FULL, "voice_limit_reached", None),
    "paid_plan_required": (ErrorKind.PAID_PLAN, "paid_plan_required", None),
    "detected_unusual_activity": (ErrorKind.PAID_PLAN, "detected_unusual_activity", None),
    "voice_not_found": (ErrorKind.VOICE_NOT_FOUND, "voice_not_found", None),
    "voice_not_found_404": (ErrorKind.VOICE_NOT_FOUND, "voice_not_found", None),
    "voice_does_not_exist": (ErrorKind.VOICE_NOT_FOUND, "voice_does_not_exist", None),
    "invalid_voice_id": (ErrorKind.VOICE_NOT_FOUND, "invalid_voice_id", None),
    "max_character_limit_exceeded": (ErrorKind.TEXT_TOO_LONG, "max_character_limit_exceeded", None),
    "text_too_long": (ErrorKind.TEXT_TOO_LONG, "text_too_long", None),
    "invalid_parameters": (ErrorKind.BAD_REQUEST, "invalid_parameters", None),
    "validation_422": (ErrorKind.BAD_REQUEST, "missing", None),
    "too_many_concurrent_requests": (ErrorKind.RATE_LIMITED, "too_many_concurrent_requests", None),
    "concurrent_limit_exceeded": (ErrorKind.RATE_LIMITED, "concurrent_limit_exceeded", None),
    "rate_limit_exceeded": (ErrorKind.RATE_LIMITED, "rate_limit_exceeded", 7.0),
    "system_busy": (ErrorKind.BUSY, "system_busy", 3.0),
    "service_unavailable": (ErrorKind.BUSY, "service_unavailable", 5.0),
    "internal_error": (ErrorKind.BUSY, "internal_error", None),
    "plain_500": (ErrorKind.BUSY, None, None),
    "bad_gateway": (ErrorKind.BUSY, None, None),
    "timeout": (ErrorKind.NETWORK, None, None),
    "reset": (ErrorKind.NETWORK, None, None),
    "truncated": (ErrorKind.BAD_RESPONSE, None, None),
    "truncated_billed": (ErrorKind.BAD_RESPONSE, None, None),
    "html": (ErrorKind.BAD_RESPONSE, None, None),
    "json200": (ErrorKind.BAD_RESPONSE, None, None),
    "html_as_audio": (ErrorKind.BAD_RESPONSE, None, None),
    "empty": (ErrorKind.BAD_RESPONSE, None, None),
}


def test_matrix_covers_every_emulated_fault() -> None:
    assert set(MATRIX) == set(NAMED)


# Honest answers get the time a loaded machine needs: the emulator checks each request against the spec
# and encodes new audio with ffmpeg before it answers, which took longer than 0.4 s under load, so a
# fault's answer came too late and was read as a timeout (truncated-mp3 failed that way).
PATIENT = (2.0, 10.0)
# Only where the answer is meant never to come in time: the "timeout" fault holds it 2 s, far longer.
IMPATIENT = (2.0, 0.4)


@pytest.fixture
def provider(elevenlabs_emulator):
    provider = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url, timeout=PATIENT)
    yield provider
    provider.close()


@pytest.mark.parametrize("audio_format", ["mp3", "wav"])
@pytest.mark.parametrize("fault", sorted(MATRIX))
def test_synthesis_fault_matrix(elevenlabs_emulator, provider, fault, audio_format) -> None:
    kind, code, retry_after = MATRIX[fault]
    elevenlabs_emulator.inject(fault, path=TTS)
    provider.timeout = IMPATIENT if fault == "timeout" else PATIENT
    with pytest.raises(ProviderError) as caught:
        provider.synthesize(SynthesisRequest("Une ligne de test.", RACHEL, audio_format=audio_format))
    provider.timeout = PATIENT
    error = caught.value
    assert (error.kind, error.code, error.retry_after) == (kind, code, retry_after)
    message = str(error)
    assert message and message[0].isupper() and message.endswith("."), message
    assert "Traceback" not in message and "\n" not in message
    # The connection pool recovers: the next line succeeds.
    result = provider.synthesize(SynthesisRequest("Une ligne de test.", RACHEL, audio_format=audio_format))
    assert result.audio


def test_concurrency_and_backoff_are_told_apart(elevenlabs_emulator, provider) -> None:
    from studio.providers.elevenlabs_errors import CONCURRENCY_CODES
    for fault, lower in (("too_many_concurrent_requests", True), ("concurrent_limit_exceeded", True),
                         ("rate_limit_exceeded", False), ("system_busy", False)):
        elevenlabs_emulator.inject(fault, path=TTS)
        with pytest.raises(ProviderError) as caught:
            provider.synthesize(SynthesisRequest("x", RACHEL))
        assert (caught.value.code in CONCURRENCY_CODES) is lower
        assert caught.value.retryable


@pytest.mark.parametrize(("path", "fault", "kind", "call"), [
    ("/v1/user/subscription", "html", ErrorKind.BAD_RESPONSE, lambda p: p.balance()),
    ("/v1/user/subscription", "invalid_api_key", ErrorKind.AUTH, lambda p: p.balance()),
    ("/v2/voices", "system_busy", ErrorKind.BUSY, lambda p: p.voices()),
    ("/v1/shared-voices", "reset", ErrorKind.NETWORK, lambda p: p.voices(library=True)),
    ("/v1/voices/add", "voice_limit_reached", ErrorKind.SLOTS_FULL,
     lambda p: p.add_library_voice("owner-fr-1", "LibFrAmelie000000001", "Amélie")),
    ("/v1/voices/add", "paid_plan_required", ErrorKind.PAID_PLAN,
     lambda p: p.add_library_voice("owner-fr-1", "LibFrAmelie000000001", "Amélie")),
])
def test_faults_on_other_endpoints(elevenlabs_emulator, provider, path, fault, kind, call) -> None:
    elevenlabs_emulator.inject(fault, path=path)
    with pytest.raises(ProviderError) as caught:
        call(provider)
    assert caught.value.kind is kind


def test_no_message_or_repr_contains_the_key(elevenlabs_emulator, provider) -> None:
    key = elevenlabs_emulator.key
    # A provider message that echoes the key must be scrubbed too.
    elevenlabs_emulator.inject(error(401, {"detail": {"status": "invalid_api_key",
                                                      "message": f"Invalid API key {key}"}}), path=TTS)
    for fault in sorted(MATRIX):
        elevenlabs_emulator.inject(fault, path=TTS)
    provider.timeout = IMPATIENT  # every answer is a failure here: the "timeout" one need not be waited for
    seen = []
    for _ in range(len(MATRIX) + 1):
        with pytest.raises(ProviderError) as caught:
            provider.synthesize(SynthesisRequest("Bonjour.", RACHEL))
        seen.append(caught.value)
    assert "***" in str(seen[0])
    for err in seen:
        text = " ".join([str(err), repr(err), repr(err.args), str(vars(err)), repr(err.__cause__),
                         repr(err.__context__)])
        assert key not in text and key[-12:] not in text
    assert key not in repr(provider) and key not in str(vars(provider).get("base_url"))


def test_unknown_and_missing_keys(elevenlabs_emulator) -> None:
    wrong = ElevenLabsProvider("sk_wrong", base_url=elevenlabs_emulator.url)
    with pytest.raises(ProviderError) as caught:
        wrong.balance()
    assert (caught.value.kind, caught.value.code, caught.value.status) == (
        ErrorKind.AUTH, "invalid_api_key", 401)
    missing = ElevenLabsProvider(None, base_url=elevenlabs_emulator.url)
    before = len(elevenlabs_emulator.requests)
    with pytest.raises(ProviderError) as caught:
        missing.synthesize(SynthesisRequest("x", RACHEL))
    assert caught.value.kind is ErrorKind.AUTH
    assert len(elevenlabs_emulator.requests) == before  # nothing sent without a key


def test_http_is_refused_except_on_loopback() -> None:
    for url in ("http://api.elevenlabs.io", "http://192.168.1.10:8080", "ftp://api.elevenlabs.io"):
        with pytest.raises(ValueError):
            ElevenLabsProvider("k", base_url=url)
    for url in ("http://127.0.0.1:9", "http://localhost:9", *DATA_RESIDENCY_HOSTS):
        assert ElevenLabsProvider("k", base_url=url + "/").base_url == url
    assert all(url.startswith("https://") for url in DATA_RESIDENCY_HOSTS)


@pytest.mark.parametrize(("payload", "expected"), [
    ({"detail": {"type": "authentication_error", "code": "unauthorized", "status": "invalid_api_key",
                 "message": "m", "request_id": "r", "param": None}},
     ("unauthorized", "invalid_api_key", "r")),
    ({"detail": {"status": "quota_exceeded", "message": "m"}}, (None, "quota_exceeded", None)),
    ({"detail": [{"loc": ["body", "text"], "msg": "Field required", "type": "missing"}]}, (None, None, None)),
    ({"detail": "Not Found"}, (None, None, None)),
    ("not even a dict", (None, None, None)),
    (None, (None, None, None)),
])
def test_error_body_shapes(payload, expected) -> None:
    body = parse_error_body(payload)
    assert (body.code, body.status, body.request_id) == expected
    if isinstance(payload, dict) and isinstance(payload["detail"], list):
        assert body.message == "text: Field required" and body.type == "missing"
