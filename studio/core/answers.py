"""Reading a provider's answer by duck typing (the core never imports a provider): its error kind,
its clip's length, and the stand-in error for a 200 that carried no audio."""

from __future__ import annotations

import io
import wave
from typing import Any


class EmptyAudio(Exception):
    kind = "bad_response"
    retryable = True
    stops_job = False
    retry_after = None
    code = None

    def __str__(self) -> str:
        return "The provider answered without any audio: the request will be retried."


def error_kind(error: BaseException) -> str:
    kind = getattr(error, "kind", None)
    if kind is None:
        return INTERNAL
    return str(getattr(kind, "value", kind))


def duration_ms(result: Any) -> float | None:
    """The clip's length: measured for WAV/PCM (cheap, exact), else as the provider measured or
    reported it (decoding an mp3 here would need ffmpeg on a hot path)."""
    audio_format = getattr(result, "audio_format", None)
    audio = getattr(result, "audio", b"")
    try:
        if audio_format == "wav":
            with wave.open(io.BytesIO(audio)) as handle:
                return handle.getnframes() * 1000.0 / handle.getframerate()
        rate = getattr(result, "sample_rate", None)
        if audio_format == "pcm" and rate:
            return len(audio) / 2 * 1000.0 / rate
    except (wave.Error, EOFError, ZeroDivisionError):
        pass
    # A decoded length beats the billed one (Narakeet rounds duration_s up to whole seconds).
    seconds = getattr(result, "measured_s", None)
    if seconds is None:
        seconds = getattr(result, "duration_s", None)
    return float(seconds) * 1000.0 if seconds is not None else None
