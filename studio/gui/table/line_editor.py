"""The edit box under the table: the current line's text, multi-line, with its times, reading speed
(CPS) and cost updated as you type, as in Subtitle Edit and Aegisub.

Every keystroke is committed to the document (so the table, the totals and the timeline follow it
live), and the keystrokes of one visit to a line merge into a single undo step ("Edit text"). A change
made elsewhere (undo, a cell edit) is shown here at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QPalette, QUndoCommand
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.core.timecode import format_ms
from studio.gui.kit import colors
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import counted
from studio.gui.table import commands
from studio.gui.table.commands import Commands
from studio.gui.table.cue_columns import CPS_STRONG, CPS_WARNING
from studio.gui.table.cue_model import COL_TEXT, CueTableModel
from studio.gui.table.delegates import SubtitleTextEdit

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace

_TYPING_ID = 17  # QUndoCommand.id() of typing in the edit box: consecutive ones merge


class TypingCommand(commands.SetCueCommand):
    """One keystroke's text; merges with the previous one of the same visit to the same line."""

    def __init__(self, model: CueTableModel, row: int, text: str, visit: object) -> None:
        super().__init__(model, row, model.cue(row).with_text(text), Commands.tr("Edit text"))
        self.visit = visit

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, TypingCommand) or other.visit is not self.visit or other._row != self._row:
            return False
        self._new = other._new
        self.setObsolete(self._old is not None and self._new == self._old)  # typed back to the start
        return True


class _Box(SubtitleTextEdit):
    """Enter and Shift+Enter both start a new line (a real "\\n"); Ctrl+I wraps the text in italics."""

    left = Signal()  # focus went elsewhere

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.insertPlainText("\n")  # Shift+Enter would insert U+2028
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
            return
        super().keyPressEvent(event)

    def toggle_italic(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(cursor.SelectionType.Document)
        chosen = cursor.selectedText().replace("\u2029", "\n")
        if chosen.startswith("<i>") and chosen.endswith("</i>"):
            cursor.insertText(chosen[3:-4])
        else:
            cursor.insertText(f"<i>{chosen}</i>")


class LineEditor(QWidget):
    """Edits the window's current line; install under the table with `install_line_editor`."""

    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("lineEditor")
        self._window = window
        self._model = window.model
        self._index = QPersistentModelIndex()
        self._visit = object()
        self._loading = False
        self._cps_color = None
        self.title = QLabel()
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.times = QLabel()
        self.cps = QLabel()
        self.cost = QLabel()
        for label in (self.times, self.cost):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text, theme-aware
        self.box = _Box(self)
        self.box.setFrameShape(SubtitleTextEdit.Shape.StyledPanel)
        self.box.setPlaceholderText(self.tr("Select a line to edit its text here."))
        self.box.setToolTip(self.tr("The current line's text. Enter starts a new line; Ctrl+I puts it in "
                                    "italics. Every change can be undone."))
        lines = self.box.fontMetrics().lineSpacing()
        self.box.setFixedHeight(lines * 3 + 12)
        self.box.textChanged.connect(self._typed)
        self.box.left.connect(self._new_visit)
        info = QHBoxLayout()
        info.setContentsMargins(2, 0, 2, 0)
        info.setSpacing(12)
        for widget, stretch in ((self.title, 0), (self.times, 1), (self.cps, 0), (self.cost, 0)):
            info.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(info)
        layout.addWidget(self.box)
        self._model.cues_replaced.connect(self._cues_replaced)
        # Figures are shown once per event-loop turn: an edit sends several signals (cues, costs).
        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.setInterval(0)
        self._figures_timer.timeout.connect(self._show_figures)
        self._model.costs_changed.connect(self._figures_timer.start)
        self._model.modelReset.connect(lambda: self.set_row(-1))
        window.view.selectionModel().currentRowChanged.connect(lambda *_: self.set_row(window.current_row()))
        self.set_row(-1)

    # --- which line ----------------------------------------------------------------------------------

    def row(self) -> int:
        """Source row being edited, -1 for none (its row follows inserts and deletes above it)."""
        return self._index.row() if self._index.isValid() else -1

    def set_row(self, row: int) -> None:
        self._visit = object()  # typing on another line is another undo step
        valid = 0 <= row < self._model.rowCount()
        self._index = QPersistentModelIndex(self._model.index(row, COL_TEXT)) if valid else QPersistentModelIndex()
        self.box.setEnabled(valid)
        self._load()

    def _load(self) -> None:
        row = self.row()
        text = self._model.cue(row).text if row >= 0 else ""
        if self.box.toPlainText() != text:
            self._loading = True
            position = self.box.textCursor().position()
            self.box.setPlainText(text)
            cursor = self.box.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.box.setTextCursor(cursor)
            self._loading = False
        self._figures_timer.start()

    # --- edits -------------------------------------------------------------------------------------------

    def _typed(self) -> None:
        row = self.row()
        if self._loading or row < 0:
            return
        text = self.box.toPlainText()
        if text != self._model.cue(row).text:
            commands.push(self._model, TypingCommand(self._model, row, text, self._visit))

    def _new_visit(self) -> None:
        self._visit = object()  # typing after coming back to the box is another undo step

    def _cues_replaced(self, first: int, removed: int, added: int) -> None:
        row = self.row()
        if row < 0 and removed != added:
            self._load()  # the line was deleted: nothing to edit
        elif first <= row < first + max(added, 1):
            self._load()  # changed elsewhere (undo, a cell edit): show it

    # --- figures -----------------------------------------------------------------------------------------

    def _show_figures(self) -> None:
        row = self.row()
        if row < 0:
            for label in (self.title, self.times, self.cps, self.cost):
                label.clear()
            return
        model = self._model
        cue = model.cue(row)
        self.title.setText(self.tr("Line %1").replace("%1", str(row + 1)))
        if cue.bad_timing:
            self.times.setText(self.tr("no times yet: set its start and end"))
        else:
            seconds = QLocale().toString(cue.duration_ms / 1000, "f", 2)
            self.times.setText(self.tr("%1 → %2 (%3 s)").replace("%1", format_ms(cue.start_ms))
                               .replace("%2", format_ms(cue.end_ms)).replace("%3", seconds))
        speech = model.speech_of(cue)
        if speech.silent or cue.bad_timing or cue.duration_ms <= 0:
            self.cps.setText(self.tr("nothing to say") if speech.silent else "")
            self._color_cps(None)
        else:
            cps = cue.cps(model.speech_options)
            self.cps.setText(self.tr("%1 CPS").replace("%1", QLocale().toString(cps, "f", 1)))
            self._color_cps(colors.error_color if cps > CPS_STRONG else
                            colors.warning_color if cps > CPS_WARNING else None)
        line = model.costs.line(row)
        if line.spec is None:
            self.cost.setText("")
        else:
            sent = self.tr("1 character sent") if line.chars == 1 else counted(
                self.tr("%n characters sent", "", line.chars), line.chars)
            self.cost.setText(sent + " · " + amount_text(line.cost, model.costs.unit))


    def _color_cps(self, color_of) -> None:  # noqa: ANN001
        # Only when the level changes: a new style sheet on every keystroke would relayout the window.
        if color_of is not self._cps_color:
            self._cps_color = color_of
            colors.set_text_color(self.cps, color_of)


def install_line_editor(window: Workspace) -> LineEditor:
    """Put the edit box under the table, in the splitter's first pane (the table keeps the height)."""
    editor = LineEditor(window)
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    index = window.splitter.indexOf(window.view)
    layout.addWidget(window.view, 1)  # taken out of the splitter, into the pane
    layout.addWidget(editor)
    window.splitter.insertWidget(index, pane)
    return editor


