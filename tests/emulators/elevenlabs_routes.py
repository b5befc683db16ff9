"""What the ElevenLabs emulator answers, per operation, once a request passed the spec and the key.

Behaviour follows reference/elevenlabs.md, including the REPORTED one users fear: speaking with a
library voice not yet in My Voices silently adds it there and takes a slot, and fails with
voice_limit_reached when no slot is free.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable

from tests.emulators.audio import speech_audio
from tests.emulators.elevenlabs_faults import legacy_body, new_body
from tests.emulators.elevenlabs_state import Account, EmuVoice, ERROR_EXAMPLES

if TYPE_CHECKING:
    from tests.emulators.elevenlabs import ElevenLabsEmulator


@dataclass
class Reply:
    status: int
    json: Any = None
    audio: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


Query = dict[str, list[str]]
Handler = Callable[["ElevenLabsEmulator", Account, dict[str, str], Query, Any], Reply]
ROUTES: dict[tuple[str, str], Handler] = {}


def route(method: str, template: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        ROUTES[(method, template)] = handler
        return handler
    return register


def _one(query: Query, name: str, default: str | None = None) -> str | None:
    return query.get(name, [default])[0]


def _slots_full(account: Account) -> Reply:
    body = legacy_body("voice_limit_reached", f"You have reached your maximum amount of custom voices "
                   f"({account.voice_slots_used} / {account.voice_limit}). You can upgrade your subscription "
                   f"to increase your custom voice limit.")
    return Reply(400, body)


def _voice_not_found(voice_id: str) -> Reply:
    return Reply(400, legacy_body("voice_not_found", f"A voice with the voice_id {voice_id} was not found."))


# -- text to speech ------------------------------------------------------------------------------
@route("post", "/v1/text-to-speech/{voice_id}")
def text_to_speech(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
                   body: Any, shape: Callable[[dict[str, Any], bytes], bytes] | None = None) -> Reply:
    """shape(history item, audio) -> audio: another route's own take on the generation (with-timestamps'
    clip faults), made before the item is "created", so the history serves exactly what was answered."""
    voice_id = params["voice_id"]
    fmt_name = _one(query, "output_format", "mp3_44100_128")
    codec, rate = fmt_name.split("_")[0], int(fmt_name.split("_")[1])
    if codec not in ("mp3", "wav", "pcm"):
        return Reply(400, new_body("validation_error", "invalid_output_format", f"{fmt_name} is not emulated."))
    if rate == 44100 and codec in ("wav", "pcm") and account.tier not in ("pro", "scale", "business"):
        return Reply(403, new_body("authorization_error", "feature_not_available",
                               "PCM and WAV at 44.1kHz require the Pro tier or above.",
                               "output_format_not_allowed"))
    model = emu.models.get(body.get("model_id", "eleven_multilingual_v2"))
    if model is None:
        return Reply(400, new_body("invalid_request", "model_not_found", "The model does not exist."))
    text = body["text"]
    if len(text) > model.max_chars:
        return Reply(400, legacy_body("max_character_limit_exceeded",
                                  f"This request's text has {len(text)} characters and exceeds the "
                                  f"character limit of {model.max_chars} characters."))
    from tests.emulators.elevenlabs_dictionaries import spoken_text  # it imports this module's route()
    text, refused = spoken_text(account, body)
    if refused is not None:
        return refused
    with emu.lock:
        voice = account.voices.get(voice_id)
        library = emu.library.get(voice_id)
        if voice is None and library is None:
            return _voice_not_found(voice_id)
        if voice is None and account.tier == "free":
            return Reply(402, ERROR_EXAMPLES["observed_402_paid_plan_required"])
        rate_multiplier = (voice.copied_from.rate if voice and voice.copied_from else
                           library.rate if voice is None else None)
        credits = model.credits_for(text, rate_multiplier)
        if not account.can_spend(credits):
            left = max(0, account.character_limit - account.character_count)
            return Reply(401, legacy_body("quota_exceeded", f"This request exceeds your quota of "
                                      f"{account.character_limit}. You have {left} credits remaining, while "
                                      f"{credits} credits are required for this request."))
        if voice is None:
            # Reported behaviour: generating with a library voice copies it into My Voices (one slot).
            if account.slots_full:
                return _slots_full(account)
            account.voices[voice_id] = EmuVoice(voice_id, library.name, copied_from=library)
            emu.auto_added.append(voice_id)
        if account.in_flight >= account.max_concurrency:
            return Reply(429, legacy_body("too_many_concurrent_requests", "You have exceeded the concurrency "
                                      f"limit for your subscription ({account.max_concurrency})."))
        account.in_flight += 1
        account.peak_in_flight = max(account.peak_in_flight, account.in_flight)
        current = account.in_flight
        # The generation is in the history from the start ("processing"), whatever happens to the
        # client: a request whose client died mid-flight is still generated and billed.
        request_id = uuid.uuid4().hex
        item = _history_item(account, voice_id, body, fmt_name, request_id, voice or library)
        if emu.hold_history:
            emu.held_history.add(item["history_item_id"])
    try:
        if emu.latency:
            time.sleep(emu.latency)
        # voice_settings.speed (0.7-1.2) makes the voice speak faster or slower, as the real service does.
        speed = (body.get("voice_settings") or {}).get("speed") or 1.0
        audio = speech_audio(text, codec, rate, speed=float(speed))
        if shape is not None:
            audio = shape(item, audio)
    finally:
        with emu.lock:
            account.in_flight -= 1
    with emu.lock:
        item["character_count_change_from"] = account.character_count
        account.spend(credits)
        item["character_count_change_to"] = account.character_count
        item["state"] = "created"
        account.history_audio[item["history_item_id"]] = (audio, "audio/mpeg" if codec == "mp3" else
                                                           f"audio/{codec}")
    headers = {emu.cost_header: str(credits), "request-id": request_id,
               "current-concurrent-requests": str(current),
               "maximum-concurrent-requests": str(account.max_concurrency),
               # The spec declares audio/mpeg for every output format.
               "x-region": "us-central1", "Content-Type": "audio/mpeg"}
    return Reply(200, audio=audio, headers=headers)


def _history_item(account: Account, voice_id: str, body: Any, fmt_name: str, request_id: str,
                  voice: Any) -> dict[str, Any]:
    item = {"history_item_id": uuid.uuid4().hex[:20], "request_id": request_id, "voice_id": voice_id,
            "model_id": body.get("model_id", "eleven_multilingual_v2"), "voice_name": getattr(voice, "name", None),
            "voice_category": "premade", "text": body["text"], "date_unix": int(time.time()),
            "character_count_change_from": account.character_count,
            "character_count_change_to": account.character_count, "content_type": "audio/mpeg",
            "state": "processing", "settings": body.get("voice_settings") or {}, "source": "TTS",
            "output_format": fmt_name}
    account.history.append(item)
    return item


@route("get", "/v1/history")
def history(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
            body: Any) -> Reply:
    """GetSpeechHistoryResponseModel: newest first (or oldest with sort_direction=asc), filtered."""
    voice_id, model_id = _one(query, "voice_id"), _one(query, "model_id")
    after, before = _one(query, "date_after_unix"), _one(query, "date_before_unix")
    search, start_after = _one(query, "search"), _one(query, "start_after_history_item_id")
    size = int(_one(query, "page_size", "100") or 100)
    with emu.lock:
        items = [dict(i) for i in account.history
                 if i["history_item_id"] not in emu.held_history
                 and (voice_id is None or i["voice_id"] == voice_id)
                 and (model_id is None or i["model_id"] == model_id)
                 and (after is None or i["date_unix"] >= int(after))
                 and (before is None or i["date_unix"] < int(before))
                 and (search is None or search.lower() in i["text"].lower())]
    items.sort(key=lambda i: i["date_unix"], reverse=_one(query, "sort_direction", "desc") != "asc")
    if start_after is not None:
        ids = [i["history_item_id"] for i in items]
        items = items[ids.index(start_after) + 1:] if start_after in ids else []
    page = items[:size]
    return Reply(200, {"history": page, "has_more": len(items) > size,
                       "last_history_item_id": page[-1]["history_item_id"] if page else None,
                       "scanned_until": page[-1]["date_unix"] if page else None})


@route("get", "/v1/history/{history_item_id}/audio")
def history_audio(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
                  body: Any) -> Reply:
    with emu.lock:
        found = account.history_audio.get(params["history_item_id"])
    if found is None:
        return Reply(404, new_body("not_found", "history_item_not_found", "The history item was not found."))
    audio, content_type = found
    if emu.history_audio_mp3 and content_type != "audio/mpeg":
        from tests.emulators.elevenlabs_timestamps import encode  # it imports this module's route()
        with emu.lock:
            fmt_name = next(i["output_format"] for i in account.history
                            if i["history_item_id"] == params["history_item_id"])
        rate = int(fmt_name.split("_")[1])
        samples = audio[44:] if content_type == "audio/wav" else audio  # the emulator's WAV header: 44 bytes
        audio, content_type = encode(samples, "mp3", rate), "audio/mpeg"
    return Reply(200, audio=audio, headers={"Content-Type": content_type})


# -- voices --------------------------------------------------------------------------------------
def _voice_type_ok(voice: EmuVoice, voice_type: str | None) -> bool:
    if voice_type in (None, "saved"):
        return voice_type is None or voice.category != "premade"
    if voice_type == "default":
        return voice.category == "premade"
    if voice_type == "community":
        return voice.copied_from is not None
    if voice_type in ("personal", "non-community", "workspace"):
        return voice.category != "premade" and voice.copied_from is None
    if voice_type == "non-default":
        return voice.category != "premade"
    return True


@route("get", "/v2/voices")
def my_voices(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
              body: Any) -> Reply:
    search = (_one(query, "search") or "").lower()
    ids = set(query.get("voice_ids", []))
    with emu.lock:
        voices = [v for v in account.voices.values()
                  if _voice_type_ok(v, _one(query, "voice_type"))
                  and (not search or search in v.name.lower())
                  and (not ids or v.voice_id in ids)
                  and (_one(query, "category") in (None, v.category))]
        items = [v.as_json() for v in voices]
    size = int(_one(query, "page_size", "10"))
    start = int(_one(query, "next_page_token", "0"))
    page = items[start:start + size]
    more = start + size < len(items)
    return Reply(200, {"voices": page, "has_more": more, "total_count": len(items),
                       "next_page_token": str(start + size) if more else None})


@route("get", "/v1/shared-voices")
def shared_voices(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
                  body: Any) -> Reply:
    search = (_one(query, "search") or "").lower()
    filters = {key: _one(query, key) for key in ("language", "gender", "accent", "category")}
    use_cases = set(query.get("use_cases", []))
    found = [v for v in emu.library.values()
             if (not search or search in v.name.lower() or search in v.description.lower())
             and all(value is None or getattr(v, key).lower() == value.lower()
                     for key, value in filters.items())
             and (not use_cases or v.use_case in use_cases)]
    size, page = int(_one(query, "page_size", "30")), int(_one(query, "page", "0"))
    chunk = found[page * size:(page + 1) * size]
    with emu.lock:
        items = [v.as_json(None if emu.omit_is_added_by_user else v.voice_id in account.voices)
                 for v in chunk]
    return Reply(200, {"voices": items, "has_more": (page + 1) * size < len(found), "total_count": len(found),
                       "last_sort_id": None})


@route("post", "/v1/voices/add/{public_user_id}/{voice_id}")
def add_shared(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
               body: Any) -> Reply:
    voice = emu.library.get(params["voice_id"])
    if voice is None or voice.public_owner_id != params["public_user_id"]:
        return _voice_not_found(params["voice_id"])
    with emu.lock:
        if voice.voice_id in account.voices:
            return Reply(400, legacy_body("voice_already_cloned", f"The voice {voice.voice_id} has already been "
                                      "added to your VoiceLab."))
        if account.slots_full:
            return _slots_full(account)
        account.voices[voice.voice_id] = EmuVoice(voice.voice_id, body["new_name"], copied_from=voice)
    return Reply(200, {"voice_id": voice.voice_id})


@route("delete", "/v1/voices/{voice_id}")
def delete_voice(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
                 body: Any) -> Reply:
    with emu.lock:
        voice = account.voices.get(params["voice_id"])
        if voice is None:
            return _voice_not_found(params["voice_id"])
        if voice.category == "premade":
            return Reply(400, new_body("invalid_request", "voice_not_deletable",
                                   "Default voices cannot be removed."))
        del account.voices[voice.voice_id]
    return Reply(200, {"status": "ok"})


# -- account, models, usage ----------------------------------------------------------------------
@route("get", "/v1/user/subscription")
def subscription(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
                 body: Any) -> Reply:
    with emu.lock:
        return Reply(200, account.subscription_json())


@route("get", "/v1/models")
def models(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
           body: Any) -> Reply:
    return Reply(200, [m.as_json() for m in emu.models.values()])


def _buckets(account: Account, start_s: float, end_s: float, size_s: float) -> dict[float, float]:
    out: dict[float, float] = {}
    for when, credits in account.usage:
        if start_s <= when <= end_s:
            bucket = start_s + (when - start_s) // size_s * size_s
            out[bucket] = out.get(bucket, 0.0) + credits
    return out


@route("post", "/v1/workspace/analytics/query/usage-by-product-over-time")
def usage_analytics(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
                    body: Any) -> Reply:
    if not emu.analytics_available:
        return Reply(404, {"detail": "Not Found"})
    start, end = body["start_time"] / 1000, body["end_time"] / 1000
    with emu.lock:
        buckets = _buckets(account, start, end, body.get("interval_seconds", 60))
    # Column names are not in the spec (UNCONFIRMED); ClickHouse-style types and DateTime text as seen
    # in the column_types enum.
    rows = [[datetime.fromtimestamp(at, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S"), "tts", credits]
            for at, credits in sorted(buckets.items())]
    return Reply(200, {"columns": ["time_bucket", "product_type", "credits"],
                       "column_types": ["DateTime", "String", "Float"], "rows": rows,
                       "column_units": [None, None, "credits"]})


@route("get", "/v1/usage/character-stats")
def character_stats(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Query,
                    body: Any) -> Reply:
    start, end = int(_one(query, "start_unix")) / 1000, int(_one(query, "end_unix")) / 1000
    size = {"hour": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400,
            "cumulative": max(1.0, end - start + 1)}[_one(query, "aggregation_interval", "day")]
    with emu.lock:
        buckets = _buckets(account, start, end, size)
    times, values, at = [], [], start
    while at <= end:  # the deprecated endpoint answers every bucket on the axis, zeros included
        times.append(int(at * 1000))
        values.append(buckets.get(at, 0.0))
        at += size
    return Reply(200, {"time": times, "usage": {"All": values}})
