"""The welcome's offer of a natural French voice, made only when the network allows it.

The welcome opens at once: whether the voice's host can be reached is asked off the GUI thread (a
short HEAD request through the one task helper). Reachable, the offer appears ("Download a natural
French voice (about 63 MB)"); not, the page says so plainly, espeak-ng stays the working default, and
"Install from File…" installs a Piper voice from its .onnx on an offline machine.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.gui.kit.number_text import whole_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.voices import offline_voices
from studio.gui.voices.voice_install_box import VoiceInstallBox
from studio.providers.voice_catalogue import CatalogueEntry
from studio.providers.voice_download import host_of, reachable
from studio.providers.voice_packs import VoiceStore

# What the offer shows: the network is being asked, the voice can be downloaded, it cannot (offline),
# a natural French voice is installed already, or the catalogue has none to offer.
CHECKING, REACHABLE, UNREACHABLE = "checking", "reachable", "unreachable"
INSTALLED, NOTHING = "installed", "nothing"


class NaturalVoiceOffer(QWidget):
    installed = Signal(object)  # InstalledVoice

    def __init__(self, entry: CatalogueEntry | None, reach: str | None = None,
                 parent: QWidget | None = None) -> None:
        """entry: the voice to offer; reach: the address whose host is asked (default: the voice's own)."""
        super().__init__(parent)
        self.entry = entry
        self.state = NOTHING
        self.address = reach or (entry.url if entry is not None else "")
        self._task: Task | None = None
        self.button = QPushButton()
        self.file_button = offline_voices.file_button(self.install_from_file)
        for button in (self.button, self.file_button):
            button.setAutoDefault(False)  # Enter always means Next
            button.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)  # plain text colour: being offline is news the user must read
        self.box = VoiceInstallBox(parent=self)
        self.box.installed.connect(self._on_installed)
        self.box.busy_changed.connect(self._on_busy)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.box)
        if entry is None:
            self.note.hide()
            return  # no catalogue, or no French voice in it: the robotic voice alone, as before
        self.button.setText(self.tr("&Download a natural French voice (about %1 MB)").replace(
            "%1", whole_text(round((entry.bytes or 0) / 1e6))))
        self.button.setToolTip(self.tr("%1, licence %2, from %3").replace("%1", entry.name)
                               .replace("%2", entry.licence).replace("%3", entry.url))
        self.button.clicked.connect(lambda: self.box.start(entry.key))
        if VoiceStore().get(entry.key) is not None:
            self._show(INSTALLED)
            return
        self._show(CHECKING)
        self._task = run_in_background(reachable, self.address, on_done=self._on_reach)

    def _on_reach(self, ok: bool) -> None:
        self._task = None
        self._show(REACHABLE if ok else UNREACHABLE)

    def _show(self, state: str) -> None:
        self.state = state
        self.button.setVisible(state in (REACHABLE, INSTALLED))
        self.button.setEnabled(state == REACHABLE)
        self.file_button.setVisible(state == UNREACHABLE)
        self.note.setVisible(state in (CHECKING, UNREACHABLE))
        if state == CHECKING:
            self.note.setText(self.tr("Checking whether a natural voice can be downloaded…"))
        elif state == UNREACHABLE:
            host = urlsplit(host_of(self.address)).hostname or self.address
            self.note.setText(self.tr("%1 cannot be reached, so no natural voice can be downloaded now. The "
                                      "built-in voice (espeak-ng) works without a network and stays the "
                                      "default. On a computer without a network, install a Piper voice from "
                                      "its .onnx file.").replace("%1", host))
        elif state == INSTALLED:
            self.box.status.setText(self.tr("A natural French voice is installed: the sample renders with it."))

    def _on_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy and self.state == REACHABLE)
        self.file_button.setEnabled(not busy)

    def install_from_file(self) -> None:
        path = offline_voices.ask_voice_file(self)
        if path:
            self.box.start(path)

    def _on_installed(self, voice) -> None:  # noqa: ANN001 - InstalledVoice
        self.state = INSTALLED
        self.button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.installed.emit(voice)

    def discard(self) -> None:
        """The welcome closes: drop the network's answer, stop a download."""
        if self._task is not None:
            self._task.discard()
            self._task = None
        self.box.discard()
