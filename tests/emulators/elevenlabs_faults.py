"""Faults the ElevenLabs emulator can play instead of its normal answer, with the real bodies.

Error bodies come from reference/elevenlabs-examples.json (official and observed), in the shape each was
seen in: legacy {detail:{status,message}}, new {detail:{type,code,message,status,request_id}}, or
FastAPI's 422 list. Transport faults (timeout, reset, truncated body, HTML 200) model what proxies,
captive portals and dropped connections do.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from tests.emulators.elevenlabs_state import ERROR_EXAMPLES


@dataclass(frozen=True)
class Fault:
    # error | text_error | timeout | reset | truncated | html | html_as_audio | json200 | empty | drip | raw
    kind: str
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0   # timeout: how long to hold the request; drip: seconds between bytes


def drip(body: bytes = b'{"tier": "free"}', seconds: float = 1.0) -> Fault:
    """A slow provider: 200, the full Content-Length, then one byte of body every `seconds`."""
    return Fault("drip", 200, body, seconds=seconds)


def raw_json(body: bytes | str) -> Fault:
    """A 200 application/json answer with exactly these bytes (NaN, 1e999, truncated JSON...)."""
    return Fault("raw", 200, body.encode() if isinstance(body, str) else body)


def legacy_body(status: str, message: str) -> dict[str, Any]:
    return {"detail": {"status": status, "message": message}}


def new_body(type_: str, code: str, message: str, status: str | None = None) -> dict[str, Any]:
    return {"detail": {"type": type_, "code": code, "message": message, "status": status or code,
                       "request_id": "0123456789abcdef0123456789abcdef"}}


def _example(name: str) -> dict[str, Any]:
    return copy.deepcopy(ERROR_EXAMPLES[name])


def error(status: int, body: Any, **headers: str) -> Fault:
    return Fault("error", status, body, {k.replace("_", "-"): v for k, v in headers.items()})


# Every error the provider must map, by name. Official/observed bodies where they exist.
NAMED: dict[str, Fault] = {
    "invalid_api_key": error(401, _example("legacy_401_invalid_api_key")),
    "unauthorized": error(401, new_body("authentication_error", "unauthorized", "Invalid API key",
                                    "invalid_api_key")),
    "needs_authorization": error(401, legacy_body("needs_authorization", "Neither authorization header nor "
                                              "xi-api-key received, please provide one.")),
    "missing_api_key": error(401, new_body("authentication_error", "missing_api_key",
                                       "No API key was provided.")),
    "quota_exceeded": error(401, _example("observed_401_quota_exceeded")),
    "insufficient_credits": error(402, new_body("payment_required", "insufficient_credits",
                                            "You do not have enough credits for this request.")),
    "voice_limit_reached": error(400, _example("observed_400_voice_limit_reached")),
    "paid_plan_required": error(402, _example("observed_402_paid_plan_required")),
    "detected_unusual_activity": error(401, _example("observed_401_detected_unusual_activity")),
    "voice_not_found": error(400, legacy_body("voice_not_found", "A voice with the voice_id xyz was not found.")),
    "voice_not_found_404": error(404, new_body("not_found", "voice_not_found", "Voice not found.")),
    "voice_does_not_exist": error(400, legacy_body("voice_does_not_exist",
                                               "A voice with voice_id xyz does not exist.")),
    "invalid_voice_id": error(400, new_body("validation_error", "invalid_voice_id",
                                        "The voice id is not valid.")),
    "max_character_limit_exceeded": error(400, _example("legacy_400_max_character_limit_exceeded")),
    "text_too_long": error(400, new_body("validation_error", "text_too_long",
                                     "Text is too long for this model.")),
    "invalid_parameters": error(400, _example("current_format_invalid_parameters")),
    "validation_422": error(422, _example("fastapi_422")),
    "too_many_concurrent_requests": error(429, legacy_body(
        "too_many_concurrent_requests", "You have exceeded the concurrency limit for your subscription.")),
    "concurrent_limit_exceeded": error(429, new_body("rate_limit_error", "concurrent_limit_exceeded",
                                                 "Too many concurrent requests.")),
    "rate_limit_exceeded": error(429, new_body("rate_limit_error", "rate_limit_exceeded", "Rate limit exceeded."),
                                 Retry_After="7"),
    "system_busy": error(429, legacy_body("system_busy", "Our services are experiencing high levels of traffic "
                                      "and your request could not be processed."), Retry_After="3"),
    "service_unavailable": error(503, new_body("service_unavailable", "service_unavailable",
                                           "Service temporarily unavailable."), Retry_After="5"),
    "internal_error": error(500, new_body("internal_error", "internal_error", "An internal error occurred.")),
    # uvicorn's own 500: plain text, no JSON at all.
    "plain_500": Fault("text_error", 500, "Internal Server Error"),
    "bad_gateway": Fault("text_error", 502, "<html><body>502 Bad Gateway</body></html>"),
    # Transport and body faults.
    "timeout": Fault("timeout", seconds=2.0),
    "reset": Fault("reset"),
    "truncated": Fault("truncated"),
    # The real generation, billed and in the history, whose answer breaks off half way.
    "truncated_billed": Fault("truncated_billed"),
    "html": Fault("html", 200, "<!doctype html><html><body>Please log in to the Wi-Fi</body></html>"),
    "json200": Fault("json200", 200, {"detail": {"status": "ok"}}),
    # A proxy page that even claims to be audio: only the magic bytes give it away.
    "html_as_audio": Fault("html_as_audio", 200, "<html><body>Access denied</body></html>"),
    "empty": Fault("empty"),
}
