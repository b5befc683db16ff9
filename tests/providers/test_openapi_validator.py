"""The spec validator must refuse what the real API refuses, or the emulator proves nothing."""

from __future__ import annotations

import json

import pytest
import requests

from tests.emulators.openapi import spec_validator

TTS = "/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM"


def check(method: str, path: str, query=None, body=None) -> list[str]:
    raw = json.dumps(body).encode() if body is not None else None
    return spec_validator().validate_request(method, path, query or [], raw,
                                             "application/json" if raw else None)


def test_a_correct_synthesis_request_passes() -> None:
    body = {"text": "Bonjour", "model_id": "eleven_flash_v2_5", "seed": 3, "previous_text": "Salut",
            "voice_settings": {"stability": 0.4, "similarity_boost": 0.8, "speed": 1.1,
                               "use_speaker_boost": True},
            "apply_text_normalization": "off"}
    assert check("post", TTS, [("output_format", "wav_24000")], body) == []


@pytest.mark.parametrize(("method", "path", "query", "body", "needle"), [
    ("post", TTS, [("output_format", "mp3_44100_999")], {"text": "x"}, "output_format"),
    ("post", TTS, [("output_format", "wav")], {"text": "x"}, "output_format"),
    ("post", TTS, [], {"model_id": "eleven_v3"}, "'text' is a required property"),
    ("post", TTS, [], {"text": 12}, "body.text"),
    ("post", TTS, [], {"text": "x", "voice_settings": {"stability": "high"}}, "stability"),
    ("post", TTS, [], {"text": "x", "voice_settings": {"stability": 1.5}}, "stability"),
    ("post", TTS, [], {"text": "x", "seed": "abc"}, "seed"),
    ("post", TTS, [], {"text": "x", "apply_text_normalization": "yes"}, "apply_text_normalization"),
    ("post", TTS, [], {"text": "x", "voicesettings": {}}, "not a field"),
    ("post", TTS, [], None, "body: required"),
    ("get", "/v2/voices", [("page_size", "ten")], None, "page_size"),
    ("get", "/v2/voices", [("pagesize", "10")], None, "not a parameter"),
    ("get", "/v1/shared-voices", [("page", "first")], None, "page"),
    ("get", "/v1/usage/character-stats", [("start_unix", "1")], None, "end_unix: required"),
    ("get", "/v1/usage/character-stats", [("start_unix", "1"), ("end_unix", "2"),
                                          ("aggregation_interval", "fortnight")],
     None, "aggregation_interval"),
    ("post", "/v1/workspace/analytics/query/usage-by-product-over-time", [], {"start_time": 5, "end_time": 6},
     "start_time"),
    ("post", "/v1/voices/add/owner/voice", [], {"name": "x"}, "new_name"),
    ("get", "/v1/user/subscription", [], {"x": 1}, "takes no body"),
    ("get", "/v1/no-such-thing", [], None, "no such operation"),
    ("patch", "/v1/models", [], None, "no such operation"),
])
def test_bad_requests_are_refused(method, path, query, body, needle) -> None:
    problems = check(method, path, query, body)
    assert problems, "the validator accepted a request the real API refuses"
    assert any(needle in p for p in problems), problems


def test_array_and_boolean_query_parameters_are_coerced() -> None:
    assert check("get", "/v2/voices", [("voice_ids", "a"), ("voice_ids", "b"),
                                       ("include_total_count", "false"), ("page_size", "100")]) == []
    assert check("get", "/v2/voices", [("include_total_count", "maybe")])


def test_the_emulator_answers_422_and_records_the_violation(elevenlabs_emulator) -> None:
    response = requests.post(elevenlabs_emulator.url + TTS, params={"output_format": "mp3_1"},
                             json={"model_id": "x"}, headers={"xi-api-key": elevenlabs_emulator.key},
                             timeout=5)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)  # FastAPI's shape
    assert len(elevenlabs_emulator.spec_violations) == 2
    elevenlabs_emulator.spec_violations.clear()  # expected here; the fixture fails on any other


@pytest.mark.parametrize(("method", "path", "kwargs"), [
    ("get", "/v2/voices", {"params": {"page_size": 100}}),
    ("get", "/v1/shared-voices", {}),
    ("get", "/v1/user/subscription", {}),
    ("get", "/v1/models", {}),
    ("post", "/v1/workspace/analytics/query/usage-by-product-over-time",
     {"json": {"start_time": 1_700_000_000_000, "end_time": 2_000_000_000_000, "interval_seconds": 86400}}),
    ("get", "/v1/usage/character-stats", {"params": {"start_unix": 1_700_000_000_000,
                                                     "end_unix": 1_700_900_000_000}}),
    ("post", "/v1/voices/add/owner-fr-1/LibFrAmelie000000001", {"json": {"new_name": "Amélie"}}),
    ("delete", "/v1/voices/MyClone000000000001", {}),
])
def test_emulator_answers_follow_the_spec(elevenlabs_emulator, method, path, kwargs) -> None:
    emu = elevenlabs_emulator
    emu.account.spend(40, when=1_700_100_000)
    response = requests.request(method, emu.url + path, headers={"xi-api-key": emu.key}, timeout=5, **kwargs)
    assert response.status_code == 200, response.text
    assert spec_validator().validate_response(method, path, 200, response.json()) == []
