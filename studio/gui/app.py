"""Start the desktop app: `dubbing-studio [FILE]` or `python -m studio [FILE]`.

`--smoke-test [FILE]` shows the window, opens FILE (default: the bundled sample), prints
`smoke-test ok: <n> cues` and exits 0, or prints why on stderr and exits 1. The packaging scripts run
it on every build to prove the bundle starts and reads a file.
"""

from __future__ import annotations

import logging
import platform
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QThreadPool, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from studio import APP_NAME, ORG_NAME, __version__, logs, paths
from studio.gui.kit import settings
from studio.gui.shell import i18n, qt_workarounds, theme
from studio.gui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
SMOKE_TEST = "--smoke-test"
SMOKE_TIMEOUT_MS = 60_000


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
    app.setDesktopFileName("dubbing-studio")  # Wayland/X11 find the .desktop file (and its icon)
    qt_workarounds.collect_garbage_on_gui_thread()  # workers must never free widgets
    return app  # type: ignore[return-value]


def file_argument(arguments: list[str]) -> Path | None:
    """Return the first non-option argument after the program name (Qt has removed its own options)."""
    for arg in arguments[1:]:
        if not arg.startswith("-"):
            return Path(arg)
    return None


def start(argv: list[str]) -> tuple[QApplication, MainWindow]:
    """Everything before the event loop: app, language, theme, icon, the window shown."""
    app = create_app(argv)
    language = i18n.install_translator(app)  # before any window: its strings are translated once
    theme.follow_system(app)
    icon = theme.app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    log.info("%s %s starting (Python %s, language %s)", APP_NAME, __version__, platform.python_version(),
             language)
    window = MainWindow()
    window.show()
    app.installEventFilter(FileOpenFilter(window))
    return app, window


class FileOpenFilter(QObject):
    """macOS Finder hands a double-clicked file to a running or starting app as a FileOpen event,
    never as a command-line argument: open it like File ▸ Open would."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.window.open_file(Path(event.file()))
            return True
        return False


def main(argv: list[str] | None = None) -> int:
    """Run the app until its window closes; argv defaults to sys.argv."""
    arguments = list(sys.argv if argv is None else argv)
    logs.setup_logging()
    locale = QLocale()
    app, window = start(arguments)
    try:
        # A fresh app's arguments() lack Qt's own options; an existing app (tests) did not see argv.
        path = file_argument(app.arguments() if argv is None else arguments)
        if SMOKE_TEST in arguments:
            return smoke_test(app, window, path or paths.sample_srt())
        path = path or last_file()
        if path is not None:
            window.open_file(path)
        first_run(window)
        code = app.exec()
        wait_for_workers(window)
        return code
    finally:
        leave(app, locale)


def last_file() -> Path | None:
    """The most recent file, when Preferences ▸ General says to reopen it and it is still there."""
    recent = settings.recent_files() if settings.get(settings.REOPEN_LAST) else []
    return Path(recent[0]) if recent and Path(recent[0]).is_file() else None


def leave(app: QApplication, locale: QLocale) -> None:
    """Give back what start() changed process-wide (a caller that goes on, like a test, finds it as
    it was): the translators, the default locale, the log handlers."""
    for translator in getattr(app, "_studio_translators", []):
        app.removeTranslator(translator)
    app._studio_translators = []  # type: ignore[attr-defined]
    QLocale.setDefault(locale)
    logs.stop_logging()


def first_run(window: MainWindow) -> QDialog | None:
    """Open the welcome over the window until the user has chosen a provider once."""
    if settings.get(settings.WELCOME_DONE):
        return None
    from studio.gui.onboarding.welcome import show_welcome

    return show_welcome(window)


def wait_for_workers(window: MainWindow, timeout_ms: int = 5000) -> None:
    """Let background work finish before Python tears Qt down (a worker reporting to a deleted
    object would crash the exit). A request stuck on the network is not waited for long."""
    for pool in [QThreadPool.globalInstance(), *window.findChildren(QThreadPool)]:
        pool.waitForDone(timeout_ms)


def smoke_test(app: QApplication, window: MainWindow, path: Path) -> int:
    """Open path in the shown window; print the outcome and return the exit code once it is known."""
    outcome: list[int] = []

    def finish(code: int, out: str = "", err: str = "") -> None:
        if outcome:
            return
        outcome.append(code)
        if out:
            print(out, flush=True)
        if err:
            print(err, file=sys.stderr, flush=True)
        window.undo_stack.setClean()
        window.close()
        app.exit(code)

    def loaded(_path: Path) -> None:
        if not window.isVisible():
            finish(1, err="smoke-test failed: the window is not shown")
            return
        finish(0, out=f"smoke-test ok: {window.model.rowCount()} cues")

    # No modal message box in a headless run: the error goes to stderr through load_failed.
    window.show_error = lambda _title, _message: None  # type: ignore[method-assign]
    window.loaded.connect(loaded)
    window.load_failed.connect(lambda message: finish(1, err=f"smoke-test failed: {message}"))
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: finish(1, err=f"smoke-test failed: {path} did not load "
                                                              f"within {SMOKE_TIMEOUT_MS // 1000} s"))
    window.open_file(path)
    code = app.exec()
    wait_for_workers(window)
    return outcome[0] if outcome else code


if __name__ == "__main__":
    sys.exit(main())
