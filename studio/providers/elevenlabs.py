"""ElevenLabs behind the Provider interface: synthesis, voices and slots, balance, models, usage.

Facts and their sources are in reference/elevenlabs.md; error mapping is in elevenlabs_errors, model
costs in elevenlabs_models, voice tagging in elevenlabs_voices, audio checks in elevenlabs_audio. The
provider never retries (the render job owns retries and backoff) and never adds a voice or deletes one
unless the user asked (add_library_voice / delete_voice).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import requests

from studio.core.clip_spec import ClipSpec
from studio.core.cost import Tariff
from studio.core.pronunciation import PronunciationDictionary
from studio.providers.base import (Balance, ErrorKind, Provider, ProviderError, SynthesisRequest,
                                   SynthesisResult, Voice, VoicePage)
from studio.providers.elevenlabs_audio import SUPPORTED_FORMATS, check_audio, output_format, timestamped_audio
from studio.core.journal import JournalEntry
from studio.core.recovery import Generation
from studio.providers.elevenlabs_errors import error_from_response
from studio.providers.elevenlabs_history import find_generations
from studio.providers.elevenlabs_pronunciation import DictionarySync
from studio.providers.elevenlabs_models import (DEFAULT_MODEL, FALLBACK_MODELS, FALLBACK_SOURCE,
                                                ElevenLabsModel, parse_models)
from studio.providers.elevenlabs_usage import (INTERVAL_SECONDS, UsagePoint, parse_analytics,
                                               parse_character_stats, to_ms)
from studio.providers.elevenlabs_account import parse_subscription, slots, subscription_balance
from studio.providers.elevenlabs_voices import ANSWER, library_voice, my_voice, parse_listing
from studio.providers.http import (DEFAULT_DEADLINES, DEFAULT_TIMEOUT, Deadlines, check_base_url, new_session,
                                   send)

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.elevenlabs.io"
# Official hosts (docs repo fern/apis/api/openapi-overrides.yml `servers`; Python SDK environment.py).
DATA_RESIDENCY_HOSTS: dict[str, str] = {
    "https://api.elevenlabs.io": "Default (routed to the closest region)",
    "https://api.us.elevenlabs.io": "United States only",
    "https://api.eu.residency.elevenlabs.io": "EU data residency",
    "https://api.in.residency.elevenlabs.io": "India data residency",
    "https://api.sg.residency.elevenlabs.io": "Singapore data residency",
}
# The subscription (slots) is shown beside every voice page; a page turn should not refetch it.
SUBSCRIPTION_TTL_S = 30.0
# When /v1/models fails, estimates use the built-in table; retry the real call after this long.
FALLBACK_MODELS_TTL_S = 300.0
ANALYTICS_USAGE_PATH = "/v1/workspace/analytics/query/usage-by-product-over-time"
MAX_PAGES = 50  # all_my_voices: a runaway next_page_token must not loop forever


class ElevenLabsProvider(Provider):
    name = "elevenlabs"
    unit = "credits"
    audio_formats = SUPPORTED_FORMATS
    default_model = DEFAULT_MODEL

    def __init__(self, api_key: str | None, base_url: str = DEFAULT_BASE_URL,
                 timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
                 deadlines: Deadlines = DEFAULT_DEADLINES) -> None:
        self.base_url = check_base_url(base_url)
        self.timeout = timeout
        self.deadlines = deadlines  # overall seconds per request (timeout bounds one socket op)
        self._key = api_key or None
        self._session = new_session("xi-api-key", self._key)
        self._lock = threading.Lock()
        self._subscription: tuple[float, dict[str, Any]] | None = None
        self._models: tuple[float | None, dict[str, ElevenLabsModel]] | None = None  # (expiry, models)
        self.pronunciations = PronunciationDictionary()
        self.dictionary_name = ""
        self.dictionaries = DictionarySync(self._json)

    def __repr__(self) -> str:  # never the key
        return f"ElevenLabsProvider(base_url={self.base_url!r}, key={'set' if self._key else 'missing'})"

    # -- plumbing --------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, deadline: float | None = None,
                 **kwargs: Any) -> requests.Response:
        if not self._key:
            raise ProviderError(ErrorKind.AUTH, "No ElevenLabs API key is set: add one in Accounts.")
        # Never follow a redirect: requests would carry xi-api-key to whatever host a 3xx names.
        response = send(self._session, method, self.base_url + path, timeout=self.timeout,
                        deadline=self.deadlines.account if deadline is None else deadline,
                        allow_redirects=False, **kwargs)
        if 300 <= response.status_code < 400:
            response.close()
            raise ProviderError(ErrorKind.BAD_RESPONSE, f"ElevenLabs answered with a redirect (HTTP "
                                f"{response.status_code}), which is not followed with your key: check the "
                                "server address in Accounts.", status=response.status_code,
                                request_id=response.headers.get("request-id"))
        if response.status_code >= 400:
            raise error_from_response(response, self._key)  # send has read the body already
        return response

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError:
            raise ProviderError(ErrorKind.BAD_RESPONSE, status=response.status_code,
                                request_id=response.headers.get("request-id")) from None

    def close(self) -> None:
        self._session.close()

    # -- synthesis -------------------------------------------------------------------------------
    def synthesize(self, request: SynthesisRequest) -> SynthesisResult:
        if not request.text.strip():
            raise ProviderError(ErrorKind.BAD_REQUEST, "This line has no text to speak: type some text or "
                                "skip the line.")
        fmt, rate = output_format(request.audio_format, request.sample_rate)
        body: dict[str, Any] = {"text": request.text, "model_id": request.model or self.default_model}
        settings = request.settings.as_json() if request.settings else {}
        if settings:
            body["voice_settings"] = settings
        if request.previous_text:
            body["previous_text"] = request.previous_text
        if request.next_text:
            body["next_text"] = request.next_text
        if request.seed is not None:
            body["seed"] = request.seed
        if request.text_normalization != "auto":
            body["apply_text_normalization"] = request.text_normalization
        if request.pronunciations:
            body["pronunciation_dictionary_locators"] = [self._locator_for(request.pronunciations)]
        # With timestamps: the same generation and price, plus each character's timing for clip QA.
        path = f"/v1/text-to-speech/{quote(request.voice_id, safe='')}/with-timestamps"
        # send reads the whole body within the deadline; a body that breaks off is BAD_RESPONSE there.
        response = self._request("POST", path, params={"output_format": fmt}, json=body,
                                 deadline=self.deadlines.synthesis(request.text))
        headers = response.headers
        # The answer is JSON around base64 audio, so its length and type say nothing of the audio.
        audio, alignment = timestamped_audio(response)
        check_audio(request.audio_format, audio, None, None)
        return SynthesisResult(alignment=alignment,
            audio=audio, audio_format=request.audio_format, sample_rate=rate,
            cost=_number(headers.get("character-cost") or headers.get("x-character-count")),
            request_id=headers.get("request-id"), history_item_id=headers.get("history-item-id"),
            max_concurrency=_int(headers.get("maximum-concurrent-requests")),
            current_concurrency=_int(headers.get("current-concurrent-requests")),
        )

    def use_pronunciations(self, dictionary: PronunciationDictionary, name: str = "") -> None:
        """Apply dictionary (synced to the account before the first line that needs it)."""
        self.pronunciations, self.dictionary_name = dictionary, name

    def _locator_for(self, rules: tuple[tuple[str, str, str, bool], ...]) -> dict[str, str]:
        # A clip keyed with rules this dictionary lacks would be cached with the wrong pronunciation.
        if not set(rules) <= {rule.key() for rule in self.pronunciations.rules}:
            raise ProviderError(ErrorKind.BAD_REQUEST, "This line's pronunciations are not the project's "
                                "any more: render again.")
        return self.dictionaries.locator(self.pronunciations, self.dictionary_name)

    # -- speech history (recovery of interrupted requests) ----------------------------------------
    def find_generations(self, entries: Sequence[JournalEntry], known_ids: set[str]) -> dict[str, Generation]:
        """Journaled requests found in the speech history, with their audio (see elevenlabs_history)."""
        return find_generations(entries, known_ids, lambda params: self._json("GET", "/v1/history", params=params),
                                self._history_audio)

    def _history_audio(self, item_id: str) -> tuple[bytes, str | None]:
        # A clip of a subtitle line: as long to fetch as one to make, at most (send reads it whole).
        response = self._request("GET", f"/v1/history/{quote(item_id, safe='')}/audio",
                                 deadline=self.deadlines.synthesis(""))
        return response.content, response.headers.get("Content-Type")

    # -- voices ----------------------------------------------------------------------------------
    def voices(self, *, library: bool = False, search: str | None = None, language: str | None = None,
               page: str | int | None = None) -> VoicePage:
        if library:
            return self.library_voices(search=search, language=language, page=int(page or 0))
        return self.my_voices(search=search, language=language, page=page)

    def my_voices(self, *, search: str | None = None, language: str | None = None,
                  page: str | int | None = None, voice_type: str | None = None) -> VoicePage:
        """One page (up to 100) of My Voices; next_page is the token for the next one."""
        params: dict[str, Any] = {"page_size": 100, "include_total_count": "false"}
        if search:
            params["search"] = search
        if language:
            params["language"] = [language]
        if page:
            params["next_page_token"] = str(page)
        if voice_type:
            params["voice_type"] = voice_type
        listing = parse_listing(self._json("GET", "/v2/voices", params=params), token=True)
        voices = [my_voice(item, community=voice_type == "community") for item in listing.items]
        slots_used, limit = self._slots()
        token = listing.next_page_token if listing.has_more else None
        return VoicePage(voices, listing.has_more, token, slots_used, limit)

    def all_my_voices(self, *, voice_type: str | None = None) -> list[Voice]:
        """Every voice in My Voices, following next_page_token."""
        out: list[Voice] = []
        token: str | int | None = None
        for _ in range(MAX_PAGES):
            page = self.my_voices(page=token, voice_type=voice_type)
            out += page.voices
            if not page.has_more:
                break
            token = page.next_page
        return out

    def library_copies(self) -> list[Voice]:
        """Library voices copied into My Voices: each holds a slot the user may want back."""
        return self.all_my_voices(voice_type="community")

    def library_voices(self, *, search: str | None = None, language: str | None = None,
                       gender: str | None = None, accent: str | None = None, use_case: str | None = None,
                       category: str | None = None, page: int = 0, page_size: int = 30) -> VoicePage:
        """One page of the shared Voice Library, each voice tagged with whether using it takes a slot."""
        params: dict[str, Any] = {"page": page, "page_size": page_size}
        for key, value in (("search", search), ("language", language), ("gender", gender),
                           ("accent", accent), ("category", category)):
            if value:
                params[key] = value
        if use_case:
            params["use_cases"] = [use_case]
        listing = parse_listing(self._json("GET", "/v1/shared-voices", params=params), token=False)
        items = listing.items  # parse_listing checked every voice_id is a non-empty string
        unknown = [item["voice_id"] for item in items if item.get("is_added_by_user") is None]
        mine = self._owned_ids(unknown) if unknown else set()
        voices = [library_voice(item, added=True if item["voice_id"] in mine else None) for item in items]
        slots_used, limit = self._slots()
        return VoicePage(voices, listing.has_more, page + 1 if listing.has_more else None, slots_used, limit)

    def _owned_ids(self, voice_ids: list[str]) -> set[str]:
        """Which of these ids are in My Voices (when the library listing does not say)."""
        data = self._json("GET", "/v2/voices", params={"voice_ids": voice_ids[:100], "page_size": 100,
                                                        "include_total_count": "false"})
        return {item["voice_id"] for item in parse_listing(data, token=True).items}

    def add_library_voice(self, public_owner_id: str, voice_id: str, name: str) -> str:
        """Add a library voice to My Voices (takes a slot); already added counts as done. Returns its id."""
        path = f"/v1/voices/add/{quote(public_owner_id, safe='')}/{quote(voice_id, safe='')}"
        try:
            data = self._json("POST", path, json={"new_name": name})
        except ProviderError as error:
            if error.code == "voice_already_cloned":
                return voice_id
            raise
        finally:
            self._forget_subscription()
        return ANSWER.text(ANSWER.obj(data, "the added voice"), "voice_id") or voice_id

    def delete_voice(self, voice_id: str) -> None:
        """Remove a voice from My Voices (frees its slot). Only when the user asks."""
        try:
            self._json("DELETE", f"/v1/voices/{quote(voice_id, safe='')}")
        finally:
            self._forget_subscription()

    # -- balance ---------------------------------------------------------------------------------
    def _fetch_subscription(self) -> dict[str, Any]:
        data = parse_subscription(self._json("GET", "/v1/user/subscription"))
        with self._lock:
            self._subscription = (time.monotonic() + SUBSCRIPTION_TTL_S, data)
        return data

    def _forget_subscription(self) -> None:
        with self._lock:
            self._subscription = None

    def _slots(self) -> tuple[int | None, int | None]:
        with self._lock:
            cached = self._subscription
        try:
            data = cached[1] if cached and cached[0] > time.monotonic() else self._fetch_subscription()
        except ProviderError as error:
            # A key without user_read still lists voices; the slot counter is then just unknown.
            log.info("voice slots unavailable: %s", error.kind.value)
            return None, None
        return slots(data)

    def balance(self) -> Balance:
        return subscription_balance(self._fetch_subscription(), self.name, self.unit)

    # -- models and estimates --------------------------------------------------------------------
    def models(self) -> dict[str, ElevenLabsModel]:
        """Text-to-speech models by id, from the API once per provider (the built-in table if it fails)."""
        with self._lock:
            cached = self._models
        if cached and (cached[0] is None or cached[0] > time.monotonic()):
            return cached[1]
        try:
            models = {k: m for k, m in parse_models(self._json("GET", "/v1/models")).items()
                      if m.can_do_text_to_speech}
            entry: tuple[float | None, dict[str, ElevenLabsModel]] = (None, models)
        except (ProviderError, ValueError) as error:
            log.info("models unavailable, using the built-in table: %s", getattr(error, "kind", error))
            entry = (time.monotonic() + FALLBACK_MODELS_TTL_S, dict(FALLBACK_MODELS))
        with self._lock:
            self._models = entry
        return entry[1]

    def model(self, model_id: str | None = None) -> ElevenLabsModel:
        model_id = model_id or self.default_model
        found = self.models().get(model_id) or FALLBACK_MODELS.get(model_id)
        # An unknown model is estimated at 1 credit per character: too high rather than too low.
        return found or ElevenLabsModel(model_id, model_id)

    def tariff(self, voices: Sequence[Voice] = ()) -> Tariff:
        models = self.models()
        with self._lock:
            live = bool(self._models and self._models[0] is None)
        per_char = {**{k: m.credits_per_character for k, m in FALLBACK_MODELS.items()},
                    **{k: m.credits_per_character for k, m in models.items()}}
        # Library voices may carry a custom price multiplier (LibraryVoiceResponseModel.rate).
        rates = {v.id: v.rate for v in voices
                 if v.rate is not None and (v.category == "library" or v.library_copy)}
        return Tariff(self.name, self.unit, per_char=per_char, default_model=self.default_model,
                      voice_rates=rates, source="live" if live else FALLBACK_SOURCE)

    def refresh_models(self) -> None:
        """Forget the cached multipliers (an actual cost differed from the estimate): refetch next time."""
        with self._lock:
            self._models = None

    def estimate(self, text: str, *, voice: Voice | None = None, model: str | None = None) -> float:
        spec = ClipSpec(self.name, voice.id if voice else "", text, model or self.default_model)
        return self.tariff([voice] if voice else []).cost(spec)

    # -- usage history ---------------------------------------------------------------------------
    def usage(self, start: datetime, end: datetime, interval: str = "day") -> list[UsagePoint]:
        """Credits used per hour/day/week from start to end (analytics, else the deprecated endpoint)."""
        if interval not in INTERVAL_SECONDS:
            raise ValueError(f"interval must be one of {sorted(INTERVAL_SECONDS)}")
        body = {"start_time": to_ms(start), "end_time": to_ms(end),
                "interval_seconds": INTERVAL_SECONDS[interval], "time_zone": "UTC"}
        try:
            return parse_analytics(self._json("POST", ANALYTICS_USAGE_PATH, json=body))
        except (ProviderError, ValueError) as error:
            # A refused key or no network will fail the old endpoint too; anything else (404, 403 for a
            # missing analytics permission, an unreadable table) is worth the deprecated one.
            if isinstance(error, ProviderError) and (error.kind is ErrorKind.NETWORK or error.status == 401):
                raise
            log.info("usage analytics unavailable, trying character-stats: %s", getattr(error, "kind", error))
        params = {"start_unix": to_ms(start), "end_unix": to_ms(end), "aggregation_interval": interval,
                  "metric": "credits"}
        try:
            return parse_character_stats(self._json("GET", "/v1/usage/character-stats", params=params))
        except ValueError:
            raise ProviderError(ErrorKind.BAD_RESPONSE) from None


def _number(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None else None
