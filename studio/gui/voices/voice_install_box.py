"""One download of a natural offline voice with its progress bar (MB, %, time left) and Cancel.

Used by the welcome screen ("Download a natural French voice") and the voice picker's offline tab.
The download runs through run_in_background; progress arrives on the GUI thread through tasks.Progress.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from studio.gui.kit.number_text import decimal_text
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Progress, Task, run_in_background
from studio.providers.voice_download import DownloadCancelled, DownloadError
from studio.providers.voice_download import Progress as DownloadProgress
from studio.providers.voice_install import install
from studio.providers.voice_packs import InstalledVoice, VoicePackError, VoiceStore


class VoiceInstallBox(QWidget):
    installed = Signal(object)   # InstalledVoice
    failed = Signal(str)         # one sentence
    busy_changed = Signal(bool)

    def __init__(self, store: VoiceStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or VoiceStore()
        self.task: Task | None = None
        self._cancel: threading.Event | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel Download"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._show_bar(False)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, source: str) -> None:
        """Install source (a catalogue name, an https URL or a local .onnx) in the background."""
        if self.busy:
            return
        cancel = self._cancel = threading.Event()
        progress = Progress(self._on_progress, self)
        self.bar.setValue(0)
        self.status.setText(self.tr("Starting the download…"))
        self._show_bar(True)
        self.task = run_in_background(lambda: install(source, self.store, progress=progress, cancel=cancel),
                                      on_done=self._on_done, on_error=self._on_error)
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    def discard(self) -> None:
        """The window closes: stop the download (its partial file is deleted) and drop the result."""
        self.cancel()
        if self.task is not None:
            self.task.discard()
            self.task = None

    def _on_progress(self, progress: DownloadProgress) -> None:
        if self.task is None:
            return
        megabytes = decimal_text(progress.done / 1e6, 1)
        if progress.total:
            self.bar.setRange(0, 100)
            self.bar.setValue(int(progress.percent or 0))
            text = self.tr("%1 of %2 MB (%3 %)").replace("%1", megabytes).replace(
                "%2", decimal_text(progress.total / 1e6, 1)).replace("%3", decimal_text(progress.percent, 0))
            eta = progress.eta_s
            if eta is not None:
                text += " – " + self.tr("about %1 s left").replace("%1", str(int(round(eta))))
        else:
            self.bar.setRange(0, 0)  # busy indicator: the size is unknown
            text = self.tr("%1 MB").replace("%1", megabytes)
        self.status.setText(text)

    def _finish(self) -> None:
        self.task = None
        self._cancel = None
        self._show_bar(False)
        self.busy_changed.emit(False)

    def _on_done(self, voice: InstalledVoice) -> None:
        self._finish()
        checked = (self.tr("checksum verified") if voice.checksum_checked
                   else self.tr("no published checksum: size checked, sha256 recorded"))
        self.status.setText(self.tr("Installed %1 (%2 MB, %3).").replace("%1", voice.name).replace(
            "%2", decimal_text(voice.bytes / 1e6, 0)).replace("%3", checked))
        self.installed.emit(voice)

    def _on_error(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, DownloadCancelled):
            message = self.tr("Download cancelled: nothing was installed.")
        elif isinstance(error, DownloadError) and "connection" in str(error).lower():
            message = self.tr("The voice could not be downloaded (no network?). The built-in voice works "
                              "offline; try again when you are connected.")
        elif isinstance(error, (DownloadError, VoicePackError)):
            message = error_text(error)  # a full disk, a refused download… worded from its code
        else:
            message = self.tr("The voice could not be installed: %1").replace("%1", str(error) or
                                                                              type(error).__name__)
        self.status.setText(message)
        self.failed.emit(message)

    def _show_bar(self, shown: bool) -> None:
        self.bar.setVisible(shown)
        self.cancel_button.setVisible(shown)
