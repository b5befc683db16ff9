"""The video a dub is for: its dock, choosing it, its length, and "play in context".

The video is stored in the project (one undo step to change). Its length is read once off the GUI
thread: the last line may borrow silence up to the end of the film, never past it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog

from studio.core.mux import MediaError, probe_media
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.table import commands
from studio.gui.video.video_pane import VideoPane

if TYPE_CHECKING:
    from studio.gui.dub.dub_state import DubState
    from studio.gui.shell.workspace import Workspace


def video_length_ms(path: Path) -> int | None:
    """The video's duration (None when ffmpeg cannot tell: the film's end is then the last line's)."""
    try:
        return probe_media(path).duration_ms
    except MediaError:
        return None


class VideoActions(QObject):
    length_known = Signal()  # film_end_ms changed: the timeline is worth rebuilding

    def __init__(self, window: Workspace, dub: DubState) -> None:
        super().__init__(window)
        self.window, self.dub = window, dub
        self.film_end_ms: int | None = None
        self._probe: Task | None = None
        self.pane = VideoPane()
        self.dock = QDockWidget(self.tr("Video"), window)
        self.dock.setObjectName("videoDock")
        self.dock.setWidget(self.pane)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # The picture above the money panel: it is what the eye goes to while judging a line.
        window.splitDockWidget(self.dock, window.job.dock, Qt.Orientation.Vertical)
        self.dock.hide()
        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setText(self.tr("&Video"))
        self.dock_action.setStatusTip(self.tr("Show the video pane: play a line where it lives (double-click it "
                                              "in the timeline)"))
        self.choose_action = QAction(self.tr("Choose &Video…"), window)
        tip = self.tr("The video this dub is for (stored in the project)")
        self.choose_action.setStatusTip(tip)
        self.choose_action.setToolTip(tip)
        self.choose_action.triggered.connect(self.choose_video)
        self.pane.position_changed.connect(dub.strip.set_playhead)
        self.pane.error.connect(window.show_status)

    def after_restore(self) -> None:
        """The saved window state may show the video dock: only when there is a video to show."""
        if self.pane.video_path() is None:
            self.dock.hide()

    def show_video(self, path: Path | None) -> None:
        """Show path in the pane (None: hide it) and read its length in the background."""
        self.pane.set_video(path)
        self.dock.setVisible(path is not None)
        if path is not None:
            self._make_room()
        self._read_length(path)

    def _read_length(self, path: Path | None) -> None:
        self.stop_reading()
        if path is None:
            self._set_length(None)
            return
        self._probe = run_in_background(video_length_ms, path, on_done=self._set_length,
                                        on_error=lambda _error: self._set_length(None))

    def stop_reading(self) -> None:
        """The window is closing: a length read still running reports to nobody."""
        if self._probe is not None:
            self._probe.discard()
            self._probe = None

    def _set_length(self, length: int | None) -> None:
        self._probe = None
        if length != self.film_end_ms:
            self.film_end_ms = length
            self.length_known.emit()

    def _make_room(self) -> None:
        """A dock shown for the first time gets a sliver of the column: give the picture a real size."""
        window = self.window
        window.layout().activate()  # the sizes below are read after the dock took its place
        if self.dock.height() < 220:
            window.resizeDocks([self.dock], [max(260, window.height() * 2 // 5)], Qt.Orientation.Vertical)
        if self.dock.width() < 360:
            window.resizeDocks([self.dock], [400], Qt.Orientation.Horizontal)

    def set_video(self, path: Path | None) -> None:
        """Store the video in the project (one undo step) and show it in the video pane."""
        project = self.window.voice_actions.ensure_project()
        old = project.video_path
        if old == path:
            self.show_video(path)
            return

        def store(value: Path | None) -> None:
            project.video_path = value
            self.show_video(value)

        commands.push(self.window.model, commands.ValueCommand(store, old, path, self.tr("Choose video")))

    def choose_video(self) -> None:
        path = self.ask_video_path()
        if path is not None:
            self.set_video(path)

    def play_in_context(self, row: int) -> None:
        """Double-click in the strip: play the line with the picture around it (else just its clip)."""
        self.window.select_row(row)
        result = self.dub.result
        if self.pane.video_path() is None or self.pane.dub_path() is None or result is None \
                or row >= len(result.placements):
            self.window.render_actions.play_row(row)
            return
        cue = self.window.model.cue(row)
        placement = result.placements[row]
        start = min(cue.start_ms, placement.placed_ms)
        end = max(cue.end_ms, placement.placed_ms + placement.clip_ms)
        self.dock.show()
        self.pane.play_context(start, end)

    def ask_video_path(self) -> Path | None:
        current = self.pane.video_path()
        doc_path = self.window.model.document.path
        start = str(current.parent if current else doc_path.parent if doc_path else "")
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Choose the video"), start,
                                              self.tr("Videos (*.mp4 *.mkv *.mov *.m4v *.avi *.webm);;"
                                                      "All files (*)"))
        return Path(path) if path else None
