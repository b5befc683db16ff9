"""Preview a voice: download its public preview_url sample once, cache it, play it.

A preview never touches the provider's API: it fetches the sample the listing points to (public
storage) with a plain session that carries no API key, so it can neither add the voice to My Voices
nor spend credits. The download runs through run_in_background; playback uses QMediaPlayer, created
lazily so a machine (or a headless test) without audio output still downloads and caches.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import requests
from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal

from studio.core.atomic import write_atomic
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.render.line_player import LinePlayer
from studio.providers.base import Voice

log = logging.getLogger(__name__)

MAX_PREVIEW_BYTES = 20 * 1024 * 1024   # a sample is a few hundred KB; refuse anything absurd
TIMEOUT = (5.0, 30.0)


def default_cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "dubbing-studio") / "voice-previews"


def cache_path(cache_dir: Path, url: str) -> Path:
    """Keyed by the URL: a voice whose sample changes gets a new URL, hence a new file."""
    suffix = Path(urlsplit(url).path).suffix.lower()
    if suffix not in (".mp3", ".wav", ".m4a", ".ogg", ".mpeg"):
        suffix = ".mp3"
    return cache_dir / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:32] + suffix)


def download_preview(url: str, target: Path) -> Path:
    """Blocking: fetch the sample (no API key, no provider session) and write it atomically."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError("not a web address")
    with requests.get(url, timeout=TIMEOUT, stream=True) as response:
        response.raise_for_status()
        data = bytearray()
        for chunk in response.iter_content(64 * 1024):
            data += chunk
            if len(data) > MAX_PREVIEW_BYTES:
                raise ValueError("preview too large")
    if not data:
        raise ValueError("empty preview")
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, bytes(data))
    return target


class PreviewPlayer(QObject):
    """Plays voice samples, downloading each at most once."""

    ready = Signal(str, str)        # voice id, cached file path (emitted just before playback)
    failed = Signal(str, str)       # voice id, message
    state_changed = Signal(str)     # voice id now loading/playing, "" when idle

    def __init__(self, parent: QObject | None = None, *, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir or default_cache_dir()
        self.downloads = 0   # network fetches done (the tests check the cache is used)
        self._task: Task | None = None
        self._player = None
        self._output = None
        self._audio_broken = False

    def play(self, voice: Voice) -> None:
        if not voice.preview_url:
            self.failed.emit(voice.id, self.tr("This voice has no preview sample."))
            return
        path = cache_path(self.cache_dir, voice.preview_url)
        if self._task is not None:
            self._task.discard()  # the user asked for another voice: the older sample is stale
            self._task = None
        if path.is_file() and path.stat().st_size > 0:
            self._start(voice.id, path)
            return
        self.state_changed.emit(voice.id)
        self.downloads += 1
        self._task = run_in_background(download_preview, voice.preview_url, path,
                                       on_done=lambda p, vid=voice.id: self._start(vid, p),
                                       on_error=lambda e, vid=voice.id: self._on_error(vid, e))

    def play_local(self, voice_id: str, make: Callable[[], Path]) -> None:
        """Play what make() writes (an offline voice speaking a sample sentence; worker thread)."""
        if self._task is not None:
            self._task.discard()
        self.state_changed.emit(voice_id)
        self._task = run_in_background(make, on_done=lambda p, vid=voice_id: self._start(vid, p),
                                       on_error=lambda e, vid=voice_id: self._on_local_error(vid, e))

    def _on_local_error(self, voice_id: str, error: BaseException) -> None:
        self._task = None
        self.state_changed.emit("")
        self.failed.emit(voice_id, self.tr("This voice could not speak its sample: %1").replace(
            "%1", error_text(error) or type(error).__name__))

    def stop(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
        if self._player is not None:
            self._player.stop()
        self.state_changed.emit("")

    def _on_error(self, voice_id: str, error: BaseException) -> None:
        self._task = None
        log.info("preview download failed: %s", type(error).__name__)  # the URL may carry a signature
        self.state_changed.emit("")
        self.failed.emit(voice_id, self.tr("The preview sample could not be downloaded: check your internet "
                                           "connection and try again."))

    def _start(self, voice_id: str, path: Path) -> None:
        self._task = None
        self.ready.emit(voice_id, str(path))
        # No output device: nothing to hear, and no FFmpeg player to stall on stop() (see line_player).
        player = self._media_player() if LinePlayer.has_output_device() else None
        if player is None:
            self.state_changed.emit("")
            return
        player.stop()
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        self.state_changed.emit(voice_id)

    def _media_player(self):
        """The player, created on first use; None when this machine has no usable audio backend."""
        if self._player is None and not self._audio_broken:
            try:
                from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
                self._output = QAudioOutput(self)
                self._player = QMediaPlayer(self)
                self._player.setAudioOutput(self._output)
                self._player.playbackStateChanged.connect(self._on_playback_state)
            except Exception:  # noqa: BLE001 - a missing multimedia plugin must not break the picker
                log.warning("audio playback unavailable", exc_info=True)
                self._audio_broken = True
                self._player = None
        return self._player

    def _on_playback_state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        if state == QMediaPlayer.PlaybackState.StoppedState:
            self.state_changed.emit("")
