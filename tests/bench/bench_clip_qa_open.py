"""Benchmark: open a 10,000-line film whose clips are all cached, some suspect, and know which are suspect.

Run on demand:  .venv/bin/python tests/bench/bench_clip_qa_open.py [--cues 10000]
Target (issue 19 §2): the GUI thread spends <= 20 ms on it (counting suspect lines for the status bar and
deciding to show the QA column); the sidecars are read on a pool thread. Printed beside the naive way,
measured in the same run: every row's verdict read from its sidecar on the GUI thread (what showing
the column on opening did before).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from studio.core.clip_cache import ClipCache, ClipMeta  # noqa: E402
from studio.core.clip_qa import QaVerdict, cached_verdicts, verdict_of  # noqa: E402
from studio.core.clip_spec import RenderSettings  # noqa: E402
from studio.core.cues import Cue  # noqa: E402
from studio.core.document import Document  # noqa: E402

SUSPECT_EVERY = 50
SETTINGS = RenderSettings(provider="elevenlabs", voice="21m00Tcm4TlvDq8ikWAM", model="eleven_multilingual_v2")


def film(cues: int) -> list[Cue]:
    return [Cue(i * 3000, i * 3000 + 2500, f"Ligne {i} : chaque voix a son créneau.") for i in range(cues)]


def fill_cache(root: Path, cues: list[Cue]) -> None:
    cache = ClipCache.open(root)
    suspect = QaVerdict("suspect", ("noise_tail",), "Noise after the speech.").as_json()
    for i, cue in enumerate(cues):
        spec = SETTINGS.spec_for(cue)
        qa = suspect if i % SUSPECT_EVERY == 0 else QaVerdict().as_json()
        cache.put(spec, b"ID3" + bytes(400), "mp3", ClipMeta(qa=qa))


def naive(root: Path, cues: list[Cue]) -> tuple[float, int]:
    cache = ClipCache.open(root)  # a fresh cache: no sidecar read yet, as on opening
    t0 = time.perf_counter()
    found = 0
    for cue in cues:
        spec = SETTINGS.spec_for(cue)
        verdict = verdict_of(cache.meta(spec.key)) if cache.contains(spec.key) else None
        found += bool(verdict and verdict.suspect)
    return time.perf_counter() - t0, found


def ours(root: Path, cues: list[Cue]) -> tuple[float, float, int]:
    from studio.gui.table.clip_qa_index import suspects_of
    from studio.gui.table.cue_model import CueTableModel

    cache = ClipCache.open(root)
    model = CueTableModel(Document(list(cues)))
    model.clip_meta = cache.meta
    model.set_costing(SETTINGS, is_cached=cache.contains)
    t0 = time.perf_counter()
    found = cached_verdicts(list(cues), model.costs.settings, cache.contains, cache.meta)  # the pool thread's part
    pool_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    suspects_of(model)._merge(found)  # what _on_scanned does on the GUI thread, then the status bar's count
    rows = suspects_of(model).rows()
    return pool_s, time.perf_counter() - t1, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cues", type=int, default=10_000)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    cues = film(args.cues)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "cache"
        fill_cache(root, cues)
        naive_s, naive_found = naive(root, cues)
        pool_s, gui_s, found = ours(root, cues)
    assert found == naive_found == len(range(0, args.cues, SUSPECT_EVERY)), (found, naive_found)
    print(f"{args.cues} cached lines, {found} suspect")
    print(f"  naive: every sidecar read on the GUI thread   {naive_s * 1000:8.1f} ms on the GUI thread")
    print(f"  ours:  sidecars read on a pool thread         {pool_s * 1000:8.1f} ms off the GUI thread")
    print(f"         merge + count on the GUI thread        {gui_s * 1000:8.1f} ms on the GUI thread (target <= 20 ms)")


if __name__ == "__main__":
    main()
