"""Plays one line's clip (QtMultimedia), created lazily so a machine without audio output still works.

Headless and deviceless machines are fine: QMediaPlayer plays to a null sink, reports its states and
reaches the end of the media, which is what the preview and auto-advance rely on.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

log = logging.getLogger(__name__)


class LinePlayer(QObject):
    started = Signal(int)    # row now playing
    finished = Signal(int)   # row whose clip played to its end
    stopped = Signal()       # playback stopped (by the user, or a new line)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.row: int | None = None
        self._player = None
        self._output = None
        self._broken = False

    def play(self, row: int, path: Path) -> bool:
        player = self._media_player()
        if player is None:
            return False
        player.stop()
        self.row = row
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        self.started.emit(row)
        return True

    def stop(self) -> None:
        if self._player is not None:
            self.row = None
            self._player.stop()
        self.stopped.emit()

    def release(self) -> None:
        """Stop and drop the media before the window goes: destroying a QMediaPlayer that is still
        playing lets its decoder thread run into freed memory."""
        if self._player is not None:
            self.row = None
            self._player.stop()
            self._player.setSource(QUrl())

    @staticmethod
    def has_output_device() -> bool:
        """False when the system reports no audio output (no sound card, no sound server running)."""
        try:
            from PySide6.QtMultimedia import QMediaDevices
            return bool(QMediaDevices.audioOutputs())
        except Exception:  # noqa: BLE001 - a missing multimedia plugin: treat as no device
            return False

    @property
    def playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer
        return self._player is not None and self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def _media_player(self):  # noqa: ANN202
        if self._player is None and not self._broken:
            try:
                from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
                self._output = QAudioOutput(self)
                self._player = QMediaPlayer(self)
                self._player.setAudioOutput(self._output)
                self._player.mediaStatusChanged.connect(self._on_status)
            except Exception:  # noqa: BLE001 - a missing multimedia plugin must not take the app down
                log.warning("audio playback unavailable", exc_info=True)
                self._broken = True
        return self._player

    def _on_status(self, status) -> None:  # noqa: ANN001
        from PySide6.QtMultimedia import QMediaPlayer
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.row is not None:
            row, self.row = self.row, None
            self.finished.emit(row)
