"""Run the ElevenLabs emulator in its own process for benchmarks (its work must not share the app's GIL).

    python tests/bench/emulator_process.py --latency 0.3 --rate-limits 50
prints one JSON line {"url": ..., "key": ...} and serves until its standard input closes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.emulators.elevenlabs import ElevenLabsEmulator  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--rate-limits", type=int, default=0, help="429 answers to inject")
    args = parser.parse_args()
    with ElevenLabsEmulator() as emu:
        emu.latency = args.latency
        emu.account.character_limit = 10**8
        for _ in range(args.rate_limits):
            emu.inject("rate_limit_exceeded", "/v1/text-to-speech", times=1)
        print(json.dumps({"url": emu.url, "key": emu.account.key}), flush=True)
        sys.stdin.read()  # until the benchmark closes the pipe


if __name__ == "__main__":
    main()
