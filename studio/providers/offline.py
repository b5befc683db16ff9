"""The embedded default engine: espeak-ng on this machine, no account, no network, no cost.

It sounds robotic, but it lets the app do its whole job (estimate, render, assemble, export) on a
fresh machine with nothing configured, and it is what the tests and the CLI fall back on.
"""

from __future__ import annotations

import io
import threading
import wave

from studio.providers import espeak
from studio.providers.base import (Balance, ErrorKind, Provider, ProviderError, SynthesisRequest,
                                   SynthesisResult, Voice, VoicePage)

DEFAULT_VOICE = "roa/fr"  # the app's users mostly dub French subtitles


class OfflineProvider(Provider):
    name = "offline"
    unit = "none"

    def __init__(self, *, rate_wpm: int = espeak.DEFAULT_RATE_WPM) -> None:
        self.rate_wpm = rate_wpm  # the speed 1.0 maps to; VoiceSettings.speed multiplies it
        self._voices: list[Voice] | None = None
        self._voices_lock = threading.Lock()

    def voices(self, *, library: bool = False, search: str | None = None, language: str | None = None,
               page: str | int | None = None) -> VoicePage:
        if library:
            return VoicePage([])  # no shared library: every offline voice is already "mine"
        found = self._all_voices()
        if language:
            wanted = language.lower().replace("_", "-")
            found = [v for v in found if any(_language_matches(code, wanted)
                                             for code in v.labels["languages"].split(","))]
        if search:
            needle = search.casefold()
            found = [v for v in found if needle in v.name.casefold() or needle in v.id.casefold()]
        return VoicePage(found)

    def balance(self) -> Balance:
        return Balance(provider=self.name, unit="none")  # unlimited: nothing to count

    def estimate(self, text: str, *, voice: Voice | None = None, model: str | None = None) -> float:
        return 0.0

    def synthesize(self, request: SynthesisRequest) -> SynthesisResult:
        if not request.text.strip():
            raise ProviderError(ErrorKind.BAD_REQUEST, "This line has no text to speak.")
        speed = request.settings.speed if request.settings and request.settings.speed else 1.0
        try:
            samples = espeak.synthesize(request.text, request.voice_id or DEFAULT_VOICE,
                                        rate=round(self.rate_wpm * speed))
            rate = espeak.sample_rate()
        except espeak.EspeakVoiceNotFound:
            raise ProviderError(ErrorKind.VOICE_NOT_FOUND, "This offline voice does not exist on this "
                                "computer: pick another voice for this line.",
                                code="voice_not_found") from None
        except espeak.EspeakError as error:
            # Not retryable and not the line's fault, but there is no closer kind: say what to do.
            raise ProviderError(ErrorKind.BAD_REQUEST, str(error), code="engine_unavailable") from None
        return SynthesisResult(audio=_wav(samples, rate), audio_format="wav", sample_rate=rate, cost=0.0,
                               duration_s=len(samples) / 2 / rate)

    def _all_voices(self) -> list[Voice]:
        with self._voices_lock:
            if self._voices is None:
                try:
                    found = espeak.list_voices()
                except espeak.EspeakError as error:
                    raise ProviderError(ErrorKind.BAD_REQUEST, str(error),
                                        code="engine_unavailable") from None
                self._voices = sorted((_voice(v) for v in found), key=lambda v: v.name.casefold())
            return list(self._voices)


def _voice(found: espeak.EspeakVoice) -> Voice:
    labels = {"languages": ",".join(found.languages)}
    if found.gender:
        labels["gender"] = found.gender
    return Voice(id=found.identifier, name=found.name, category="offline",
                 language=found.languages[0] if found.languages else None, labels=labels,
                 in_my_voices=True, uses_slot_if_used=False, description="espeak-ng (offline)")


def _language_matches(code: str, wanted: str) -> bool:
    """"fr" matches "fr-fr" and "fr-be"; "en-gb" matches "en-gb-scotland"; "en-us" not "en"."""
    code = code.lower()
    return code == wanted or code.startswith(wanted + "-")


def _wav(samples: bytes, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(samples)
    return buffer.getvalue()
