"""The table's tooltips: a line's problems, what its text says aloud, why its render failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from studio.core.cues import Cue
from studio.gui.kit.problem_text import problem_text
from studio.gui.kit.provider_text import message_text
from studio.gui.table.cue_columns import Column, column_index, cps_tip
from studio.gui.table.clip_qa_column import qa_tip
from studio.gui.table.fit_column import fit_tip

if TYPE_CHECKING:
    from studio.gui.table.cue_rows import CueRows


def cell_tooltip(model: CueRows, row: int, cue: Cue, column: Column) -> str | None:
    lines = [f"• {problem_text(p)}" for p in model.document.problems_at(row)]
    if column.key == "text":
        speech = model.speech_of(cue)
        if speech.silent:
            lines.append(QCoreApplication.translate(
                "CueTableModel", "Nothing to speak: this subtitle is never sent to a voice."))
        elif speech.text != " ".join(cue.text.split()):
            lines.append(QCoreApplication.translate("CueTableModel", "Spoken: %1").replace("%1", speech.text))
    elif column.key == "voice":
        lines.insert(0, model.voice_label(cue))  # the cell shows it on one line, cut short when narrow
    elif column.key == "status":
        _state, error = model.status_of(row)
        if error:
            lines.append(message_text(error))
    elif column.key == "qa":
        lines.append(qa_tip(model, row))
    elif column.key == "fit":
        lines.append(fit_tip(model, row))
    elif column.key == "cps":
        lines.insert(0, cps_tip(model, cue) or model.headerData(
            column_index("cps"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    return "\n".join(lines) or None
