"""Output formats for ElevenLabs synthesis, and the checks that an answer really is that audio.

A 200 is not proof of audio: a proxy or captive portal answers HTML, a gateway JSON, a dropped
connection a short body. A clip that is cached is never paid for again, so caching garbage would be
paid for twice (once now, once when the user notices); everything suspicious is BAD_RESPONSE.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from studio.core.clip_qa import Alignment
from studio.providers.base import ErrorKind, ProviderError

# Sample rates the spec enum has for pcm_* and wav_* (2026-08).
PCM_RATES = (8000, 16000, 22050, 24000, 32000, 44100, 48000)
# 44.1 kHz PCM/WAV needs the Pro tier (spec description of output_format); 24 kHz does not and is
# plenty for speech, so it is the default.
DEFAULT_PCM_RATE = 24000
# mp3 variants by sample rate: the best bitrate that needs no Creator tier (192 kbps does).
MP3_FORMATS = {22050: "mp3_22050_32", 24000: "mp3_24000_48", 44100: "mp3_44100_128"}
SUPPORTED_FORMATS = ("mp3", "wav", "pcm")

_NOT_AUDIO_TYPES = ("text/", "application/json", "application/problem+json", "application/xml")


def output_format(audio_format: str, sample_rate: int | None) -> tuple[str, int]:
    """(the spec enum value, the sample rate it gives) for our container name and wished rate."""
    if audio_format == "mp3":
        rate = sample_rate if sample_rate in MP3_FORMATS else 44100
        return MP3_FORMATS[rate], rate
    if audio_format in ("wav", "pcm"):
        wanted = sample_rate or DEFAULT_PCM_RATE
        # The nearest offered rate at or above the wish (never below it: that would lose quality the
        # user asked for); the result carries the rate actually used.
        rate = next((r for r in PCM_RATES if r >= wanted), PCM_RATES[-1])
        return f"{audio_format}_{rate}", rate
    raise ProviderError(ErrorKind.BAD_REQUEST, f"ElevenLabs cannot produce {audio_format} audio: choose "
                        f"mp3 or wav in the render settings.")


def looks_like(audio_format: str, body: bytes) -> bool:
    if audio_format == "mp3":
        # An ID3 tag, or an MPEG frame sync (11 set bits).
        return body[:3] == b"ID3" or (len(body) > 1 and body[0] == 0xFF and body[1] & 0xE0 == 0xE0)
    if audio_format == "wav":
        return body[:4] == b"RIFF" and body[8:12] == b"WAVE"
    if audio_format == "pcm":
        # Raw s16le has no header: all we can check is whole samples, and not a text document.
        return len(body) % 2 == 0 and body.lstrip()[:1] not in (b"{", b"<")
    return True


def check_audio(audio_format: str, body: bytes, content_type: str | None,
                content_length: str | None) -> None:
    """Raise BAD_RESPONSE unless body is plausibly complete audio of audio_format."""
    media = (content_type or "").split(";")[0].strip().lower()
    if not body:
        raise ProviderError(ErrorKind.BAD_RESPONSE, "ElevenLabs sent an empty answer instead of audio: the "
                            "request will be retried.")
    if content_length is not None and content_length.strip().isdigit() and int(content_length) != len(body):
        raise ProviderError(ErrorKind.BAD_RESPONSE, "The audio from ElevenLabs arrived incomplete: the "
                            "request will be retried.")
    if media.startswith(_NOT_AUDIO_TYPES) or not looks_like(audio_format, body):
        raise ProviderError(ErrorKind.BAD_RESPONSE, "ElevenLabs (or a proxy in between) answered with a "
                            "page instead of audio: the request will be retried.")


def timestamped_audio(response: Any) -> tuple[bytes, Alignment | None]:
    """(audio, alignment of the text as sent) from a with-timestamps answer (AudioWithTimestampsResponseModel).
    An answer that is not that JSON is BAD_RESPONSE, like any other broken audio; a missing or
    malformed alignment only means the clip is checked from its audio alone."""
    try:
        data = response.json()
        audio = base64.b64decode(data["audio_base64"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise ProviderError(ErrorKind.BAD_RESPONSE, "ElevenLabs (or a proxy in between) answered with "
                            "something other than audio: the request will be retried.",
                            status=response.status_code, request_id=response.headers.get("request-id")) from None
    return audio, Alignment.from_json(data.get("alignment"))
