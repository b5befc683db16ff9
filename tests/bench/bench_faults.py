"""Benchmark: money under faults (issue 14), each beside the naive approach in the same run.

Run on demand:  .venv/bin/python tests/bench/bench_faults.py [--lines 100] [--kills 10]

1. Crash: a 100-line ElevenLabs render (emulator on loopback, 0.3 s per request, 3 in flight) is killed
   with SIGKILL ten times at random moments while three requests are out, then finished. Figures:
   lines paid twice, extra credits, lines lost. Naive: the engine without the journal and recovery.
2. Dead provider: every synthesis answers 503. Figures: requests sent and time until the job gives
   up, with the circuit breaker and without it (the naive per-line retries), at a fast backoff.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studio.core.backoff import Backoff  # noqa: E402
from studio.core.breaker import Breaker  # noqa: E402
from studio.core.clip_cache import ClipCache  # noqa: E402
from studio.core.render_job import RenderJob, plan_render  # noqa: E402
from studio.providers.elevenlabs import ElevenLabsProvider  # noqa: E402
from studio.providers.synthesis import synthesizer  # noqa: E402
from tests.emulators.elevenlabs import ElevenLabsEmulator  # noqa: E402
from tests.emulators.elevenlabs_faults import error, new_body  # noqa: E402
from tests.providers.crash_render import SETTINGS, TARIFF, crash_cues  # noqa: E402


def crash_run(mode: str, lines: int, kills: int, seed: int) -> dict:
    with ElevenLabsEmulator() as emu, tempfile.TemporaryDirectory() as folder:
        emu.latency = 0.3
        emu.account.character_limit = 10**8
        env = {**os.environ, "DUBBING_TEST_KEY": emu.key, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "tests.providers.crash_render", emu.url, folder, str(lines), mode, "3"]
        rng = random.Random(seed)
        done_kills, started = 0, time.perf_counter()
        while done_kills < kills:
            child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            while emu.account.in_flight < 3 and child.poll() is None:
                time.sleep(0.005)
            if child.poll() is not None:
                break
            time.sleep(rng.uniform(0.0, emu.latency))
            child.send_signal(signal.SIGKILL)
            child.wait()
            done_kills += 1
            while emu.account.in_flight:
                time.sleep(0.01)
        subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        counts = Counter(item["text"] for item in emu.account.history)
        twice = sum(n - 1 for n in counts.values())
        one_each = sum(len(text) for text in counts)
        cache = ClipCache.open(folder)
        lost = sum(1 for cue in crash_cues(lines) if not cache.contains(SETTINGS.spec_for(cue).key))
        return {"mode": mode, "kills": done_kills, "paid_twice": twice,
                "extra_credits_pct": round(100 * (emu.account.character_count - one_each) / one_each, 1),
                "lines_lost": lost, "wall_s": round(time.perf_counter() - started, 1)}


def dead_run(with_breaker: bool, lines: int) -> dict:
    with ElevenLabsEmulator() as emu, tempfile.TemporaryDirectory() as folder:
        # The 503 without its Retry-After: 5 s, so the naive run ends in seconds rather than minutes.
        emu.inject(error(503, new_body("service_unavailable", "service_unavailable", "Service temporarily "
                                       "unavailable.")), path="/v1/text-to-speech", times=10**6)
        provider = ElevenLabsProvider(emu.key, base_url=emu.url)
        cache = ClipCache.open(folder)
        plan = plan_render(crash_cues(lines), SETTINGS, cache, TARIFF)
        breaker = Breaker() if with_breaker else Breaker(max_run=10**9, max_quiet_s=float("inf"))
        started = time.perf_counter()
        result = RenderJob(plan, synthesizer(provider), cache, concurrency=3, breaker=breaker,
                           backoff=Backoff(base_s=0.05, cap_s=0.2, max_attempts=6)).run()
        provider.close()
        return {"breaker": with_breaker, "requests": len(emu.calls("/v1/text-to-speech")),
                "wall_s": round(time.perf_counter() - started, 2),
                "stopped_by": result.stopped_by.kind if result.stopped_by else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    print(f"crash: {args.lines} lines, {args.kills} x SIGKILL with 3 requests in flight")
    for mode in ("naive", "journal"):
        print("  ", crash_run(mode, args.lines, args.kills, args.seed), flush=True)
    print(f"dead provider: {args.lines} lines, every synthesis 503")
    for with_breaker in (False, True):
        print("  ", dead_run(with_breaker, args.lines))


if __name__ == "__main__":
    main()
