"""A render in its own process, for the kill -9 test: renders `crash_cues(n)` into a cache folder
against an ElevenLabs emulator and prints "done <index>" as each clip lands.

    python -m tests.providers.crash_render <base_url> <cache_dir> <lines>

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

    base_url, cache_dir, lines = argv[0], argv[1], int(argv[2])
    cache = ClipCache.open(cache_dir)
    plan = plan_render(crash_cues(lines), SETTINGS, cache, TARIFF)
    provider = ElevenLabsProvider(os.environ["DUBBING_TEST_KEY"], base_url=base_url)

    lock = threading.Lock()

    def report(event: LineEvent) -> None:
        if event.status == DONE:
            with lock:  # events come from several workers: one whole line at a time
                sys.stdout.write(f"done {event.index}\n")
                sys.stdout.flush()

    print(f"planned {len(plan.lines)}", flush=True)
    RenderJob(plan, synthesizer(provider), cache, concurrency=2, on_event=report).run()
    print("finished", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
