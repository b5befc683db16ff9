"""Starting the app: `--smoke-test` (the packaging scripts rely on its exact output), the translator,
the icon and the theme before the window, and the welcome on the first run only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from studio import paths
from studio.gui import app as app_module
from studio.gui.kit import settings
from studio.gui.onboarding.welcome import WelcomeDialog

ROOT = Path(__file__).resolve().parents[3]


def run_studio(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("ELEVENLABS_API_KEY", "NARAKEET_API_KEY")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return subprocess.run([sys.executable, "-m", "studio", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_smoke_test_opens_the_sample_and_exits_0(tmp_path):
    result = run_studio(tmp_path, "--smoke-test", "resources/samples/bonjour.srt")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "smoke-test ok: 8 cues\n"
    # Everything the run wrote stayed in the isolated folders: settings, the log file.
    assert list((tmp_path / "config").rglob("*.conf"))
    log_file = tmp_path / "state" / "dubbing-studio" / "dubbing-studio.log"
    assert "Dubbing Studio" in log_file.read_text(encoding="utf-8")


def test_smoke_test_reports_a_file_that_does_not_open(tmp_path):
    broken = tmp_path / "broken.srt"
    broken.write_bytes(b"\x00\x01\x02 not subtitles")
    result = run_studio(tmp_path, "--smoke-test", str(broken))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "smoke-test failed: broken.srt" in result.stderr


def test_file_argument_skips_options():
    assert app_module.file_argument(["studio", "--smoke-test", "a.srt"]) == Path("a.srt")
    assert app_module.file_argument(["studio", "--smoke-test"]) is None


@pytest.fixture
def started(qtbot, monkeypatch):
    calls = []
    real = app_module.i18n.install_translator

    def install(app, language=None):
        calls.append(QApplication.topLevelWidgets())  # which windows existed when it ran
        return real(app, language)

    monkeypatch.setattr(app_module.i18n, "install_translator", install)
    locale = QLocale()
    app, window = app_module.start(["studio"])
    qtbot.addWidget(window)
    yield app, window, calls
    window.undo_stack.setClean()
    app_module.leave(app, locale)  # later tests expect the source text and their own locale


def test_start_installs_translator_theme_and_icon_before_the_window(started):
    app, window, calls = started
    assert len(calls) == 1 and window not in calls[0]
    assert getattr(app, "_studio_theme", None) is not None
    if (paths.icons_dir() / "dubbing-studio.svg").is_file():
        assert not app.windowIcon().isNull()
    assert window.isVisible()


def test_leave_gives_back_the_translators_and_the_log(qtbot, tmp_path, monkeypatch):
    import logging

    from studio import logs

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    locale = QLocale()
    app = QApplication.instance()
    app_module.i18n.install_translator(app, "fr")
    logs.setup_logging(catch_uncaught=False)
    assert app._studio_translators
    app_module.leave(app, locale)
    assert app._studio_translators == [] and QLocale().name() == locale.name()
    assert not [h for h in logging.getLogger().handlers if getattr(h, logs._OURS, False)]


def test_welcome_on_first_run_only(qtbot, started):
    _app, window, _calls = started
    dialog = app_module.first_run(window)
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    dialog.next()  # the offline voice
    assert settings.get(settings.WELCOME_DONE)
    dialog.reject()
    assert app_module.first_run(window) is None


def test_a_file_opened_from_the_finder_opens_in_the_window(qtbot, french_srt):
    """macOS sends a double-clicked file as a FileOpen event, not an argument."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from studio.gui.app import FileOpenFilter
    from studio.gui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    app = QCoreApplication.instance()
    handler = FileOpenFilter(win)
    app.installEventFilter(handler)
    try:
        with qtbot.waitSignal(win.loaded, timeout=10000):
            QCoreApplication.sendEvent(app, QFileOpenEvent(str(french_srt)))
    finally:
        app.removeEventFilter(handler)
    assert win.model.rowCount() == 4 and win.model.document.path == french_srt
