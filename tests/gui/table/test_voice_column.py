"""The Voice column shows a name on one line, cut short with "…" when narrow (the full name in its
tooltip), while the Text column still wraps its two lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QUndoStack

from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.document import Document
from studio.gui.table.cue_model import COL_TEXT, COL_VOICE, CueTableModel
from studio.gui.table.cue_table import CueTableView

FREE = Tariff("offline", "none")
NAME = "Français (France)"


def _view(qtbot) -> CueTableView:
    doc = Document([Cue(0, 1500, "Bonjour et bienvenue\ndans l'atelier de doublage.")])
    model = CueTableModel(doc, QUndoStack())
    model.set_costing(RenderSettings("offline", voice="fr-fr"), FREE)
    model.set_voice_names({"fr-fr": NAME})
    view = CueTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def _ink_rows(view: CueTableView, col: int) -> list[int]:
    """The pixel rows of the first cell of col that hold text (darker than the cell's background)."""
    rect = view.visualRect(view.model().index(0, col))
    image: QImage = view.viewport().grab(rect).toImage()
    ground = QColor(image.pixel(1, 1)).lightness()
    return [y for y in range(image.height())
            if any(abs(QColor(image.pixel(x, y)).lightness() - ground) > 60 for x in range(image.width()))]


def test_the_voice_name_is_one_line_cut_short_and_whole_in_its_tooltip(qtbot):
    view = _view(qtbot)
    line = view.fontMetrics().lineSpacing()
    name_width = view.fontMetrics().horizontalAdvance(NAME)
    view.horizontalHeader().resizeSection(COL_VOICE, name_width * 2 // 3)  # too narrow for the name
    qtbot.wait(50)
    voice = _ink_rows(view, COL_VOICE)
    assert voice and voice[-1] - voice[0] < line  # one line: it would take two if wrapped
    text = _ink_rows(view, COL_TEXT)
    assert text[-1] - text[0] > line  # the subtitle's two lines still show as two
    tip = view.model().data(view.model().index(0, COL_VOICE), Qt.ItemDataRole.ToolTipRole)
    assert tip == NAME
