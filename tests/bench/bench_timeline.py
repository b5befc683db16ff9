"""Benchmark: paint the timeline strip of a 2-hour film with 1,500 lines, at three zooms.

Run on demand:  .venv/bin/python tests/bench/bench_timeline.py [--rate 8000]
Target (issue 7): a full repaint (waveform cache dropped) in under 50 ms at every zoom, so scrolling
and zooming stay fluid. The naive approach beside it reads each pixel column's min/max from the raw
samples (no peak pyramid), which is what a paint costs without the pyramid.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from studio.core.assemble import Placement  # noqa: E402
from studio.core.cues import Cue  # noqa: E402
from studio.core.waveform import WaveformPeaks  # noqa: E402
from studio.gui.timeline.timeline_strip import TimelineStrip  # noqa: E402

TARGET_MS = 50.0
ZOOMS = (("whole film", None), ("default zoom", 25.0), ("closest zoom", 800.0))


def film(count: int = 1500, film_ms: int = 2 * 3600 * 1000) -> tuple[list[Cue], list[Placement]]:
    step = film_ms // count
    cues = [Cue(i * step, i * step + step * 2 // 3, f"line {i}") for i in range(count)]
    states = [(1.0, 0), (1.2, 0), (1.25, 700)]
    placements = []
    for i, cue in enumerate(cues):
        speed, overflow = states[i % 3]
        clip_ms = step - 50 + overflow if overflow else step * 2 // 3
        placements.append(Placement(i + 1, cue.start_ms, cue.end_ms, step - 50, cue.start_ms, clip_ms, step,
                                    speed, overflow, 0, "overlap"))
    return cues, placements


def median_ms(action, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=8000, help="waveform sample rate (48000 needs ~700 MB)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    cues, placements = film()
    film_ms = cues[-1].end_ms + 1000
    pattern = array("h", [int(12000 * math.sin(i / 3)) for i in range(args.rate)]).tobytes() + bytes(2 * args.rate)
    samples = pattern * (film_ms // 2000 + 1)
    widget = TimelineStrip()
    widget.resize(1600, 110)
    widget.show()
    widget.set_cues(cues)
    widget.set_placements(placements)
    began = time.perf_counter()
    peaks = WaveformPeaks.build(samples, args.rate)
    build_s = time.perf_counter() - began
    widget._peaks_built(peaks)
    raw = WaveformPeaks(samples, args.rate)  # no levels: every column read from the samples
    app.processEvents()
    print(f"2 h film, 1,500 lines, waveform at {args.rate} Hz; peak pyramid built in {build_s:.2f} s "
          "(off the GUI thread in the app)")
    print(f"{'zoom':<14} {'ours (ms)':>10} {'naive (ms)':>11}")
    missed = False
    for label, zoom in ZOOMS:
        if zoom is None:
            widget.zoom_to_fit()
        else:
            widget.set_zoom(zoom)
            widget.set_current(800)

        def paint() -> None:
            widget._wave_cache = None  # the full paint, not a cached waveform
            widget.grab()

        widget._peaks = peaks
        ours = median_ms(paint)
        widget._peaks = raw
        naive = median_ms(paint, 3)
        missed |= ours > TARGET_MS
        print(f"{label:<14} {ours:>10.1f} {naive:>11.1f}")
    print("TARGETS MISSED" if missed else f"all paints under {TARGET_MS:.0f} ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
