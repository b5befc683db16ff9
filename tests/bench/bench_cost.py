"""Benchmark: live cost while typing in a 10,000-cue file (issue 4: <= 5 ms per keystroke; issue 17: a
committed edit with costs <= 5 ms, a keystroke in the edit box under the table <= 5 ms, selecting all
lines and showing their totals <= 50 ms).

Run on demand:  .venv/bin/python tests/bench/bench_cost.py [--cues 10000]
A keystroke in the text editor recosts its line (speakable text, clip key, tariff), adjusts the running
totals and repaints the totals panel. The naive approach in the same run recounts the whole estimate
(every line's spec, hash and cost) per keystroke, as a plain "sum the column" implementation would.
Also measured: the committed edit (undo command) with costs, and a selection-totals update.
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

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.bench.bench_open import bench_open_ours, make_srt  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=10_000)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from studio.core.clip_spec import RenderSettings
    from studio.core.cost import Tariff
    from studio.core.estimate import estimate_cues
    from studio.gui.table import commands

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app.setOrganizationName("DubbingStudioBench")
        path = Path(tmp) / "big.srt"
        make_srt(path, args.cues)
        _, window = bench_open_ours(path)
        model = window.model
        tariff = Tariff("elevenlabs", "credits", per_char={"eleven_multilingual_v2": 1.0},
                        default_model="eleven_multilingual_v2")
        settings = RenderSettings("elevenlabs", voice="21m00Tcm4TlvDq8ikWAM", model="eleven_multilingual_v2")
        t0 = time.perf_counter()
        model.set_costing(settings, tariff)
        recost_all = time.perf_counter() - t0
        QCoreApplication.processEvents()

        row = args.cues // 2
        window.select_row(row)
        QCoreApplication.processEvents()
        typed = model.cue(row).text
        ours = []
        for n in range(args.keys):
            typed += "abcdefghij"[n % 10]
            t0 = time.perf_counter()
            model.preview_text(row, typed)  # what each keystroke in the cell editor calls
            QCoreApplication.processEvents()  # repaint the cost cells and the totals panel
            ours.append(time.perf_counter() - t0)
        expected = model.costs.totals().cost

        naive = []
        cues = list(model.document.cues)
        for n in range(max(10, args.keys // 10)):
            cues[row] = cues[row].with_text(typed + "x" * n)
            t0 = time.perf_counter()
            estimate = estimate_cues(cues, settings, tariff)
            window.job.dock.totals_panel.file_cost.setText(f"{estimate.total:,.0f}")
            QCoreApplication.processEvents()
            naive.append(time.perf_counter() - t0)
        model.end_preview(row)

        committed = []
        for n in range(50):
            t0 = time.perf_counter()
            window.push(commands.edit_text, row, f"Texte validé {n}")
            QCoreApplication.processEvents()
            committed.append(time.perf_counter() - t0)

        # The edit box under the table commits every keystroke (one undo step per visit).
        box = window.line_editor.box
        window.select_row(row + 1)
        QCoreApplication.processEvents()
        box.setFocus()
        boxed = []
        for n in range(args.keys // 3):
            t0 = time.perf_counter()
            box.insertPlainText("abcdefghij"[n % 10])
            QCoreApplication.processEvents()
            boxed.append(time.perf_counter() - t0)

        selection = window.view.selectionModel()
        t0 = time.perf_counter()
        selection.select(QItemSelection(window.proxy.index(0, 0), window.proxy.index(args.cues - 1, 0)),
                         QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        QCoreApplication.processEvents()
        select_all = time.perf_counter() - t0
        window.undo_stack.setClean()
        window.close()

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=100)[94] * 1000

    print(f"Dubbing Studio cost benchmark: {args.cues} cues, Python {sys.version.split()[0]}, "
          f"Qt platform {app.platformName()}; total after typing {expected:,.0f} credits")
    print(f"{'measure':44} {'ours':>10} {'naive':>10} {'target':>8}")
    print(f"{'keystroke: line + totals, median (ms)':44} {statistics.median(ours) * 1000:10.2f} "
          f"{statistics.median(naive) * 1000:10.2f} {'5.00':>8}")
    print(f"{'keystroke: line + totals, p95 (ms)':44} {p95(ours):10.2f} {p95(naive):10.2f} {'':>8}")
    print(f"{'committed edit with costs, median (ms)':44} {statistics.median(committed) * 1000:10.2f} "
          f"{'':>10} {'5.00':>8}")
    print(f"{'edit box keystroke, committed, median (ms)':44} {statistics.median(boxed) * 1000:10.2f} "
          f"{'':>10} {'5.00':>8}")
    print(f"{'edit box keystroke, committed, p95 (ms)':44} {p95(boxed):10.2f} {'':>10} {'':>8}")
    print(f"{'recost every line (new voice/tariff) (ms)':44} {recost_all * 1000:10.1f} {'':>10} {'':>8}")
    print(f"{'select all + selection totals (ms)':44} {select_all * 1000:10.1f} {'':>10} {'50.0':>8}")
    ok = (statistics.median(ours) * 1000 <= 5.0 and statistics.median(committed) * 1000 <= 5.0
          and statistics.median(boxed) * 1000 <= 5.0 and select_all * 1000 <= 50.0)
    print("targets met" if ok else "TARGETS MISSED")


if __name__ == "__main__":
    main()
