"""The voice picker's offline tab: which engine speaks each voice, its size and licence, and the buttons
to install, remove or add a natural voice from a file; plus the local preview (a sample sentence
spoken by the voice itself, since offline voices have no published sample).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from studio.core.coded_error import write_params
from studio.gui.kit.failure_text import system_words
from studio.gui.kit.number_text import decimal_text
from studio.gui.kit.provider_text import error_text
from studio.gui.voices.voice_install_box import VoiceInstallBox
from studio.gui.voices.voice_list_model import LABELS, VoiceListModel, gender_name
from studio.providers.base import Provider, SynthesisRequest, Voice
from studio.providers.voice_packs import VoicePackError, VoiceStore

# What a preview says, per language (the voice's own language; English otherwise).
SAMPLE_TEXT = {"fr": "Bonjour ! Voici un aperçu de ma voix, pour doubler vos vidéos.",
               "en": "Hello! This is a preview of my voice, for dubbing your videos.",
               "de": "Hallo! Das ist eine Hörprobe meiner Stimme.",
               "es": "¡Hola! Esta es una muestra de mi voz."}


def is_natural(voice: Voice) -> bool:
    return voice.labels.get("engine") == "piper"


def is_installed(voice: Voice) -> bool:
    return voice.labels.get("installed", "yes") == "yes"


def render_sample(provider: Provider, voice: Voice, folder: Path) -> Path:
    """Speak the sample sentence with voice into a WAV in folder (worker thread)."""
    language = (voice.language or "en").split("-")[0].lower()
    result = provider.synthesize(SynthesisRequest(text=SAMPLE_TEXT.get(language, SAMPLE_TEXT["en"]),
                                                  voice_id=voice.id, audio_format="wav"))
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix="offline-preview-", suffix=".wav", dir=folder)
    with open(handle, "wb") as out:
        out.write(result.audio)
    return Path(name)


def file_button(install: Callable[[], None]) -> QPushButton:
    """"Install from File…": the picker's and the welcome's (offline machines)."""
    button = QPushButton(QCoreApplication.translate("OfflineVoicePanel", "Install from &File…"))
    button.setToolTip(QCoreApplication.translate(
        "OfflineVoicePanel", "Install a Piper voice (.onnx with its .onnx.json beside it) without a network"))
    button.clicked.connect(install)
    return button


def ask_voice_file(parent: QWidget) -> str:
    """The .onnx the user picks to install (empty: none); the picker's and the welcome's Install from File…"""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("OfflineVoicePanel", "Install a Voice from a File"), "",
        QCoreApplication.translate("OfflineVoicePanel", "Piper voices (*.onnx)"))
    return path


class OfflineVoiceListModel(VoiceListModel):
    """The Labels column says what matters offline: natural or robotic, size, licence, installed."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == LABELS and role == Qt.ItemDataRole.DisplayRole:
            voice = self.voice_at(index.row())
            if voice is not None:
                return self.describe(voice)
        return super().data(index, role)

    def describe(self, voice: Voice) -> str:
        parts = []
        if voice.labels.get("gender"):
            parts.append(gender_name(voice.labels["gender"]))
        if not is_natural(voice):
            return " · ".join([self.tr("robotic (espeak-ng)"), *parts])
        parts.insert(0, self.tr("natural (Piper)"))
        if voice.labels.get("bytes"):
            parts.append(self.tr("%1 MB").replace("%1", decimal_text(int(voice.labels['bytes']) / 1e6, 0)))
        if voice.labels.get("licence"):
            parts.append(voice.labels["licence"])
        parts.append(self.tr("installed") if is_installed(voice) else self.tr("not installed"))
        return " · ".join(parts)


class OfflineVoicePanel(QWidget):
    """Under the offline list: Install / Remove / Install from File… and the download's progress."""

    changed = Signal()  # a voice was installed or removed: reload the list

    def __init__(self, store: VoiceStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or VoiceStore()
        self.voice: Voice | None = None
        self.install_button = QPushButton(self.tr("&Install"))
        self.install_button.setToolTip(self.tr("Download this natural voice into your voices folder"))
        self.install_button.clicked.connect(self.install_selected)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Delete this natural voice from this computer"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.file_button = file_button(self.install_from_file)
        self.box = VoiceInstallBox(self.store, self)
        self.box.installed.connect(lambda _v: self.changed.emit())
        self.box.busy_changed.connect(lambda _busy: self.set_voice(self.voice))
        self.hint = QLabel(self.tr("Natural voices run on this computer, free and offline, once installed. "
                                   "The robotic espeak-ng voices are always there."))
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.hint, 1)
        for button in (self.install_button, self.remove_button, self.file_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.box)
        self.set_voice(None)

    def set_voice(self, voice: Voice | None) -> None:
        self.voice = voice
        natural = voice is not None and is_natural(voice)
        busy = self.box.busy
        self.install_button.setEnabled(natural and not is_installed(voice) and not busy)  # type: ignore[arg-type]
        self.remove_button.setEnabled(natural and is_installed(voice) and not busy)  # type: ignore[arg-type]
        self.file_button.setEnabled(not busy)

    def install_selected(self) -> None:
        if self.voice is not None and is_natural(self.voice) and not is_installed(self.voice):
            self.box.start(self.voice.id.removeprefix("piper:"))

    def install_from_file(self) -> None:
        path = ask_voice_file(self)
        if path:
            self.box.start(path)

    def remove_selected(self) -> None:
        voice = self.voice
        if voice is None or not is_natural(voice) or not is_installed(voice):
            return
        answer = QMessageBox.question(self, self.tr("Remove Voice"),
                                      self.tr("Remove the voice %1 from this computer? You can install it "
                                              "again later.").replace("%1", voice.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            freed = self.store.remove(voice.id)
        except VoicePackError as error:
            QMessageBox.warning(self, self.tr("Remove Voice"), error_text(error))
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Remove Voice"), self.tr("The voice could not be removed: %1.").replace(
                "%1", system_words(write_params(error))))
            return
        self.box.status.setText(self.tr("Removed %1: %2 MB freed.").replace("%1", voice.name).replace(
            "%2", decimal_text(freed / 1e6, 0)))
        self.changed.emit()

    def discard(self) -> None:
        self.box.discard()
