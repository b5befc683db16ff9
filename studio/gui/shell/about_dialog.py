"""Help ▸ About: the app's version, the versions of everything it runs on, the licence, and Copy.

The engines' versions cost a subprocess (ffmpeg) and a library load (espeak-ng): they are read off the
GUI thread when the dialog opens, and fill in when ready. "Copy" puts the whole list on the clipboard
as plain text, for a bug report.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio import APP_NAME, __version__, logs, paths
from studio.core.coded_error import write_params
from studio.gui.kit.dialogs import grow_to_fit
from studio.gui.kit.failure_text import fill, system_words
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.shell.theme import app_icon

log = logging.getLogger(__name__)
NOTICES = "THIRD_PARTY_NOTICES.md"
ESPEAK, FFMPEG, ONNX = "espeak-ng", "FFmpeg", "ONNX Runtime"
_CTX = "AboutDialog"


def runtime_versions() -> list[tuple[str, str]]:
    """What is known at once: the app, Python, Qt, PySide6 and the system."""
    return [(APP_NAME, __version__), ("Python", platform.python_version()), ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            (QCoreApplication.translate("AboutDialog", "System"), platform.platform(terse=True))]


def espeak_version() -> str:
    """The bundled espeak-ng's own version ("1.52.0"), read from its library (worker thread)."""
    from studio.providers import espeak

    library, _data = espeak.paths()  # EspeakError when the engine is not installed
    lib = ctypes.CDLL(library)  # the same handle when the offline voice has loaded it already
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    lib.espeak_Info.restype = ctypes.c_char_p
    version = (lib.espeak_Info(None) or b"").decode("ascii", "replace").strip()
    try:
        version += f" (espeakng-loader {metadata.version('espeakng-loader')})"
    except metadata.PackageNotFoundError:
        pass
    return version or QCoreApplication.translate("AboutDialog", "unknown")


def ffmpeg_version() -> str:
    """'7.1 (/usr/bin/ffmpeg)' from the first line of `ffmpeg -version` (worker thread)."""
    from studio.core.audio_decode import ffmpeg_path

    exe = ffmpeg_path()
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window flashing on Windows
    result = subprocess.run([exe, "-version"], capture_output=True, timeout=15, check=False,
                            creationflags=flags)
    first = result.stdout.decode("utf-8", "replace").splitlines()[:1]
    words = first[0].split() if first else []
    # "ffmpeg version 7.1-static https://johnvansickle.com/ffmpeg/ Copyright (c) 2000-2024 ..."
    version = (words[2] if len(words) > 2 and words[1] == "version"
               else QCoreApplication.translate("AboutDialog", "unknown"))
    # The copy the app ships (imageio-ffmpeg) or the user's own, by path.
    if "imageio_ffmpeg" in exe:
        return QCoreApplication.translate("AboutDialog", "%1 (bundled)").replace("%1", version)
    return f"{version} ({exe})"


def onnx_version() -> str:
    """The natural voices' engine: onnxruntime's version, and how many natural voices are installed."""
    from studio.providers import piper_voice
    from studio.providers.voice_packs import VoiceStore

    version = piper_voice.runtime_version()  # NeuralUnavailable when the bundle lacks it
    count = len(VoiceStore().installed())
    return QCoreApplication.translate("AboutDialog", "%1 (natural voices installed: %2)").replace(
        "%1", version).replace("%2", str(count))


def engine_versions() -> list[tuple[str, str]]:
    """The bundled engines' versions, or why each one is missing (never raises)."""
    found = []
    for name, probe in ((ESPEAK, espeak_version), (FFMPEG, ffmpeg_version), (ONNX, onnx_version)):
        try:
            found.append((name, probe()))
        except Exception as error:  # noqa: BLE001 - a missing engine is a line in the dialog
            log.info("Version of %s not available: %s", name, type(error).__name__)
            found.append((name, _said(QT_TRANSLATE_NOOP("AboutDialog", "not available (%1)"),
                                      why_missing(error))))
    return found


def why_missing(error: BaseException) -> str:
    """Why an engine's version could not be read, in the interface language; the library's or the
    system's own words, where they add something, as a parameter."""
    from studio.core.audio_decode import FfmpegNotFoundError
    from studio.providers.espeak import EspeakError
    from studio.providers.piper_voice import NeuralUnavailable

    if isinstance(error, EspeakError) and error.reason == "not_installed":
        return _said(QT_TRANSLATE_NOOP("AboutDialog", "the espeakng-loader package is not installed"))
    if isinstance(error, EspeakError) and error.reason == "data_missing":
        return _said(QT_TRANSLATE_NOOP("AboutDialog", "its data is missing: %1"),
                     error.params.get("detail", ""))
    if isinstance(error, FfmpegNotFoundError):
        return _said(QT_TRANSLATE_NOOP("AboutDialog", "no ffmpeg on the PATH and none bundled: %1"),
                     error.detail)
    if isinstance(error, NeuralUnavailable):
        return _said(QT_TRANSLATE_NOOP("AboutDialog", "onnxruntime cannot be loaded: %1"), error.detail)
    if isinstance(error, subprocess.TimeoutExpired):
        return _said(QT_TRANSLATE_NOOP("AboutDialog", "it did not answer within %1 s"), f"{error.timeout:g}")
    if isinstance(error, OSError):  # a program that cannot run, a library the loader refused
        said = system_words(write_params(error)) if error.errno else str(error)
        return _said(QT_TRANSLATE_NOOP("AboutDialog", "it could not be started: %1"), said)
    return _said(QT_TRANSLATE_NOOP("AboutDialog", "an unexpected error (%1)"), type(error).__name__)


def _said(text: str, *args: str) -> str:
    return fill(text, *args, context=_CTX)


def notices_file() -> Path | None:
    """THIRD_PARTY_NOTICES.md beside the resources (source tree) or inside them (bundle)."""
    for folder in (paths.resources_dir().parent, paths.resources_dir(), Path(sys.executable).parent):
        candidate = folder / NOTICES
        if candidate.is_file():
            return candidate
    return None


class AboutDialog(QDialog):
    # The engines' versions are shown (the tests wait on it).
    versions_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.versions: list[tuple[str, str]] = runtime_versions()
        self.engines: list[tuple[str, str]] = []

        icon_label = QLabel()
        icon = app_icon()
        if not icon.isNull():
            icon_label.setPixmap(icon.pixmap(72, 72))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<b style='font-size:15pt'>{APP_NAME}</b><br>"
                       + self.tr("Version %1").replace("%1", __version__))
        tagline = QLabel(self.tr("Subtitles in, a dubbed voice track out."))
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon_label)
        top.addLayout(heading, 1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, value in self.versions[1:]:
            self._add_row(name, value)
        self.engine_labels: dict[str, QLabel] = {}
        for name in (ESPEAK, FFMPEG, ONNX):
            self.engine_labels[name] = self._add_row(name, self.tr("checking…"))
        log_path = logs.log_file()
        self._add_row(self.tr("Log file"), str(log_path))

        licence = QLabel(self._licence_text())
        licence.setWordWrap(True)
        licence.setTextFormat(Qt.TextFormat.RichText)
        licence.setOpenExternalLinks(True)
        licence.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.copy_button = QPushButton(self.tr("&Copy Versions"))
        self.copy_button.setToolTip(self.tr("Copy these versions as text, for a bug report"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copied_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(licence)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.task: Task | None = run_in_background(engine_versions, on_done=self._on_engines,
                                                   on_error=self._on_engines_failed)

    def _add_row(self, name: str, value: str) -> QLabel:
        label = QLabel(value)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        self.form.addRow(self.tr("%1:").replace("%1", name), label)
        return label

    def _licence_text(self) -> str:
        text = self.tr("%1 is free software: you can redistribute it and/or modify it under the terms of "
                       "the GNU General Public License, version 3 or later (GPL-3.0-or-later).").replace(
                           "%1", APP_NAME)
        notices = notices_file()
        name = (f"<a href='{QUrl.fromLocalFile(str(notices)).toString()}'>{NOTICES}</a>" if notices
                else f"<code>{NOTICES}</code>")
        return text + " " + self.tr("The licences of the bundled components (Qt, espeak-ng, FFmpeg, ONNX "
                                    "Runtime and others) and of the natural voices you can install are in "
                                    "%1.").replace("%1", name)

    def _on_engines(self, engines: list[tuple[str, str]]) -> None:
        self.task = None
        self.engines = engines
        for name, value in engines:
            self.engine_labels[name].setText(value)
        # Why an engine is missing can take three lines where "checking…" took one: grow, once laid out.
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))
        self.versions_ready.emit()

    def _on_engines_failed(self, error: BaseException) -> None:  # engine_versions never raises
        log.error("Reading the engines' versions failed", exc_info=error)
        self._on_engines([(name, self.tr("unknown")) for name in self.engine_labels])

    def version_text(self) -> str:
        """Plain text for a bug report: one "name: version" line each."""
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{name}: {value}" for name, value in self.versions[1:]]
        lines += [f"{name}: {value}" for name, value in (self.engines or [(n, "checking") for n in
                                                                          self.engine_labels])]
        return "\n".join(lines)

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.version_text())
        self.copied_label.setText(self.tr("Copied to the clipboard."))

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.discard()  # a version still being read must not write into a closed dialog
            self.task = None
        super().done(result)
