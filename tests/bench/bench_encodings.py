"""Measure: how many legacy-encoded subtitle files decode to exactly the text that was written.

Run on demand:  .venv/bin/python tests/bench/bench_encodings.py [--before /path/to/old/checkout]
Each language sample of tests/data/dialogue.py (10 cues) is tried whole and cut to its first 1, 2
and 5 cues (short files are where statistics fail), in every encoding the corpus lists. Beside the
app's decode() the same inputs go through charset-normalizer alone (what the app used before),
and, with --before, through the decode() of another checkout (the figures before a change).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "data"))

import dialogue  # noqa: E402

CUTS = (1, 2, 5, 10)


def cases() -> list[tuple[str, str, int, str]]:
    """(language, codec, cues, exact SubRip text) for every sample and cut."""
    out = []
    for language, codec in dialogue.SAMPLES:
        blocks = dialogue.srt_text(language).replace("\n", "\r\n").split("\r\n\r\n")
        for cut in CUTS:
            out.append((language, codec, cut, "\r\n\r\n".join(blocks[:cut])))
    return out


def score(decode: Callable[[bytes], str | None]) -> tuple[int, list[str]]:
    right, wrong = 0, []
    for language, codec, cut, text in cases():
        try:
            got = decode(text.encode(codec))
        except Exception:  # noqa: BLE001 - a refusal counts as wrong
            got = None
        if got == text:
            right += 1
        else:
            wrong.append(f"{language}/{codec}/{cut}")
    return right, wrong


def decode_with(root: Path) -> Callable[[bytes], str | None]:
    sys.path.insert(0, str(root))
    for name in [n for n in sys.modules if n.startswith("studio")]:
        del sys.modules[name]
    module = importlib.import_module("studio.core.encoding")
    sys.path.pop(0)
    return lambda data: module.decode(data).text


def charset_normalizer_alone(data: bytes) -> str | None:
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    return None if best is None else str(best)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, help="another checkout whose decode() to measure too")
    args = parser.parse_args()
    total = len(cases())
    rows = [("charset-normalizer alone", charset_normalizer_alone)]
    if args.before:
        rows.append((f"decode() of {args.before}", decode_with(args.before)))
    rows.append(("decode() of this checkout", decode_with(ROOT)))
    for label, function in rows:
        right, wrong = score(function)
        whole = sum(1 for case in wrong if case.endswith("/10"))
        print(f"{label:40} {right:3}/{total} exact; 10-cue files {len(dialogue.SAMPLES) - whole}/"
              f"{len(dialogue.SAMPLES)}; wrong: {' '.join(wrong) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
