"""Start the desktop app: `dubbing-studio [FILE]` or `python -m studio [FILE]`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from studio import APP_NAME, ORG_NAME, __version__
from studio.gui import qt_workarounds
from studio.gui.main_window import MainWindow


def create_app(argv: list[str]) -> QApplication:
    """Return the QApplication (creating it once), named so QSettings finds the user's settings."""
    app = QApplication.instance()
    if app is None:
        # Qt removes its own options (-platform, -style...) from app.arguments().
        # Fractional scaling (125 %, 150 %) as the OS asks, instead of rounding to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    qt_workarounds.collect_garbage_on_gui_thread()  # workers must never free widgets
    return app  # type: ignore[return-value]


def file_argument(arguments: list[str]) -> Path | None:
    """Return the first non-option argument after the program name (Qt has removed its own options)."""
    for arg in arguments[1:]:
        if not arg.startswith("-"):
            return Path(arg)
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the app until its window closes; argv defaults to sys.argv."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_app(list(sys.argv if argv is None else argv))
    window = MainWindow()
    window.show()
    # A fresh app's arguments() lack Qt's own options; an existing app (tests) did not see argv.
    path = file_argument(app.arguments() if argv is None else argv)
    if path is not None:
        window.open_file(path)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
