"""ElevenLabs error bodies -> ProviderError with a kind the app acts on and one sentence for the user.

ElevenLabs answers errors in three shapes (reference/elevenlabs.md §6), plus FastAPI's bare 404:
  new     {"detail": {"type", "code", "message", "status", "request_id", "param"}}
  legacy  {"detail": {"status", "message"}}
  422     {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}
  404     {"detail": "Not Found"}
We match the most specific string first: code, then status, then type, then the HTTP status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import requests

from studio.providers.base import DEFAULT_MESSAGES, ErrorKind, ProviderError
from studio.providers.http import retry_after_seconds

# Codes/statuses/types -> kind. Sources: docs error-messages.mdx, the current errors page (via
# api-evangelist), and observed bodies (home-assistant#160414, dograh#290, mulmocast-app#1466).
CODE_KINDS: dict[str, ErrorKind] = {
    # 401: the key. quota_exceeded is a 401 too, so it must be matched before the HTTP status.
    "invalid_api_key": ErrorKind.AUTH,
    "unauthorized": ErrorKind.AUTH,
    "needs_authorization": ErrorKind.AUTH,
    "missing_api_key": ErrorKind.AUTH,
    "invalid_authorization_header": ErrorKind.AUTH,
    "authentication_error": ErrorKind.AUTH,
    "authorization_error": ErrorKind.AUTH,
    "missing_permissions": ErrorKind.AUTH,
    "quota_exceeded": ErrorKind.OUT_OF_CREDITS,
    "insufficient_credits": ErrorKind.OUT_OF_CREDITS,
    "voice_limit_reached": ErrorKind.SLOTS_FULL,
    "paid_plan_required": ErrorKind.PAID_PLAN,
    "payment_required": ErrorKind.PAID_PLAN,
    "only_for_creator+": ErrorKind.PAID_PLAN,
    "subscription_required": ErrorKind.PAID_PLAN,
    "feature_not_available": ErrorKind.PAID_PLAN,
    # Free tier switched off for this connection; the documented way out is a paid plan (or no VPN).
    "detected_unusual_activity": ErrorKind.PAID_PLAN,
    "voice_not_found": ErrorKind.VOICE_NOT_FOUND,
    "voice_does_not_exist": ErrorKind.VOICE_NOT_FOUND,
    "invalid_voice_id": ErrorKind.VOICE_NOT_FOUND,
    "voice_access_denied": ErrorKind.VOICE_NOT_FOUND,
    "max_character_limit_exceeded": ErrorKind.TEXT_TOO_LONG,
    "text_too_long": ErrorKind.TEXT_TOO_LONG,
    # 429: concurrency ("lower the number in flight") vs rate ("back off"); the code stays on the error.
    "too_many_concurrent_requests": ErrorKind.RATE_LIMITED,
    "concurrent_limit_exceeded": ErrorKind.RATE_LIMITED,
    "rate_limit_exceeded": ErrorKind.RATE_LIMITED,
    "rate_limit_error": ErrorKind.RATE_LIMITED,
    "system_busy": ErrorKind.BUSY,
    "internal_error": ErrorKind.BUSY,
    "service_unavailable": ErrorKind.BUSY,
    "maintenance": ErrorKind.BUSY,
    "empty_text": ErrorKind.BAD_REQUEST,
    "invalid_voice_settings": ErrorKind.BAD_REQUEST,
    "unsupported_model": ErrorKind.BAD_REQUEST,
    "model_not_found": ErrorKind.BAD_REQUEST,
    "model_access_denied": ErrorKind.BAD_REQUEST,
    "invalid_output_format": ErrorKind.BAD_REQUEST,
    "validation_error": ErrorKind.BAD_REQUEST,
    "invalid_request": ErrorKind.BAD_REQUEST,
    "invalid_parameters": ErrorKind.BAD_REQUEST,
}

# Codes that mean "too many at once": the render job lowers its concurrency instead of backing off.
CONCURRENCY_CODES = frozenset({"too_many_concurrent_requests", "concurrent_limit_exceeded"})

# Sentences for codes where a more precise instruction than the kind's default helps.
CODE_MESSAGES: dict[str, str] = {
    "quota_exceeded": "This request needs more ElevenLabs credits than you have left: wait for the next "
                      "reset, top up, or enable usage-based billing.",
    "voice_limit_reached": "Using this library voice would add it to My Voices, but all your voice slots are "
                           "used: remove a voice you no longer need, or pick one you already have.",
    "paid_plan_required": "ElevenLabs only allows library voices through the API on a paid plan: pick a "
                          "default voice or one of your own, or upgrade.",
    "detected_unusual_activity": "ElevenLabs disabled free-tier use from this connection: turn off any VPN "
                                 "or proxy, or use a paid plan.",
    "too_many_concurrent_requests": "Too many lines are being generated at once for your plan: the job will "
                                    "send fewer at a time and retry.",
    "concurrent_limit_exceeded": "Too many lines are being generated at once for your plan: the job will "
                                 "send fewer at a time and retry.",
    "system_busy": "ElevenLabs is very busy right now: the request will be retried in a moment.",
    "authorization_error": "This API key is not allowed to do this: give it the needed permissions on "
                           "the ElevenLabs site.",
    "missing_permissions": "This API key is not allowed to do this: give it the needed permissions on "
                           "the ElevenLabs site.",
}

STATUS_KINDS: dict[int, ErrorKind] = {401: ErrorKind.AUTH, 402: ErrorKind.PAID_PLAN, 403: ErrorKind.AUTH,
                                      404: ErrorKind.BAD_REQUEST, 408: ErrorKind.NETWORK,
                                      409: ErrorKind.BUSY, 429: ErrorKind.RATE_LIMITED}


@dataclass(frozen=True)
class ErrorBody:
    """What we could read from an error body (every field may be missing)."""

    code: str | None = None
    status: str | None = None
    type: str | None = None
    message: str | None = None
    request_id: str | None = None
    param: str | None = None


def parse_error_body(payload: Any) -> ErrorBody:
    """Read any of the documented shapes; unknown shapes give an empty ErrorBody, never an exception."""
    detail = payload.get("detail") if isinstance(payload, dict) else None
    if isinstance(detail, dict):
        def text(key: str) -> str | None:
            value = detail.get(key)
            return str(value) if value not in (None, "") else None
        return ErrorBody(code=text("code"), status=text("status"), type=text("type"), message=text("message"),
                         request_id=text("request_id"), param=text("param"))
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        first = detail[0]
        where = ".".join(str(part) for part in first.get("loc", []) if part != "body")
        message = f"{where}: {first.get('msg', '')}" if where else str(first.get("msg", ""))
        return ErrorBody(type=str(first.get("type") or "validation_error"), message=message,
                         param=where or None)
    if isinstance(detail, str):
        return ErrorBody(message=detail)
    return ErrorBody()


def _kind_for(body: ErrorBody, http_status: int) -> tuple[ErrorKind, str | None]:
    for candidate in (body.code, body.status, body.type):
        if candidate and candidate.lower() in CODE_KINDS:
            return CODE_KINDS[candidate.lower()], candidate.lower()
    if http_status >= 500:
        return ErrorKind.BUSY, body.code or body.status
    return STATUS_KINDS.get(http_status, ErrorKind.BAD_REQUEST), body.code or body.status or body.type


def clean_message(message: str | None, secret: str | None) -> str | None:
    """The provider's own wording, made safe for a message: no key, no control characters, short."""
    if not message:
        return None
    if secret:
        message = message.replace(secret, "***")
    message = re.sub(r"\s+", " ", message).strip()
    return message[:240] + ("…" if len(message) > 240 else "")


def error_from_response(response: requests.Response, secret: str | None = None) -> ProviderError:
    """The ProviderError for a non-2xx ElevenLabs response (the caller raises it)."""
    try:
        payload = response.json()
    except ValueError:
        payload = None
    body = parse_error_body(payload)
    kind, code = _kind_for(body, response.status_code)
    base = CODE_MESSAGES.get(code or "", DEFAULT_MESSAGES[kind])
    said = clean_message(body.message, secret)
    # Always the instruction first; what ElevenLabs said goes after it, in brackets, for support.
    message = f"{base.rstrip('.')} (ElevenLabs: {said.rstrip('.')})." if said else base
    request_id = body.request_id or response.headers.get("request-id") or response.headers.get("x-trace-id")
    return ProviderError(kind, message, status=response.status_code, code=code,
                         retry_after=retry_after_seconds(response), request_id=request_id)
