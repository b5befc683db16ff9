"""Chars and cost per line, live while typing, and totals that follow every edit, undo and tariff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPlainTextEdit

from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.document import Document
from studio.gui.table import commands
from studio.gui.table.cue_model import COL_CHARS, COL_COST, COL_TEXT, COL_VOICE, CueTableModel
from studio.gui.table.cue_table import CueTableView
from studio.gui.table.delegates import TextDelegate

TARIFF = Tariff("elevenlabs", "credits", per_char={"m": 1.0}, default_model="m")
SECONDS = Tariff("narakeet", "seconds")


def _model(*texts: str) -> CueTableModel:
    doc = Document([Cue(i * 2000, i * 2000 + 1500, t) for i, t in enumerate(texts)])
    model = CueTableModel(doc, QUndoStack())
    model.set_costing(RenderSettings("elevenlabs", voice="rachel", model="m"), TARIFF)
    return model


def _cell(model, row, col):
    return model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)


def test_cells_show_chars_cost_and_voice(qtbot):
    model = _model("<i>Bonjour !</i>", "♪ ♪", "[rires] Salut.")
    model.voice_names["rachel"] = "Rachel"
    assert [_cell(model, 0, c) for c in (COL_VOICE, COL_CHARS, COL_COST)] == ["Rachel", "9", "9"]
    assert _cell(model, 1, COL_CHARS) == "" and _cell(model, 1, COL_COST) == ""  # nothing to say
    assert _cell(model, 2, COL_CHARS) == "6"  # the hearing-impaired note is not sent
    assert model.costs.totals().cost == 15
    model.set_costing(tariff=SECONDS)
    assert _cell(model, 0, COL_COST).count(":") == 2  # audio time for Narakeet


def test_edits_and_undo_move_the_totals(qtbot):
    model = _model("Oui.", "Non.")
    with qtbot.waitSignal(model.costs_changed):
        commands.push(model, commands.edit_text(model, 0, "Oui, bien sûr."))
    assert model.costs.totals().cost == 14 + 4
    model.undo_stack.undo()
    assert model.costs.totals().cost == 8
    commands.push(model, commands.delete_rows(model, [1]))
    assert model.costs.totals().cost == 4
    model.undo_stack.undo()
    assert model.costs.totals().cost == 8


def test_cached_lines_cost_nothing_and_refresh(qtbot):
    model = _model("Oui.", "Non.")
    cached: set[str] = set()
    model.set_costing(is_cached=cached.__contains__)
    cached.add(model.costs.line(1).spec.key)
    model.refresh_cached()
    assert _cell(model, 1, COL_COST) == "0" and model.costs.totals().lines_cached == 1


def test_typing_in_the_cell_updates_cost_before_commit(qtbot):
    model = _model("Oui.", "Non.")
    view = CueTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(COL_TEXT, TextDelegate(view))
    qtbot.addWidget(view)
    view.show()
    view.edit(model.index(0, COL_TEXT))
    editor = view.findChild(QPlainTextEdit)
    assert editor is not None
    changes = []
    model.costs_changed.connect(lambda: changes.append(model.costs.totals().cost))
    editor.selectAll()
    qtbot.keyClicks(editor, "Oui !")
    assert changes[-1] == 5 + 4 and _cell(model, 0, COL_COST) == "5"
    assert model.cue(0).text == "Oui."  # not committed yet
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # cancelled: the line costs what the document says
    qtbot.waitUntil(lambda: view.findChild(QPlainTextEdit) is None or not editor.isVisible())
    qtbot.waitUntil(lambda: model.costs.totals().cost == 8)


def test_a_long_film_is_costed_after_it_shows_and_edits_meanwhile_count(qtbot, tmp_path):
    """Issue 17 §8: opening shows the table before every line is costed (the ones on screen are); the
    rest are costed a slice per event-loop turn, and the totals are announced once, exact."""
    model = CueTableModel()
    model.set_costing(RenderSettings("elevenlabs", voice="rachel", model="m"), TARIFF)
    cues = [Cue(i * 1000, i * 1000 + 900, f"Réplique numéro {i}.") for i in range(3000)]
    announced = []
    model.costs_changed.connect(lambda: announced.append(model.costs.complete))
    model.set_document(Document(list(cues)))
    assert not model.costs.complete
    assert model.index(10, COL_COST).data() == "19"  # a line on screen is costed when painted
    model.set_cue(2999, cues[2999].with_text("Fin."))  # edited while the rest is being costed
    qtbot.waitUntil(lambda: model.costs.complete, timeout=20_000)
    qtbot.waitUntil(lambda: announced and announced[-1])
    cues[2999] = cues[2999].with_text("Fin.")
    expected = sum(len(c.text) for c in cues)
    assert model.costs.totals().cost == expected
