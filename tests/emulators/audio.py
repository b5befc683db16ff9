"""Real audio bodies for the provider emulators: a voice-like tone whose length follows the text."""

from __future__ import annotations

import functools
import io
import math
import shutil
import subprocess
import threading
import wave

# About 15 characters per second: a natural speaking rate, so clips have realistic lengths.
CHARS_PER_SECOND = 15.0


def duration_for(text: str) -> float:
    return max(0.3, len(text) / CHARS_PER_SECOND)


# Each rate's tone so far, up to this many seconds: a sample depends on its index and the rate only, so
# a shorter tone is the start of a longer one. Made sample by sample in Python, a clip's tone took about
# 0.25 s (three quarters of an emulator's answer): a 200-line render test outran its timeout on a busy
# machine.
_KEPT_S = 60.0
_tones: dict[int, bytes] = {}
_tones_lock = threading.Lock()  # the emulators answer from several threads


def pcm_tone(seconds: float, rate: int = 24000) -> bytes:
    """Mono s16le: a 220 Hz tone with a syllable-like envelope (4 Hz), silence-free in the middle."""
    frames = int(seconds * rate)
    with _tones_lock:
        kept = _tones.get(rate, b"")
        if len(kept) < 2 * frames:
            longer = kept + _tone_samples(len(kept) // 2, frames, rate)
            if frames <= _KEPT_S * rate:
                _tones[rate] = longer
            return longer
    return kept[:2 * frames]


def _tone_samples(first: int, end: int, rate: int) -> bytes:
    out = bytearray()
    for i in range(first, end):
        t = i / rate
        envelope = 0.35 + 0.25 * math.sin(2 * math.pi * 4 * t)
        sample = int(12000 * envelope * math.sin(2 * math.pi * 220 * t))
        out += sample.to_bytes(2, "little", signed=True)
    return bytes(out)


def wav_bytes(pcm: bytes, rate: int = 24000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(pcm)
    return buffer.getvalue()


def ffmpeg_exe() -> str:
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


@functools.lru_cache(maxsize=256)
def encoded(seconds: float, fmt: str, rate: int = 24000) -> bytes:
    """The tone of `seconds` as "wav", "pcm", "mp3" or "m4a" bytes (cached: emulators reuse lengths)."""
    pcm = pcm_tone(seconds, rate)
    if fmt == "pcm":
        return pcm
    if fmt == "wav":
        return wav_bytes(pcm, rate)
    codec = {"mp3": ["-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3"],
             "m4a": ["-c:a", "aac", "-b:a", "64k", "-f", "ipod", "-movflags", "+frag_keyframe+empty_moov"]}[fmt]
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar", str(rate),
                           "-ac", "1", "-i", "pipe:0", *codec, "pipe:1"], input=pcm, capture_output=True,
                          check=True, timeout=60)
    return proc.stdout


def speech_audio(text: str, fmt: str, rate: int = 24000, speed: float = 1.0) -> bytes:
    """Audio for text: its length follows the text and the speaking speed (rounded to 0.1 s so the cache
    is reused)."""
    return encoded(round(duration_for(text) / speed, 1), fmt, rate)
