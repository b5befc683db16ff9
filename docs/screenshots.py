"""Take the README's screenshots from the real app (offscreen): `.venv/bin/python docs/screenshots.py`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from studio.gui.app import create_app  # noqa: E402


def wait(predicate, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.01)


def shoot(window, path: Path) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
    window.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> None:
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        create_app([sys.argv[0]])
        from studio.gui.main_window import MainWindow

        window = MainWindow()
        window.resize(1100, 560)
        window.show()
        loaded: list[Path] = []
        window.loaded.connect(loaded.append)
        window.open_file(ROOT / "resources" / "samples" / "bonjour.srt")
        wait(lambda: bool(loaded))
        window.select_row(2)
        shoot(window, out / "main-window.png")
        window.undo_stack.setClean()
        window.close()


if __name__ == "__main__":
    main()
