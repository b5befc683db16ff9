"""How a cell of the subtitle table looks: its font and its text colour, and the tint of a line with a problem.

The model (cue_model.py) answers every display role; the look of a cell is worked out here, beside
cell_tooltip.py, because it changes for other reasons (a theme, a new warning colour) than the data the
model serves and edits. Colours come from the palette at each call, so a theme switch needs no reset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from studio.core.cues import Cue
from studio.gui.kit import colors
from studio.gui.table.cue_columns import CPS_STRONG, CPS_WARNING, FAILED, Column
from studio.gui.table.fit_column import fit_color

if TYPE_CHECKING:
    from studio.gui.table.cue_rows import CueRows


class CellLook:
    def __init__(self) -> None:
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self.problem_brush = QBrush(QColor(230, 60, 40, 48))  # translucent: works on light and dark

    def foreground(self, model: CueRows, row: int, cue: Cue, column: Column) -> QColor | None:
        if model.speech_of(cue).silent:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column.key == "voice" and not cue.voice:
            # The project's voice, not the line's own choice: dimmed, so overrides stand out.
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column.key == "fit":
            return fit_color(model, row)
        if column.key == "status" and model.status_of(row)[0] == FAILED:
            return colors.error_color(QGuiApplication.palette())
        if column.key == "cps" and not cue.bad_timing and cue.duration_ms > 0:
            cps = cue.cps(model.speech_options)
            if cps > CPS_STRONG:
                return colors.error_color(QGuiApplication.palette())
            if cps > CPS_WARNING:
                return colors.warning_color(QGuiApplication.palette())
        return None

    def font(self, model: CueRows, cue: Cue, column: Column) -> QFont | None:
        if model.speech_of(cue).silent:
            font = QFont(self._mono) if column.monospace else QFont(self._italic)
            font.setItalic(True)
            return font
        if column.key == "cps" and cue.duration_ms > 0 and cue.cps(model.speech_options) > CPS_STRONG:
            return self._bold
        return self._mono if column.monospace else None
