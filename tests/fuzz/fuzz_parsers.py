"""The long fuzz run of the providers' JSON parsers (on demand; pytest does not collect this file).

    .venv/bin/python tests/fuzz/fuzz_parsers.py             # 10 minutes, seed 0
    .venv/bin/python tests/fuzz/fuzz_parsers.py --minutes 3 --seed 7

Same payloads and property as the suite's short run (tests/fuzz/answers.py), many more examples:
rounds of 500 examples per parser, each round with its own seed (seed, seed+1, ...) so a failure is
reproducible from the printed seed. Exit status 1 if any parser broke the property; the figures go in
README.md ("Fuzzing", under Reliability).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from anywhere: `tests` is importable

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from tests.fuzz.answers import Target, check, payloads, targets  # noqa: E402

ROUND = 500


def fuzz_round(target: Target, round_seed: int) -> tuple[int, BaseException | None]:
    """Run ROUND examples against one parser; (examples run, the failure if any)."""
    count = 0

    @seed(round_seed)
    @settings(max_examples=ROUND, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(payloads(target))
    def run(payload) -> None:
        nonlocal count
        count += 1
        check(target, payload)

    try:
        run()
    except Exception as error:  # hypothesis re-raises the shrunk failure: report it, keep going
        return count, error
    return count, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    stop = time.monotonic() + args.minutes * 60
    totals = {target.name: 0 for target in targets()}
    failures: list[str] = []
    round_seed = args.seed
    started = time.monotonic()
    while time.monotonic() < stop:
        for target in targets():
            examples, error = fuzz_round(target, round_seed)
            totals[target.name] += examples
            if error is not None:
                failures.append(f"{target.name} seed {round_seed}: {type(error).__name__}: {error}")
                print(failures[-1], flush=True)
            if time.monotonic() >= stop:
                break
        round_seed += 1
    minutes = (time.monotonic() - started) / 60
    for name, examples in totals.items():
        print(f"{name:26} {examples:8d} examples")
    print(f"total {sum(totals.values())} examples in {minutes:.1f} min, seeds {args.seed}..{round_seed}, "
          f"failures {len(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
