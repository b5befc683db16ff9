"""The cue table model as its columns, tooltips and undo commands use it: a protocol, so that those
modules do not import the model that is built from them (cue_model.py implements it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QUndoStack

    from studio.core.cost_sheet import CostSheet
    from studio.core.cues import Cue
    from studio.core.document import Document
    from studio.core.speech import Speech, SpeechOptions
    from studio.gui.table.fit_data import FitColumnData


class CueRows(Protocol):
    undo_stack: QUndoStack
    speech_options: SpeechOptions
    costs: CostSheet
    clip_meta: Callable[[str], Any]  # a cached clip's sidecar record by key (None: not cached)
    fits: FitColumnData  # the Fit column's forecast and ladder per line (fed by the dub feature)

    @property
    def document(self) -> Document: ...
    def rowCount(self, parent: QModelIndex = ...) -> int: ...
    def cue(self, row: int) -> Cue: ...
    def set_cue(self, row: int, cue: Cue) -> Cue: ...
    def replace(self, row: int, count: int, new: list[Cue]) -> list[Cue]: ...
    def speech_of(self, cue: Cue) -> Speech: ...
    def status_of(self, row: int) -> tuple[str, str | None]: ...
    def status_text(self, row: int) -> str: ...
    def voice_label(self, cue: Cue) -> str: ...
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = ...) -> Any: ...
