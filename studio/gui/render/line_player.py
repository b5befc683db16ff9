"""Plays one line's clip (QtMultimedia), created lazily so a machine without audio output still works.

With no audio output device (a headless machine, no sound server) nothing could be heard anyway, so no
QMediaPlayer is made at all: a timer of the clip's length stands in for it, and started/finished
come as usual for the preview and auto-advance. This also keeps clear of the FFmpeg backend, whose
stop() was seen to deadlock against its own decoder thread when playing to a null sink.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal

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
        self._silent = QTimer(self)  # stands in for the player when there is no output device
        self._silent.setSingleShot(True)
        self._silent.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer ends lines up to 5 % early
        self._silent.timeout.connect(self._silent_end)

    def play(self, row: int, path: Path, duration_ms: float | None = None) -> bool:
        """Play path for row; duration_ms (the clip's length, when known) paces the silent stand-in."""
        if not self.has_output_device():
            self.stop()
            self.row = row
            self._silent.start(max(1, round(duration_ms or 0)))
            self.started.emit(row)
            return True
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
        self._silent.stop()
        if self._player is not None:
            self._player.stop()
        self.row = None
        self.stopped.emit()

    def release(self) -> None:
        """Stop and drop the media before the window goes: destroying a QMediaPlayer that is still
        playing lets its decoder thread run into freed memory."""
        self._silent.stop()
        self.row = None
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())

    def _silent_end(self) -> None:
        if self.row is not None:
            row, self.row = self.row, None
            self.finished.emit(row)

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
        if self._silent.isActive():
            return True
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
