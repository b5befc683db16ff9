"""Benchmark: open a 10,000-cue SRT and paint the first screen; edit one line's text.

Run on demand:  .venv/bin/python tests/bench/bench_open.py [--cues 10000]
Targets (issues 2 and 17): open + first paint <= 1.0 s and no slower than the naive table; one text
edit updates its dependent cells (table, status bar, timeline strip) <= 5 ms.
Each figure is printed beside the naive approach measured in the same run:
  - open: pysrt.open + a QTableWidget holding one item per cell;
  - edit: the same edit followed by a full recount (every row's problems and CPS) and a model reset.
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

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

from studio.core.timecode import format_ms  # noqa: E402

LINES = [
    "<i>- Tu es prête ?</i>\n- Presque... Encore une minute !",
    "MARIE : Chaque ligne a sa voix,\net chaque voix a son créneau.",
    "Aujourd'hui, on double une vidéo\nsans dépenser un crédit de trop.",
    "[musique douce]",
    "Ça coûte 0 € avec le moteur hors ligne.",
]


def make_srt(path: Path, cues: int) -> None:
    """Write a realistic French SRT of `cues` cues (two lines, tags, dashes, a few overlaps)."""
    blocks = []
    for i in range(cues):
        start = i * 3000
        end = start + 2500 + (700 if i % 97 == 0 else 0)  # every 97th overlaps the next
        blocks.append(f"{i + 1}\r\n{format_ms(start)} --> {format_ms(end)}\r\n"
                      f"{LINES[i % len(LINES)].replace(chr(10), chr(13) + chr(10))} ({i})\r\n")
    path.write_bytes("\r\n".join(blocks).encode("cp1252"))


def bench_settings(app: QApplication, folder: str) -> None:
    """Remembered settings in a throwaway folder: a bench never reads or changes the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    app.setOrganizationName("DubbingStudioBench")


def wait_until(predicate, timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not predicate():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() > deadline:
            raise TimeoutError("timed out")


def bench_open_ours(path: Path) -> tuple[float, object]:
    from studio.gui.shell.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    QCoreApplication.processEvents()
    done: list[Path] = []
    window.loaded.connect(done.append)
    t0 = time.perf_counter()
    window.open_file(path)
    wait_until(lambda: bool(done))
    window.view.viewport().grab()  # forces the first screen of rows to paint
    QCoreApplication.processEvents()
    return time.perf_counter() - t0, window


def bench_open_naive(path: Path) -> float:
    import pysrt

    t0 = time.perf_counter()
    subs = pysrt.open(str(path), encoding="cp1252")
    table = QTableWidget(len(subs), 6)
    for row, sub in enumerate(subs):
        text = sub.text_without_tags
        duration = (sub.end.ordinal - sub.start.ordinal) / 1000
        cells = [str(row + 1), str(sub.start), str(sub.end), f"{duration:.2f}", sub.text,
                 f"{len(text) / duration:.1f}" if duration > 0 else ""]
        for col, value in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(value))
    table.resize(1280, 800)
    table.show()
    table.viewport().grab()
    QCoreApplication.processEvents()
    elapsed = time.perf_counter() - t0
    table.close()
    table.deleteLater()
    return elapsed


def bench_edit(window, edits: int) -> tuple[list[float], list[float]]:
    from studio.gui.table import commands

    model = window.model
    wait_until(lambda: model.costs.complete)  # lines off-screen are costed after the first paint
    rows = [(len(model.document.cues) // 2 + i * 7) % len(model.document.cues) for i in range(edits)]
    ours = []
    for n, row in enumerate(rows):
        window.select_row(row)
        QCoreApplication.processEvents()  # the scroll to the row repaints everything: not the edit's cost
        t0 = time.perf_counter()
        window.push(commands.edit_text, row, f"Texte modifié numéro {n}\n- Et une réplique.")
        QCoreApplication.processEvents()  # repaints the changed cells, recounts the status bar
        ours.append(time.perf_counter() - t0)
    naive = []
    doc = model.document
    for n, row in enumerate(rows[: max(10, edits // 10)]):
        t0 = time.perf_counter()
        doc.set_cue(row, doc.cues[row].with_text(f"Texte naïf {n}"))
        _ = doc.problems()
        _ = [cue.with_text(cue.text + " ").cps() for cue in doc.cues]  # CPS without the per-cue cache
        model.beginResetModel()
        model.endResetModel()
        QCoreApplication.processEvents()
        naive.append(time.perf_counter() - t0)
    return ours, naive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from studio.gui.shell import qt_workarounds

    qt_workarounds.collect_garbage_on_gui_thread()
    with tempfile.TemporaryDirectory() as tmp:
        bench_settings(app, tmp)
        path = Path(tmp) / "big.srt"
        make_srt(path, args.cues)
        naive_open = bench_open_naive(path)
        ours_open, window = bench_open_ours(path)
        ours_edit, naive_edit = bench_edit(window, args.edits)
        window.undo_stack.setClean()
        window.close()

    def ms(values: list[float], q: float) -> float:
        return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else values[0] * 1000

    print(f"Dubbing Studio benchmark: {args.cues} cues, Python {sys.version.split()[0]}, "
          f"Qt platform {app.platformName()}")
    print(f"{'measure':44} {'ours':>10} {'naive':>10} {'target':>8}")
    print(f"{'open + first paint (s)':44} {ours_open:10.3f} {naive_open:10.3f} {'<=naive':>8}")
    print(f"{'text edit, median (ms)':44} {statistics.median(ours_edit) * 1000:10.2f} "
          f"{statistics.median(naive_edit) * 1000:10.2f} {'5.00':>8}")
    print(f"{'text edit, p95 (ms)':44} {ms(ours_edit, 95):10.2f} {ms(naive_edit, 95):10.2f} {'':>8}")
    ok = ours_open <= min(1.0, naive_open) and statistics.median(ours_edit) * 1000 <= 5.0
    print("targets met" if ok else "TARGETS MISSED")


if __name__ == "__main__":
    main()
