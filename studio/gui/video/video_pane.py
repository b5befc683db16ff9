"""The video pane: see and hear one line where it lives, picture and dub together ("play in context").

Two players: one for the video (its picture and its own sound), one for the dub WAV. The dub is a
film-length track, so the same film time is the same position in both. While the dub plays, the
original sound is lowered (or muted: the "Original sound" toggle) so the dub can be judged.

The end of a context window is watched on the video's own position (exact), with a wall-clock
guard for when the position never advances (a codec the backend cannot decode, or no media backend
at all on a headless machine): playback always stops.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QStyle,
                               QToolButton, QVBoxLayout, QWidget)

from studio.gui.kit import colors
from studio.gui.video.playback import create_player

log = logging.getLogger(__name__)

ORIGINAL_UNDER_DUB = 0.2  # the original's volume while the dub plays (about -14 dB): present, not competing
DEFAULT_MARGIN_MS = 1500
_WATCH_INTERVAL_MS = 20  # how often the end of the window is checked: a 20 ms overrun is inaudible
_MAX_DRIFT_MS = 80  # lip-sync errors below this go unnoticed; a reseek costs a short glitch
# Added to the window before the wall-clock guard stops playback: loading and seeking take time.
_GUARD_SLACK_MS = 3000


class VideoPane(QWidget):
    """A QVideoWidget with the video's player, plus a second player for the dub."""

    playing_changed = Signal(bool)
    position_changed = Signal(int)  # film ms, while playing (e.g. for the timeline strip's playhead)
    context_finished = Signal()  # a play_context window reached its end (not emitted on stop())
    error = Signal(str)  # a user-ready sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._video_path: Path | None = None
        self._dub_path: Path | None = None
        self._playing = False
        self._until_ms: int | None = None
        self._window_ms = 0
        self._broken: set[int] = set()  # id() of players whose media failed: they are left out
        self._pending: dict[int, int] = {}  # id(player) -> position to apply once its media has loaded
        self.requested_position_ms: int | None = None  # the last seek asked of the players
        self._clock = QElapsedTimer()

        self._video = create_player(self)
        self._dub = create_player(self)
        self.video_widget = self._make_video_widget()
        self.placeholder = QLabel(self.tr("No video chosen.\nChoose one with “Dub video…” to judge each "
                                          "line where it lives."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #bbb; background: #202020;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        if self.video_widget is not None:
            self.stack.addWidget(self.video_widget)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.play_button = QToolButton(self)
        self.play_button.setText(self.tr("Play"))
        # Qt's media icons are drawn black: repainted in the text colour at every light/dark switch.
        colors.follow_palette(self.play_button, lambda _palette: self._show_play_icon())
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.play_button.setToolTip(self.tr("Play or pause from here"))
        self.play_button.clicked.connect(self._toggle_play)
        self.original_sound = QCheckBox(self.tr("Original sound"), self)
        self.original_sound.setToolTip(self.tr("Hear the video's own sound, lowered under the dub; off: the "
                                               "dub alone"))
        self.original_sound.setChecked(True)
        self.original_sound.toggled.connect(self._apply_volumes)
        self.time_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        colors.set_text_color(self.message, colors.error_color)
        self.message.hide()

        controls = QHBoxLayout()
        controls.setContentsMargins(4, 2, 4, 2)
        controls.addWidget(self.play_button)
        controls.addWidget(self.time_label, 1)
        controls.addWidget(self.original_sound)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(controls)

        self._watch = QTimer(self)
        self._watch.setInterval(_WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self._check_end)
        for player in (self._video.player, self._dub.player):
            if player is None:
                continue
            player.mediaStatusChanged.connect(lambda status, p=player: self._media_status(p, status))
            player.errorOccurred.connect(lambda _error, text, p=player: self._player_error(p, text))
        self._show_time(0)

    # ----- public API -----

    def set_video(self, path: str | Path | None) -> None:
        """The video to show (None: none). Its sound is the "original sound"."""
        self.stop()
        self._video_path = Path(path) if path else None
        self.message.hide()
        if self._video.player is not None:
            self._broken.discard(id(self._video.player))
            self._pending.pop(id(self._video.player), None)
            source = QUrl.fromLocalFile(str(self._video_path)) if self._video_path else QUrl()
            self._video.player.setSource(source)
        show_video = self._video_path is not None and self.video_widget is not None
        self.stack.setCurrentIndex(1 if show_video else 0)
        self._apply_volumes()

    def set_dub(self, path: str | Path | None) -> None:
        """The dub track (a film-length WAV, e.g. the last export); None: play the video alone."""
        self.stop()
        self._dub_path = Path(path) if path else None
        if self._dub.player is not None:
            self._broken.discard(id(self._dub.player))
            self._pending.pop(id(self._dub.player), None)
            self._dub.player.setSource(QUrl.fromLocalFile(str(self._dub_path)) if self._dub_path else QUrl())
        self._apply_volumes()

    def video_path(self) -> Path | None:
        return self._video_path

    def dub_path(self) -> Path | None:
        return self._dub_path

    def play_context(self, start_ms: int, end_ms: int, margin_ms: int = DEFAULT_MARGIN_MS) -> None:
        """Play picture and dub from margin_ms before start_ms until margin_ms after end_ms, then pause."""
        if not self._players():
            return
        begin = max(0, start_ms - margin_ms)
        until = max(begin, end_ms) + margin_ms
        self._seek_all(begin)
        self._until_ms = until
        self._window_ms = until - begin
        self._play()

    def seek(self, ms: int) -> None:
        """Show the picture at ms, paused (ends any context window)."""
        self._pause()
        self._until_ms = None
        self._seek_all(max(0, ms))
        self._show_time(max(0, ms))

    def stop(self) -> None:
        """Stop playing, keeping the current picture on screen."""
        self._until_ms = None
        self._pause()

    def is_playing(self) -> bool:
        return self._playing

    def has_media(self) -> bool:
        """A video or a dub is loaded and playable: position_ms() is a film time."""
        return self._master() is not None

    def position_ms(self) -> int:
        """The film time now shown (the video's position, else the dub's)."""
        master = self._master()
        return master.position() if master is not None else 0

    def original_volume(self) -> float:
        return self._video.output.volume() if self._video.output is not None else 0.0

    def dub_volume(self) -> float:
        return self._dub.output.volume() if self._dub.output is not None else 0.0

    # ----- internals -----

    def _make_video_widget(self) -> QWidget | None:
        if self._video.player is None:
            return None
        try:
            from PySide6.QtMultimediaWidgets import QVideoWidget
        except ImportError:
            log.warning("QtMultimediaWidgets missing: the video pane shows no picture", exc_info=True)
            return None
        widget = QVideoWidget(self)
        # Black around the picture (letterbox) and before the first frame, as any player shows it.
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        widget.setPalette(palette)
        widget.setAutoFillBackground(True)
        self._video.player.setVideoOutput(widget)
        return widget

    def current_frame(self) -> QImage | None:
        """The picture now shown, as an image (None before the first frame or without a video)."""
        if self.video_widget is None:
            return None
        frame = self.video_widget.videoSink().videoFrame()
        if not frame.isValid():
            return None
        image = frame.toImage()
        return None if image.isNull() else image

    def _players(self) -> list:
        """The players that have something playable loaded."""
        out = []
        if self._video.player is not None and self._video_path is not None:
            out.append(self._video.player)
        if self._dub.player is not None and self._dub_path is not None:
            out.append(self._dub.player)
        return [player for player in out if id(player) not in self._broken]

    def _master(self):
        """The player whose position is the film's time: the video when there is one."""
        players = self._players()
        return players[0] if players else None

    def _seek_all(self, ms: int) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        self.requested_position_ms = ms
        for player in self._players():
            # A seek before the media has loaded is dropped by the backend: apply it once loaded.
            status = player.mediaStatus()
            if status in (QMediaPlayer.MediaStatus.NoMedia, QMediaPlayer.MediaStatus.LoadingMedia):
                self._pending[id(player)] = ms
            else:
                self._pending.pop(id(player), None)
                player.setPosition(ms)

    def _media_status(self, player, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        if status == QMediaPlayer.MediaStatus.LoadedMedia and id(player) in self._pending:
            player.setPosition(self._pending.pop(id(player)))
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._player_error(player, player.errorString())

    def _player_error(self, player, text: str) -> None:
        which = self._video_path if player is self._video.player else self._dub_path
        name = which.name if which else ""
        log.info("playback error on %s: %s", name, text)
        self._broken.add(id(player))
        if self._playing and not self._players():
            self.stop()
        sentence = self.tr("{name} cannot be played here ({reason}); the export and the dubbed video are not "
                           "affected.").format(name=name, reason=text or self.tr("unknown error"))
        self.message.setText(sentence)
        self.message.show()
        self.error.emit(sentence)

    def _play(self) -> None:
        self._apply_volumes()
        for player in self._players():
            player.play()
        self._clock.start()
        self._watch.start()
        self._set_playing(True)

    def _pause(self) -> None:
        self._watch.stop()
        for player in self._players():
            player.pause()
        self._set_playing(False)

    def _toggle_play(self) -> None:
        if self._playing:
            self.stop()
        else:
            self._until_ms = None
            self._window_ms = 0
            self._play()

    def _set_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing != self._playing:
            self._playing = playing
            self._show_play_icon()
            self.playing_changed.emit(playing)

    def _show_play_icon(self) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if self._playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(colors.monochrome_icon(self.style().standardIcon(icon), self.play_button.palette()))

    def _check_end(self) -> None:
        position = self.position_ms()
        self._resync_dub(position)
        self._show_time(position)
        self.position_changed.emit(position)
        if self._until_ms is None:
            return
        # The position is exact when the backend decodes; the clock guard covers a position stuck at
        # the seek point (undecodable media, no backend), so playback can never run on forever.
        if position >= self._until_ms or self._clock.elapsed() > self._window_ms + _GUARD_SLACK_MS:
            self._until_ms = None
            self._pause()
            self.context_finished.emit()

    def _resync_dub(self, position: int) -> None:
        """Pull the dub back onto the picture when the two players have drifted apart audibly."""
        dub = self._dub.player
        if dub is None or self._master() is dub or dub not in self._players():
            return
        # Past the dub's end (it stops after the last line) there is nothing to realign.
        if 0 < dub.duration() <= position:
            return
        if abs(dub.position() - position) > _MAX_DRIFT_MS:
            dub.setPosition(position)

    def _apply_volumes(self) -> None:
        dub_on = self._dub.player is not None and self._dub_path is not None
        if self._video.output is not None:
            if not self.original_sound.isChecked():
                self._video.output.setVolume(0.0)
            else:
                self._video.output.setVolume(ORIGINAL_UNDER_DUB if dub_on else 1.0)
        if self._dub.output is not None:
            self._dub.output.setVolume(1.0)

    def _show_time(self, ms: int) -> None:
        master = self._master()
        duration = master.duration() if master is not None else 0
        text = _clock(ms)
        if duration > 0:
            text = self.tr("{position} / {duration}").format(position=text, duration=_clock(duration))
        self.time_label.setText(text)


def _clock(ms: int) -> str:
    """A player's clock: 1:02.3, or 1:01:02.3 past an hour (tenths are enough to find a line)."""
    tenths = max(0, ms) // 100
    hours, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    seconds, tenth = divmod(rest, 10)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}.{tenth}"
    return f"{minutes}:{seconds:02d}.{tenth}"
