"""The with-timestamps text-to-speech route: the plain route's generation (same checks, price and
history), answered as AudioWithTimestampsResponseModel: base64 audio plus each character's timing.

Clip faults for QA tests (ElevenLabsEmulator.clip_faults, one per request, oldest first):
- "skip_word": the middle word is not spoken: its characters get no time and the audio is shorter;
- "noise_tail": 1.5 s of noise after the last character;
- "long_silence": 1.6 s of silence between two words (the alignment shows the gap).
The history keeps the faulty take; its item carries the alignment only when emu.history_alignments
(the spec makes `alignments` nullable, and a recovered clip must be checked either way).
"""

from __future__ import annotations

import base64
import subprocess
from typing import TYPE_CHECKING, Any

import numpy as np

from tests.emulators.audio import duration_for, ffmpeg_exe, pcm_tone, wav_bytes
from tests.emulators.elevenlabs_routes import Query, Reply, route, text_to_speech
from tests.emulators.elevenlabs_state import Account

if TYPE_CHECKING:
    from tests.emulators.elevenlabs import ElevenLabsEmulator

CLIP_FAULTS = ("skip_word", "noise_tail", "long_silence")
NOISE_TAIL_S, SILENCE_S = 1.5, 1.6


@route("post", "/v1/text-to-speech/{voice_id}/with-timestamps")
def text_to_speech_with_timestamps(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str],
                                   query: Query, body: Any) -> Reply:
    fmt_name = (query.get("output_format") or ["mp3_44100_128"])[0]
    codec, rate = fmt_name.split("_")[0], int(fmt_name.split("_")[1])
    made: dict[str, Any] = {}

    def shape(item: dict[str, Any], audio: bytes) -> bytes:
        # The fault is taken by a generation (a refused request takes none), and the history keeps the
        # faulty take: a client that died mid-request fetches back exactly what it would have heard.
        with emu.lock:
            fault = emu.clip_faults.pop(0) if emu.clip_faults else None
        speed = float((body.get("voice_settings") or {}).get("speed") or 1.0)
        pcm, made["alignment"] = clip(body["text"], round(duration_for(body["text"]) / speed, 1), rate, fault)
        if emu.history_alignments:  # SpeechHistoryItemResponseModel.alignments (nullable)
            item["alignments"] = {"alignment": made["alignment"], "normalized_alignment": made["alignment"]}
        return encode(pcm, codec, rate) if fault is not None else audio

    reply = text_to_speech(emu, account, params, query, body, shape)
    if reply.status != 200 or reply.audio is None:
        return reply
    headers = {**reply.headers, "Content-Type": "application/json"}
    aligned = None if emu.null_alignments else made["alignment"]  # both nullable in the spec
    return Reply(200, {"audio_base64": base64.b64encode(reply.audio).decode("ascii"),
                       "alignment": aligned, "normalized_alignment": aligned}, headers=headers)


def clip(text: str, seconds: float, rate: int, fault: str | None) -> tuple[bytes, dict[str, list[Any]]]:
    """(s16le audio, CharacterAlignmentResponseModel) for text spoken over `seconds`, with a fault."""
    step = seconds / max(1, len(text))
    starts = [i * step for i in range(len(text))]
    ends = [(i + 1) * step for i in range(len(text))]
    words = [i for i, c in enumerate(text) if c == " "]
    cut = words[len(words) // 2] if words else len(text) // 2  # the space before the middle word
    if fault == "skip_word":
        stop = next((i for i in words if i > cut), len(text))
        lost = (stop - cut) * step
        for i in range(cut, len(text)):
            starts[i], ends[i] = (max(0.0, starts[i] - lost), ends[i] - lost) if i >= stop else (starts[cut],) * 2
        return pcm_tone(seconds - lost, rate), _alignment(text, starts, ends)
    if fault == "long_silence":
        head = pcm_tone(ends[cut - 1] if cut else 0.0, rate)
        for i in range(cut, len(text)):
            starts[i], ends[i] = starts[i] + SILENCE_S, ends[i] + SILENCE_S
        tail = pcm_tone(seconds - len(head) / 2 / rate, rate)
        return head + bytes(2 * int(SILENCE_S * rate)) + tail, _alignment(text, starts, ends)
    pcm = pcm_tone(seconds, rate)
    if fault == "noise_tail":
        noise = np.random.default_rng(7).normal(0, 4000, int(NOISE_TAIL_S * rate)).clip(-32768, 32767)
        pcm += noise.astype("<i2").tobytes()
    return pcm, _alignment(text, starts, ends)


def _alignment(text: str, starts: list[float], ends: list[float]) -> dict[str, list[Any]]:
    return {"characters": list(text), "character_start_times_seconds": [round(s, 3) for s in starts],
            "character_end_times_seconds": [round(e, 3) for e in ends]}


def encode(pcm: bytes, codec: str, rate: int) -> bytes:
    if codec == "pcm":
        return pcm
    if codec == "wav":
        return wav_bytes(pcm, rate)
    return subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar", str(rate),
                           "-ac", "1", "-i", "pipe:0", "-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3", "pipe:1"],
                          input=pcm, capture_output=True, check=True, timeout=60).stdout
