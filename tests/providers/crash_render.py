"""A render in its own process, for the kill -9 test: renders `crash_cues(n)` into a cache folder
against an ElevenLabs emulator and prints "done <index>" as each clip lands.

    python -m tests.providers.crash_render <base_url> <cache_dir> <lines> [journal|naive] [concurrency]

With "journal", it recovers interrupted requests first and journals its own, as the CLI and the
window do; "naive" (the default) is the engine alone (tests/bench/bench_faults.py compares them).

The API key comes from the environment (DUBBING_TEST_KEY), never the command line, which any user of
the machine can read.
"""

from __future__ import annotations

import os
import sys
import threading

from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.render_job import DONE, LineEvent, RenderJob, plan_render

VOICE = "21m00Tcm4TlvDq8ikWAM"  # a premade voice of the emulator's account (no slot needed)
MODEL = "eleven_multilingual_v2"
SETTINGS = RenderSettings(provider="elevenlabs", voice=VOICE, model=MODEL)
TARIFF = Tariff("elevenlabs", "credits", per_char={MODEL: 1.0}, default_model=MODEL)


def crash_cues(n: int) -> list[Cue]:
    return [Cue(i * 2000, i * 2000 + 1500, f"Réplique numéro {i + 1}, qui dure un peu.") for i in range(n)]


def main(argv: list[str]) -> int:
    from studio.providers.elevenlabs import ElevenLabsProvider
    from studio.providers.synthesis import synthesizer

    from studio.core.journal import RequestJournal
    from studio.providers.synthesis import history_of, recover

    base_url, cache_dir, lines = argv[0], argv[1], int(argv[2])
    journaled = len(argv) > 3 and argv[3] == "journal"
    concurrency = int(argv[4]) if len(argv) > 4 else 2
    cache = ClipCache.open(cache_dir)
    provider = ElevenLabsProvider(os.environ["DUBBING_TEST_KEY"], base_url=base_url)
    if journaled:
        recover(provider, cache)
    plan = plan_render(crash_cues(lines), SETTINGS, cache, TARIFF)

    lock = threading.Lock()

    def report(event: LineEvent) -> None:
        if event.status == DONE:
            with lock:  # events come from several workers: one whole line at a time
                sys.stdout.write(f"done {event.index}\n")
                sys.stdout.flush()

    print(f"planned {len(plan.lines)}", flush=True)
    RenderJob(plan, synthesizer(provider), cache, concurrency=concurrency, on_event=report,
              journal=RequestJournal(cache.root) if journaled else None,
              history=history_of(provider) if journaled else None).run()
    print("finished", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
