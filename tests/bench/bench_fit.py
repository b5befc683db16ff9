"""Benchmark: the Fit column on a 10,000-cue film: the forecast pass, a cell, and an edit's GUI-thread cost.

Run on demand:  .venv/bin/python tests/bench/bench_fit.py [--cues 10000]
Target: a text edit costs the GUI thread no more with the Fit column than without it (<= 5 ms, as in
bench_open.py): the forecast pass runs off the GUI thread (studio/gui/dub/fit_feed.py) and a cell is a
lookup. Each figure is printed beside the naive approach measured in the same run:
  - edit: the forecast worked out on the GUI thread after each edit;
  - cell: the cell working out its own line's forecast (the voice's rate calibrated over the film).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.bench.bench_open import bench_open_ours, bench_settings, make_srt, wait_until  # noqa: E402


def measure(window, edits: int) -> dict[str, float | list[float]]:  # noqa: ANN001
    """The figures on an open window: the pass, edits with and without the background pass, a cell."""
    from studio.core.fit_forecast import forecast_fit
    from studio.core.fit_rows import fit_rows
    from studio.gui.dub.dub_jobs import fit_settings
    from studio.gui.table import commands
    from studio.gui.table.cue_columns import COL_FIT

    feed, model = window.dub.fit_feed, window.model
    wait_until(lambda: model.costs.complete)
    t0 = time.perf_counter()
    feed.update_now()
    wait_until(lambda: not feed.busy and model.fits.known, 120)
    figures: dict[str, float | list[float]] = {"pass": time.perf_counter() - t0, "ours": [], "naive": []}
    assert any(model.fits.rows.rows), "the bench film has no voice: nothing was forecast"
    fit, cues, costs = fit_settings(), list(model.document.cues), model.costs
    rows = [(len(cues) // 2 + i * 7) % len(cues) for i in range(edits)]
    for n, row in enumerate(rows):
        t0 = time.perf_counter()
        window.push(commands.edit_text, row, f"Texte modifié numéro {n}\n- Et une réplique.")
        QCoreApplication.processEvents()
        figures["ours"].append(time.perf_counter() - t0)
    for n, row in enumerate(rows[:5]):
        t0 = time.perf_counter()
        window.push(commands.edit_text, row, f"Texte naïf {n}")
        fit_rows(cues, costs.settings, costs.tariff, lambda key: None, fit.max_speed, fit.slots, lambda key: False)
        QCoreApplication.processEvents()
        figures["naive"].append(time.perf_counter() - t0)
    wait_until(lambda: not feed.busy, 120)
    t0 = time.perf_counter()
    for row in range(200):
        model.data(model.index(row, COL_FIT))
    figures["cell"] = (time.perf_counter() - t0) / 200
    t0 = time.perf_counter()
    for row in range(3):
        forecast_fit(cues, costs.settings, "fr", lambda key: None, fit.max_speed, fit.slots)[row]
    figures["naive_cell"] = (time.perf_counter() - t0) / 3
    window.undo_stack.setClean()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        bench_settings(app, tmp)
        from studio.gui.kit import settings
        settings.put(settings.PROVIDER, "offline")  # a voice for every line, nothing paid
        path = Path(tmp) / "big.srt"
        make_srt(path, args.cues)
        _, window = bench_open_ours(path)
        figures = measure(window, args.edits)
        window.close()
    ours_edit, naive_edit = figures["ours"], figures["naive"]
    print(f"Dubbing Studio Fit column benchmark: {args.cues} cues, Python {sys.version.split()[0]}")
    print(f"{'measure':48} {'ours':>10} {'naive':>10} {'target':>8}")
    print(f"{'forecast pass, off the GUI thread (s)':48} {figures['pass']:10.3f} {'':>10} {'':>8}")
    print(f"{'text edit, GUI thread, median (ms)':48} {statistics.median(ours_edit) * 1000:10.2f} "
          f"{statistics.median(naive_edit) * 1000:10.2f} {'5.00':>8}")
    print(f"{'Fit cell data() (ms)':48} {figures['cell'] * 1000:10.4f} {figures['naive_cell'] * 1000:10.2f} {'':>8}")
    ok = statistics.median(ours_edit) * 1000 <= 5.0
    print("targets met" if ok else "TARGETS MISSED")


if __name__ == "__main__":
    main()
