"""The subtitle table's model: one row per cue, columns from a declarative list (cue_columns.py).

The model owns every display rule (text, alignment, fonts, colours, tooltips), so views stay dumb.
Edits reach the document only through `set_cue` and `replace` (the undo commands call them), which
emit targeted `dataChanged` / row signals; a reset happens only when a whole new document is shown.
`data()` never raises: a bug in one cell logs and shows an empty cell instead of killing the app.
How a cell looks is worked out in cell_look.py (and its tooltip in cell_tooltip.py); each line's render
status comes from the ClipStatuses mixin (clip_status.py), which the render feeds.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cost_sheet import CostSheet
from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.estimate import IsCached
from studio.core.speech import Speech, SpeechOptions
from studio.gui.table.cue_columns import (  # noqa: F401 - re-exported: views and tests import them from here
    CPS_WARNING, CPS_STRONG, cps_tip, CueRole, ProblemsRole, SearchRole, Column, format_line_cost, _CTX, COLUMNS,
    COLUMN_KEYS, column_index, COL_NUM, COL_START, COL_END, COL_DURATION, COL_TEXT, COL_CPS, COL_VOICE,
    _FLAGS, COL_CHARS, COL_COST, COL_STATUS, TO_RENDER, QUEUED, RENDERING, DONE, CACHED, FAILED, RECOVERED,
    _STATUS_TEXT,
)
from studio.gui.table import commands
from studio.gui.table.cell_look import CellLook
from studio.gui.table.cell_tooltip import cell_tooltip
from studio.gui.table.clip_status import ClipStatuses
from studio.gui.table.cue_edits import retimed
from studio.gui.table.fit_data import FitColumnData
from studio.gui.table.text_match import fold

log = logging.getLogger(__name__)
FILL_SECONDS = 0.008  # costing a film just opened, per event-loop turn: the window stays responsive


class CueTableModel(ClipStatuses, QAbstractTableModel):
    """Shows a Document; edits made in cells become undo commands on `undo_stack`."""

    # A cell edit that was refused, with the reason (the window shows it in the status bar).
    edit_refused = Signal(str)
    # The document was edited or replaced (the status bar recounts).
    document_changed = Signal()
    # Cues were replaced: (first row, how many were removed, how many took their place); a cell edit is
    # (row, 1, 1), a new document (0, old count, new count). Lets views patch rows, not redo them all.
    cues_replaced = Signal(int, int, int)
    # Line costs or their totals changed (an edit, a keystroke being typed, a new tariff or voice).
    costs_changed = Signal()

    def __init__(self, document: Document | None = None, undo_stack: QUndoStack | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._doc = document if document is not None else Document()
        self.undo_stack = undo_stack
        self._look = CellLook()
        self.speech_options = SpeechOptions()
        self.costs = CostSheet()
        # The cached clip's ClipMeta by key (the clip cache's `meta`, once it is open): its QA verdict.
        self.clip_meta: Callable[[str], Any] = lambda key: None
        self.fits = FitColumnData(self)  # the Fit column's figures, worked out off the GUI thread
        self.fits.changed.connect(lambda: self._column_changed(COLUMN_KEYS.index("fit")))
        self.costs.reset(self._doc.cues)
        # Voice id -> name, for the voice column (filled as voices are listed).
        self.voice_names: dict[str, str] = {}
        self._start_clip_statuses()
        # How many lines have each voice of their own: the voices in use without a pass over the film.
        self._line_voices: Counter[str] = Counter(cue.voice for cue in self._doc.cues if cue.voice)
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_costs)

    # --- the document ------------------------------------------------------------------------

    def speech_of(self, cue: Cue) -> Speech:
        """What the cue says aloud under the current cleaning settings (cached for the defaults)."""
        return cue.speech_with(self.speech_options)

    def set_speech_options(self, options: SpeechOptions) -> None:
        """Change how text is cleaned for speech: every row's CPS and dimming may change."""
        if options == self.speech_options:
            return
        self.speech_options = options
        self.costs.reset(self._doc.cues, settings=dataclasses.replace(self.costs.settings, speech=options))
        self.costs_changed.emit()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    @property
    def document(self) -> Document:
        return self._doc

    def set_document(self, document: Document) -> None:
        """Show another document (the one place a reset is right: everything changed)."""
        self.beginResetModel()
        old_count = len(self._doc.cues)
        self._doc = document
        # Lines are costed when shown, the rest a slice per event-loop turn: a long film shows at once.
        self.costs.reset(document.cues, lazy=True)
        self._fill_timer.start()
        self._line_voices = Counter(cue.voice for cue in document.cues if cue.voice)
        self.endResetModel()
        self.cues_replaced.emit(0, old_count, len(document.cues))
        self.document_changed.emit()

    def _fill_costs(self) -> None:
        deadline = time.perf_counter() + FILL_SECONDS
        while not self.costs.fill(50):
            if time.perf_counter() > deadline:
                return
        self._fill_timer.stop()
        self._cost_cells_changed(0, self.rowCount() - 1)

    # --- costs ---------------------------------------------------------------------------------

    def set_costing(self, settings: RenderSettings | None = None, tariff: Tariff | None = None,
                    is_cached: IsCached | None = None) -> None:
        """Recost every line under new settings (provider, voice, model), tariff or cache."""
        if settings is not None:
            settings = dataclasses.replace(settings, speech=self.speech_options)
        if (settings in (None, self.costs.settings) and tariff in (None, self.costs.tariff)
                and is_cached is None):
            return  # nothing that prices a line changed (a file opened under the settings in use)
        self.costs.reset(self._doc.cues, settings=settings, tariff=tariff, is_cached=is_cached)
        self._cost_cells_changed(0, self.rowCount() - 1)

    def refresh_cached(self, keys: list[str] | None = None) -> None:
        """Clips appeared in (or left) the cache: those lines now cost nothing (or again)."""
        rows = self.costs.refresh_cached(self._doc.cues, keys)
        if rows:
            self._cost_cells_changed(min(rows), max(rows))

    def preview_text(self, row: int, text: str) -> None:
        """Cost a line as it is being typed (the document changes only when the edit is committed)."""
        if 0 <= row < self.rowCount():
            self.costs.update(row, self._doc.cues[row].with_text(text))
            self._cost_cells_changed(row, row)

    def end_preview(self, row: int) -> None:
        """The editor closed: the line costs what the document says (committed or not)."""
        if 0 <= row < self.rowCount():
            self.costs.update(row, self._doc.cues[row])
            self._cost_cells_changed(row, row)

    def _cost_cells_changed(self, first: int, last: int) -> None:
        if first <= last:
            self.dataChanged.emit(self.index(first, COL_VOICE), self.index(last, COL_COST))
        self.costs_changed.emit()

    def voice_label(self, cue: Cue) -> str:
        voice = self.costs.settings.voice_for(cue)
        return self.voice_names.get(voice, voice) if voice else ""

    def set_voice_names(self, names: dict[str, str]) -> None:
        """Learn voice names (id -> name) for the voice column; only that column is repainted."""
        self.voice_names.update(names)
        self._column_changed(COL_VOICE)

    def _column_changed(self, col: int) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def _count_voices(self, old: list[Cue], new: list[Cue]) -> None:
        self._line_voices.subtract(cue.voice for cue in old if cue.voice)
        self._line_voices.update(cue.voice for cue in new if cue.voice)

    def line_voices(self) -> list[str]:
        """The voices lines have of their own (not the project's), each once."""
        return [voice for voice, count in self._line_voices.items() if count > 0]

    def cue(self, row: int) -> Cue:
        return self._doc.cues[row]

    def set_cue(self, row: int, cue: Cue) -> Cue:
        """Replace one cue (document primitive) and refresh its row and the next (their problems)."""
        old = self._doc.set_cue(row, cue)
        self.costs.update(row, cue)
        self._count_voices([old], [cue])
        last = min(row + 1, self.rowCount() - 1)
        self.dataChanged.emit(self.index(row, 0), self.index(last, self.columnCount() - 1))
        self.cues_replaced.emit(row, 1, 1)
        self.document_changed.emit()
        self.costs_changed.emit()
        return old

    def replace(self, row: int, count: int, new: list[Cue]) -> list[Cue]:
        """Replace count cues from row (document primitive), with row signals for the difference."""
        kept = min(count, len(new))
        if len(new) > count:
            self.beginInsertRows(QModelIndex(), row + count, row + len(new) - 1)
            old = self._doc.replace(row, count, new)
            self.costs.replace(row, count, new)
            self.endInsertRows()
        elif len(new) < count:
            self.beginRemoveRows(QModelIndex(), row + len(new), row + count - 1)
            old = self._doc.replace(row, count, new)
            self.costs.replace(row, count, new)
            self.endRemoveRows()
        else:
            old = self._doc.replace(row, count, new)
            self.costs.replace(row, count, new)
        self._count_voices(old, new)
        # Rows kept in place changed; the row after the edit has a new predecessor (its problems);
        # rows below an insert or removal renumber (the # column).
        changed_to = self.rowCount() - 1 if len(new) != count else row + kept
        changed_to = min(changed_to, self.rowCount() - 1)
        if row <= changed_to:
            self.dataChanged.emit(self.index(row, 0), self.index(changed_to, self.columnCount() - 1))
        self.cues_replaced.emit(row, count, len(new))
        self.document_changed.emit()
        self.costs_changed.emit()
        return old

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._doc.cues)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return QCoreApplication.translate(_CTX, column.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS[index.column()]  # views ask for every cell of every selected row: keep it a lookup

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            return self._data(index.row(), index.column(), role)
        except Exception:  # noqa: BLE001 - one bad cell must not take the app down
            log.exception("data(row=%s, column=%s, role=%s) failed", index.row(), index.column(), role)
            return None

    def _data(self, row: int, col: int, role: int) -> Any:
        if not (0 <= row < len(self._doc.cues) and 0 <= col < len(COLUMNS)):
            return None
        cue = self._doc.cues[row]
        column = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(self, row, cue)
        if role == Qt.ItemDataRole.EditRole:
            return column.display(self, row, cue) if column.key != "num" else row + 1
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._look.problem_brush if self._doc.problems_at(row) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._look.foreground(self, row, cue, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._look.font(self, cue, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(self, row, cue, column)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NUM and self._doc.problems_at(row):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == CueRole:
            return cue
        if role == ProblemsRole:
            return self._doc.problems_at(row)
        if role == SearchRole:
            return fold(cue.text)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turn a cell edit into an undo command; refuse bad times with a reason."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, key = index.row(), COLUMNS[index.column()].key
        cue = self._doc.cues[row]
        try:
            if key == "text":
                text = str(value).replace("\r\n", "\n").replace("\r", "\n")
                if text == cue.text:
                    return False
                command = commands.edit_text(self, row, text)
            elif key in ("start", "end"):
                new = retimed(cue, key, str(value))
                if new is None:
                    return False
                command = commands.edit_times(self, row, new, key)
            else:
                return False
        except ValueError as err:  # TimecodeError and EditRefused
            self.edit_refused.emit(str(err))
            return False
        commands.push(self, command)
        return True
