"""Create QMediaPlayer objects that tolerate a machine (or a headless test) with no audio device.

Qt Multimedia is loaded on first use: importing it pulls in the FFmpeg backend, and a broken or
missing multimedia plugin must cost the user playback only, never the whole window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

log = logging.getLogger(__name__)


@dataclass
class Player:
    """A media player and the audio output it plays through (either may be missing)."""

    player: QMediaPlayer | None
    output: QAudioOutput | None

    @property
    def usable(self) -> bool:
        return self.player is not None


def create_player(parent: QObject, *, audio: bool = True) -> Player:
    """A QMediaPlayer (with a QAudioOutput when audio is True) owned by parent.

    With no audio device Qt still builds a working output that plays nothing, so the picture and the
    position keep advancing; only a missing Qt Multimedia backend yields Player(None, None).
    """
    try:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    except ImportError:
        log.warning("Qt Multimedia is not available: playback disabled", exc_info=True)
        return Player(None, None)
    try:
        player = QMediaPlayer(parent)
        output = None
        if audio:
            output = QAudioOutput(parent)
            player.setAudioOutput(output)
    except Exception:
        log.warning("media player could not be created: playback disabled", exc_info=True)
        return Player(None, None)
    return Player(player, output)


def has_audio_device() -> bool:
    """True when the system reports at least one audio output (false on most CI machines)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
        return bool(QMediaDevices.audioOutputs())
    except Exception:  # noqa: BLE001 - same reason as create_player
        return False
