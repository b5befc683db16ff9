"""Narakeet: billed in seconds of audio. Facts and their sources: docs/reference/narakeet.md.

Two modes on one endpoint, chosen by the Accept header: streaming (Accept: application/octet-stream,
UTF-8 body up to 1 KB, mp3/m4a only, audio in the answer, x-duration-seconds rounded up) and polling
(no octet-stream Accept, any size up to 1 MB, wav too: a JSON statusUrl to poll, then a result URL).
Status and result URLs are pre-signed storage links: they get no API key.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Sequence
from typing import Any

import requests

from studio.core.audio_decode import AudioDecodeError, FfmpegNotFoundError, decode_to_pcm
from studio.providers.base import (Balance, ErrorKind, Provider, ProviderError, SynthesisRequest,
                                   SynthesisResult, Voice, VoicePage)
from studio.providers.http import (DEFAULT_DEADLINES, DEFAULT_TIMEOUT, Deadlines, check_base_url, new_session,
                                   retry_after_seconds, send)
from studio.providers.narakeet_answers import parse_credits, parse_voices
from studio.core.clip_spec import ClipSpec
from studio.core.cost import Tariff
from studio.core.speaking_rate import SpeakingRates

DEFAULT_BASE_URL = "https://api.narakeet.com"
KEY_HEADER = "x-api-key"
STREAMING_LIMIT_BYTES = 1024           # counted in UTF-8 bytes, as every official example sends
POLLING_LIMIT_BYTES = 1024 * 1024      # newer docs; older ones said 100 KB (the server decides)
STREAMING_FORMATS = frozenset({"mp3", "m4a"})
FORMATS = frozenset({"mp3", "m4a", "wav"})
# x-duration-seconds is rounded up: real audio is up to 1 s shorter; beyond that (plus codec slack)
# the body was cut short.
_TRUNCATION_SLACK_S = 1.15

_CREDIT = re.compile(r"credit|insufficient|top[- ]?up|balance|payment required", re.I)
_VOICE = re.compile(r"voice", re.I)
_NOT_FOUND = re.compile(r"unknown|not found|invalid|unsupported|not supported|does not exist|no such", re.I)
_LENGTH = re.compile(r"too long|too large|too big|content length|size limit|maximum length|exceeds", re.I)


class NarakeetProvider(Provider):
    name = "narakeet"
    unit = "seconds"

    def __init__(self, api_key: str, base_url: str = DEFAULT_BASE_URL, timeout=DEFAULT_TIMEOUT, *,
                 poll_interval: float = 5.0, poll_deadline: float = 15 * 60.0, verify_audio: bool = True,
                 rates: SpeakingRates | None = None, deadlines: Deadlines = DEFAULT_DEADLINES) -> None:
        self.base_url = check_base_url(base_url)
        self.timeout = timeout
        self.deadlines = deadlines  # overall seconds per request (timeout bounds one socket op)
        self.poll_interval = poll_interval    # Narakeet's examples poll every 5 s
        self.poll_deadline = poll_deadline    # give up on one line after this (the server allows 45 min)
        self.verify_audio = verify_audio      # decode each clip: catches truncated or non-audio bodies
        self.rates = rates or SpeakingRates()
        self._key = api_key or ""
        self._session = new_session(KEY_HEADER, api_key)
        self._storage = new_session(None, None)  # pre-signed links: never the key
        self._voices: list[Voice] | None = None
        self._voices_lock = threading.Lock()

    # -- account ---------------------------------------------------------------------------------

    def balance(self) -> Balance:
        credits = parse_credits(self._json(self._get("/account/credits")))
        return Balance(provider=self.name, unit="seconds", remaining=credits)

    def voices(self, *, library: bool = False, search: str | None = None, language: str | None = None,
               page: str | int | None = None) -> VoicePage:
        if library:
            return VoicePage([])  # every Narakeet voice is usable as is: no library, no slots
        found = self._all_voices()
        if language:
            wanted = language.lower().replace("_", "-")
            found = [v for v in found if v.language and (v.language.lower() == wanted
                                                         or v.language.lower().startswith(wanted + "-"))]
        if search:
            needle = search.casefold()
            found = [v for v in found if needle in v.id.casefold() or needle in v.description.casefold()]
        return VoicePage(found)

    def _all_voices(self) -> list[Voice]:
        with self._voices_lock:  # the list is large and static: once per provider instance
            if self._voices is None:
                self._voices = parse_voices(self._json(self._get("/voices")))
            return list(self._voices)

    # -- cost --------------------------------------------------------------------------------------

    def tariff(self, voices: Sequence[Voice] = ()) -> Tariff:
        """Seconds billed per request, from the (calibrated) speaking rate of each voice's language."""
        languages = {v.id: v.language for v in voices if v.language}
        if not voices:
            with self._voices_lock:
                known = list(self._voices or [])
            languages = {v.id: v.language for v in known if v.language}
        return Tariff(self.name, self.unit, speaking=self.rates, voice_languages=languages)

    def estimate(self, text: str, *, voice: Voice | None = None, model: str | None = None) -> float:
        """Seconds billed: the speech length, rounded up to a whole second per request."""
        return self.tariff([voice] if voice else []).cost(ClipSpec(self.name, voice.id if voice else "", text))

    def calibrate(self, language: str | None, chars: int, seconds: float) -> None:
        """Teach the estimate a rendered clip's real length (decoded, not the rounded-up header)."""
        self.rates.calibrate(language, chars, seconds)

    # -- synthesis ---------------------------------------------------------------------------------

    def synthesize(self, request: SynthesisRequest) -> SynthesisResult:
        fmt = request.audio_format.lower()
        if fmt not in FORMATS:
            raise ProviderError(ErrorKind.BAD_REQUEST, f"Narakeet makes mp3, m4a or wav audio, not {fmt}.")
        if not request.text.strip():
            raise ProviderError(ErrorKind.BAD_REQUEST, "This line has no text to speak.")
        body = request.text.encode("utf-8")
        if len(body) > POLLING_LIMIT_BYTES:
            raise ProviderError(ErrorKind.TEXT_TOO_LONG)
        params = {"voice": request.voice_id}
        speed = request.settings.speed if request.settings else None
        if speed and speed != 1.0:
            params["voice-speed"] = f"{speed:g}"
        url = f"{self.base_url}/text-to-speech/{fmt}"
        deadline = self.deadlines.synthesis(request.text)
        if fmt in STREAMING_FORMATS and len(body) <= STREAMING_LIMIT_BYTES:
            audio, reported, request_id = self._stream(url, params, body, deadline)
        else:
            audio, reported, request_id = self._poll(url, params, body, deadline)
        measured = self._check_audio(audio, fmt, reported) if self.verify_audio else None
        if measured:
            # Every clip teaches the estimate this voice's real pace (the decoded length, not the
            # rounded-up header), so the next estimate is closer to the bill.
            self.rates.calibrate(self._language_of(request.voice_id), len(" ".join(request.text.split())),
                                 measured * (speed or 1.0))
        cost = reported if reported is not None else (float(math.ceil(measured)) if measured else None)
        return SynthesisResult(audio=audio, audio_format=fmt, cost=cost, request_id=request_id,
                               duration_s=reported, measured_s=measured)

    def _language_of(self, voice_id: str) -> str | None:
        with self._voices_lock:
            known = list(self._voices or [])
        return next((v.language for v in known if v.id == voice_id), None)

    def _stream(self, url: str, params: dict, body: bytes,
                deadline: float) -> tuple[bytes, float | None, str | None]:
        response = self._send("POST", url, params=params, data=body, deadline=deadline,
                              headers={"Accept": "application/octet-stream", "Content-Type": "text/plain"})
        _expect_audio(response)
        return response.content, _number(response.headers.get("x-duration-seconds")), _request_id(response)

    def _poll(self, url: str, params: dict, body: bytes,
              deadline: float) -> tuple[bytes, float | None, str | None]:
        # requests sends "Accept: */*", exactly like Narakeet's own Python polling example: any
        # Accept but application/octet-stream selects the polling API.
        task = self._json(self._send("POST", url, params=params, data=body,
                                     headers={"Content-Type": "text/plain"}))
        status_url = task.get("statusUrl") if isinstance(task, dict) else None
        if not isinstance(status_url, str) or not status_url.startswith(("https://", "http://")):
            raise ProviderError(ErrorKind.BAD_RESPONSE, "Narakeet's answer had no status link to follow.")
        task_id = task.get("taskId") or task.get("requestId")
        give_up = time.monotonic() + self.poll_deadline
        while True:
            time.sleep(self.poll_interval)
            status = self._json(self._storage_get(status_url))
            if not isinstance(status, dict):
                raise ProviderError(ErrorKind.BAD_RESPONSE, "Narakeet's task status was not a JSON object.")
            if status.get("finished", False):  # missing while in progress (official examples)
                break
            if time.monotonic() > give_up:
                raise ProviderError(ErrorKind.BUSY, "Narakeet did not finish this line in time: it will "
                                    "be retried.", request_id=task_id)
        if not status.get("succeeded", False):
            raise _task_failure(self._scrub(str(status.get("message") or "")), task_id)
        result_url = status.get("result")
        if not isinstance(result_url, str) or not result_url.startswith(("https://", "http://")):
            raise ProviderError(ErrorKind.BAD_RESPONSE, "Narakeet finished the line but sent no audio link.")
        download = self._storage_get(result_url, deadline)  # the audio: as long as the text
        _expect_audio(download)
        return download.content, _number(status.get("durationInSeconds")), task_id

    def _check_audio(self, audio: bytes, fmt: str, reported: float | None) -> float | None:
        """Decode the clip: the seconds it really lasts, or BAD_RESPONSE when it is cut or not audio."""
        try:
            seconds = decode_to_pcm(audio, fmt, 16000).duration_ms / 1000
        except FfmpegNotFoundError:
            return None  # nothing to check with; the assembly step will say ffmpeg is missing
        except AudioDecodeError:
            raise ProviderError(ErrorKind.BAD_RESPONSE, "Narakeet sent audio that cannot be decoded: the "
                                "request will be retried.") from None
        if reported is not None and seconds < reported - _TRUNCATION_SLACK_S:
            raise ProviderError(ErrorKind.BAD_RESPONSE, f"Narakeet's audio stops at {seconds:.1f} s of the "
                                f"{reported:g} s announced (cut off): the request will be retried.")
        return seconds

    # -- HTTP --------------------------------------------------------------------------------------

    def _get(self, path: str) -> requests.Response:
        return self._send("GET", f"{self.base_url}{path}")

    def _send(self, method: str, url: str, *, deadline: float | None = None,
              **kwargs: Any) -> requests.Response:
        # No redirects with the key on: requests would carry x-api-key to any host it is sent to.
        response = send(self._session, method, url, timeout=self.timeout, allow_redirects=False,
                        deadline=self.deadlines.account if deadline is None else deadline, **kwargs)
        if not 200 <= response.status_code < 300:
            raise self._error(response)
        return response

    def _storage_get(self, url: str, deadline: float | None = None) -> requests.Response:
        # Pre-signed links carry no key (this session has none), so following their redirects is safe.
        response = send(self._storage, "GET", url, timeout=self.timeout,
                        deadline=self.deadlines.account if deadline is None else deadline)
        if response.status_code >= 500:
            raise ProviderError(ErrorKind.BUSY, status=response.status_code,
                                retry_after=retry_after_seconds(response))
        if response.status_code != 200:
            # An expired or refused pre-signed link: the task must be started again.
            raise ProviderError(ErrorKind.BAD_RESPONSE, f"Narakeet's storage refused the task link (HTTP "
                                f"{response.status_code}): the request will be retried.",
                                status=response.status_code)
        return response

    def _json(self, response: requests.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            raise ProviderError(ErrorKind.BAD_RESPONSE, "Narakeet sent an answer that is not JSON: the "
                                "request will be retried.", status=response.status_code) from None

    def _scrub(self, text: str) -> str:
        """Server text for a message: one line, short, and never the key (were it echoed back)."""
        text = " ".join(text.split())[:300]
        return text.replace(self._key, "***") if self._key else text

    def _error(self, response: requests.Response) -> ProviderError:
        status = response.status_code
        detail = self._scrub(_body_message(response))
        hint = f" (Narakeet: {detail})" if detail else ""
        common = {"status": status, "request_id": _request_id(response)}
        if 300 <= status < 400:
            return ProviderError(ErrorKind.BAD_RESPONSE, f"Narakeet answered with a redirect (HTTP "
                                 f"{status}), which is not followed with your key: check the base URL.",
                                 **common)
        if status == 429:
            return ProviderError(ErrorKind.RATE_LIMITED, "Narakeet asks to slow down (too many requests, or "
                                 f"the daily request quota){hint}: the request will be retried.",
                                 retry_after=retry_after_seconds(response), **common)
        if status >= 500:
            return ProviderError(ErrorKind.BUSY, retry_after=retry_after_seconds(response), **common)
        if status == 402 or _CREDIT.search(detail):
            return ProviderError(ErrorKind.OUT_OF_CREDITS, "Your Narakeet account has run out of credit "
                                 f"seconds{hint}: top up on narakeet.com.", **common)
        if status in (401, 403):
            return ProviderError(ErrorKind.AUTH, f"Narakeet refused the API key (HTTP {status}){hint}: check "
                                 "it in Accounts, or create a new one on narakeet.com.", **common)
        if _VOICE.search(detail) and _NOT_FOUND.search(detail):
            return ProviderError(ErrorKind.VOICE_NOT_FOUND, f"Narakeet has no such voice{hint}: pick "
                                 "another voice for this line.", **common)
        if status == 413 or _LENGTH.search(detail):
            return ProviderError(ErrorKind.TEXT_TOO_LONG, f"Narakeet found this line too long{hint}: "
                                 "split it into shorter lines.", **common)
        return ProviderError(ErrorKind.BAD_REQUEST, f"Narakeet refused this line (HTTP {status}){hint}: "
                             "check its text and voice.", **common)

    def close(self) -> None:
        self._session.close()
        self._storage.close()


def _expect_audio(response: requests.Response) -> None:
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if kind.startswith("text/") or kind in ("application/json", "application/xml") or "html" in kind:
        raise ProviderError(ErrorKind.BAD_RESPONSE, f"Narakeet sent {kind} instead of audio: the request "
                            "will be retried.", status=response.status_code)
    if not response.content:
        raise ProviderError(ErrorKind.BAD_RESPONSE, "Narakeet sent empty audio: the request will be "
                            "retried.", status=response.status_code)


def _task_failure(message: str, task_id: str | None) -> ProviderError:
    hint = f" (Narakeet: {message})" if message else ""
    if _CREDIT.search(message):
        return ProviderError(ErrorKind.OUT_OF_CREDITS, f"Your Narakeet account has run out of credit "
                             f"seconds{hint}: top up on narakeet.com.", request_id=task_id)
    if _VOICE.search(message) and _NOT_FOUND.search(message):
        return ProviderError(ErrorKind.VOICE_NOT_FOUND, f"Narakeet has no such voice{hint}: pick another "
                             "voice for this line.", request_id=task_id)
    return ProviderError(ErrorKind.BAD_REQUEST, f"Narakeet could not make this line{hint}: check its "
                         "text and voice.", request_id=task_id)


def _body_message(response: requests.Response) -> str:
    """The error text of a body that is plain text, {"message": ...} or {"error": ...}."""
    text = response.text or ""
    try:
        data = response.json()
    except ValueError:
        return text
    if isinstance(data, dict):
        for key in ("message", "error", "Message"):
            if isinstance(data.get(key), str):
                return data[key]
    return text


def _request_id(response: requests.Response) -> str | None:
    return response.headers.get("x-amzn-RequestId") or response.headers.get("x-request-id")


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None

