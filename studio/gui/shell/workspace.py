"""The window as a feature's actions see it: the document's table (model, filter, view), the undo
stack, the status bar, the messages, and the few feature handles one feature reaches through the window
(off-thread work goes through studio.gui.kit.tasks, which needs no window).

Actions type their window as Workspace instead of MainWindow, so a feature never imports the window
that composes it (MainWindow is the only module that knows every feature). The implementer is a
QMainWindow: dialogs take it as parent, the video dock and the tour use its dock and menu methods."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QSplitter, QStatusBar

    from studio.core.project import Project
    from studio.gui.render.render_actions import RenderActions
    from studio.gui.shell.job_controls import JobControls
    from studio.gui.table.cue_filter import CueFilterProxy
    from studio.gui.table.cue_model import CueTableModel
    from studio.gui.table.cue_table import CueTableView


class Workspace(Protocol):
    undo_stack: QUndoStack
    status: QStatusBar
    model: CueTableModel
    proxy: CueFilterProxy
    view: CueTableView
    splitter: QSplitter
    job: JobControls
    project: Project | None
    open_action: QAction
    render_actions: RenderActions
    # Features that build on each other meet here, typed Any so that no feature imports another's
    # actions module back: the voice actions (VoiceActions), the dub actions (DubActions), the edit box.
    voice_actions: Any
    dub: Any
    line_editor: Any
    loaded: SignalInstance  # emits the Path of a document once it is open

    def show_status(self, message: str) -> None: ...
    def show_error(self, title: str, message: str) -> None: ...
    def push(self, factory: Any, *args: Any) -> bool: ...
    def selected_rows(self) -> list[int]: ...
    def current_row(self) -> int: ...
    def select_row(self, source_row: int, column: int = ..., count: int = 1) -> None: ...
    def edit_cell(self, source_row: int, column: int = ...) -> None: ...

