"""Benchmark: applying a pronunciation dictionary to every line of a film.

Run on demand:  .venv/bin/python tests/bench/bench_pronunciation.py [--rules 3000] [--cues 200]
The table's "Said as" column, the estimate and every clip key apply the dictionary to each line, so
it must stay cheap with a big list of names. Ours looks each word of a line up in an index of the
rules' first words; the naive approach in the same run is one regex alternation of every rule
(longest first, whole words), which tries every rule at every position.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from studio.core.pronunciation import PronunciationDictionary, dictionary_of, make_rule  # noqa: E402


def naive(dictionary: PronunciationDictionary):  # noqa: ANN201
    rules = sorted(dictionary.rules, key=lambda r: -len(r.grapheme))
    pattern = re.compile("|".join(rf"(?<!\w)({re.escape(r.grapheme)})(?!\w)" for r in rules))
    return lambda text: pattern.sub(lambda m: rules[m.lastindex - 1].spoken, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=int, default=3000)
    parser.add_argument("--cues", type=int, default=200)  # the naive run takes 0.1 s a line
    args = parser.parse_args()
    dictionary = dictionary_of(make_rule(f"Nom{i}", f"Alias numéro {i}") for i in range(args.rules))
    lines = [f"Bonjour Nom{i % args.rules}, tu as vu Nom{(i * 7) % args.rules} ce matin ? Il fait beau."
             for i in range(args.cues)]
    start = time.perf_counter()
    ours = [dictionary.apply(line) for line in lines]
    ours_s = time.perf_counter() - start
    apply_naive = naive(dictionary)
    start = time.perf_counter()
    theirs = [apply_naive(line) for line in lines]
    naive_s = time.perf_counter() - start
    assert ours == theirs, "the two approaches disagree"
    print(f"{args.cues} lines, {args.rules} rules")
    print(f"  word index (ours):        {ours_s * 1000:9.1f} ms  ({ours_s / args.cues * 1e6:8.1f} µs a line)")
    print(f"  regex alternation (naive): {naive_s * 1000:9.1f} ms  ({naive_s / args.cues * 1e6:8.1f} µs a line)")


if __name__ == "__main__":
    main()
