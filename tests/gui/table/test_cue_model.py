"""The table model on its own: display rules, roles, targeted signals, cell edits."""

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QUndoStack

from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.srt_file import load_srt
from studio.gui.table.cue_model import (
    COL_CPS,
    COL_DURATION,
    COL_END,
    COL_NUM,
    COL_START,
    COL_TEXT,
    COLUMNS,
    CueRole,
    CueTableModel,
    ProblemsRole,
    SearchRole,
)

try:
    from PySide6.QtTest import QAbstractItemModelTester
except ImportError:  # pragma: no cover - older PySide6
    QAbstractItemModelTester = None


def _model(cues, stack=None):
    return CueTableModel(Document(cues=list(cues)), stack)


def _text(model, row, col, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, col), role)


@pytest.fixture
def model(french_srt):
    return CueTableModel(load_srt(french_srt), QUndoStack())


def test_columns_and_display(model):
    assert model.rowCount() == 4
    assert model.columnCount() == len(COLUMNS) == 13
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Start", "End", "Duration", "Text", "CPS", "Voice", "Said as", "Chars", "Cost",
                       "Status", "QA", "Fit"]
    assert _text(model, 0, COL_NUM) == "1"
    assert _text(model, 0, COL_START) == "00:00:01,000"
    assert _text(model, 0, COL_END) == "00:00:03,200"
    assert _text(model, 0, COL_DURATION) == "2.20"
    assert _text(model, 1, COL_TEXT) == "- Tu es prête ?\n- Presque... Encore une minute !"
    cue = model.cue(0)
    assert _text(model, 0, COL_CPS) == f"{len(cue.speech.text) / 2.2:.1f}"
    assert _text(model, 0, COL_TEXT, CueRole) is cue
    assert _text(model, 3, COL_TEXT, SearchRole) == "ca coute 0 € : c'est l'ete !"


def test_alignment_right_for_figures_left_for_text(model):
    align = Qt.ItemDataRole.TextAlignmentRole
    assert _text(model, 0, COL_TEXT, align) & Qt.AlignmentFlag.AlignLeft
    assert _text(model, 0, COL_CPS, align) & Qt.AlignmentFlag.AlignRight


def test_problem_row_is_tinted_with_a_tooltip(model):
    problems = _text(model, 1, COL_TEXT, ProblemsRole)
    assert [p.kind for p in problems] == ["overlap"]
    assert _text(model, 1, COL_NUM, Qt.ItemDataRole.BackgroundRole) is not None
    assert _text(model, 0, COL_NUM, Qt.ItemDataRole.BackgroundRole) is None
    tooltip = _text(model, 1, COL_START, Qt.ItemDataRole.ToolTipRole)
    assert "Overlaps the previous line by 200 ms" in tooltip
    assert _text(model, 1, COL_NUM, Qt.ItemDataRole.DecorationRole) is not None


def test_cps_colours():
    slow = Cue(0, 10_000, "Bonjour.")
    warn = Cue(0, 1000, "a" * 18)
    strong = Cue(0, 1000, "a" * 25)
    model = _model([slow, warn, strong])
    fg = Qt.ItemDataRole.ForegroundRole
    assert _text(model, 0, COL_CPS, fg) is None
    warning, danger = _text(model, 1, COL_CPS, fg), _text(model, 2, COL_CPS, fg)
    assert warning is not None and danger is not None and warning != danger
    assert _text(model, 2, COL_CPS, Qt.ItemDataRole.FontRole).bold()
    assert _text(model, 1, COL_TEXT, fg) is None  # only the CPS cell is coloured


def test_silent_cue_is_dimmed_and_italic(model):
    assert model.cue(2).speech.silent
    font = _text(model, 2, COL_TEXT, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert _text(model, 2, COL_TEXT, Qt.ItemDataRole.ForegroundRole) is not None
    assert _text(model, 2, COL_CPS) == ""
    assert "never sent to a voice" in _text(model, 2, COL_TEXT, Qt.ItemDataRole.ToolTipRole)
    assert not _text(model, 0, COL_TEXT, Qt.ItemDataRole.FontRole)


def test_bad_timing_cue_shows_placeholders():
    model = _model([Cue(0, 0, "Sans temps", bad_timing="00:00:xx")])
    assert _text(model, 0, COL_START) == "--:--:--,---"
    assert _text(model, 0, COL_DURATION) == ""
    assert "unreadable timecode" in _text(model, 0, COL_TEXT, Qt.ItemDataRole.ToolTipRole)


def test_data_never_raises(model, monkeypatch):
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(99, 0)) is None
    # A broken cue (wrong type smuggled in) renders empty instead of raising.
    model.document.cues[0] = dataclasses.replace(model.cue(0), start_ms="oops", end_ms=None)
    for col in range(model.columnCount()):
        for role in range(0, 20):
            model.data(model.index(0, col), role)


def test_only_editable_columns_are_editable(model):
    editable = {c for c in range(model.columnCount())
                if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable}
    assert editable == {COL_START, COL_END, COL_TEXT}


def test_set_cue_emits_targeted_data_changed(model, qtbot):
    spans = []
    model.dataChanged.connect(lambda a, b, roles=(): spans.append((a.row(), b.row())))
    model.modelReset.connect(lambda: pytest.fail("an edit must not reset the model"))
    model.set_cue(1, model.cue(1).with_text("Oui."))
    assert spans == [(1, 2)]  # the row and the next one (whose problems depend on it)


def test_replace_emits_row_signals(model):
    inserted, removed = [], []
    model.rowsInserted.connect(lambda p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda p, a, b: removed.append((a, b)))
    model.modelReset.connect(lambda: pytest.fail("an edit must not reset the model"))
    old = model.replace(1, 1, [Cue(3000, 4000, "a"), Cue(4000, 5000, "b")])
    assert inserted == [(2, 2)] and model.rowCount() == 5
    model.replace(1, 2, old)
    assert removed == [(2, 2)] and model.rowCount() == 4


def test_cell_edit_pushes_one_undo_command(model):
    stack = model.undo_stack
    assert model.setData(model.index(0, COL_TEXT), "Salut.")
    assert model.cue(0).text == "Salut." and stack.count() == 1
    assert stack.undoText() == "Edit text"
    assert model.setData(model.index(0, COL_START), "0:00:00,500")
    assert model.cue(0).start_ms == 500 and stack.undoText() == "Edit start"
    assert model.setData(model.index(0, COL_END), "00:00:02,000")
    assert model.cue(0).end_ms == 2000 and stack.undoText() == "Edit end"
    assert stack.count() == 3
    assert not model.setData(model.index(0, COL_TEXT), "Salut.")  # unchanged: no command
    assert stack.count() == 3


@pytest.mark.parametrize("col, value, reason", [
    (COL_START, "demain", "is not a time"),
    (COL_START, "00:00:05,000", "start must be before the end"),
    (COL_END, "00:00:00,500", "end must be after the start"),
    (COL_END, "00:00:01,000", "end must be after the start"),
    (COL_END, "00:61:00,000", "is not a time"),
])
def test_invalid_times_are_refused_with_a_reason(model, qtbot, col, value, reason):
    before = list(model.document.cues)
    with qtbot.waitSignal(model.edit_refused) as signal:
        assert not model.setData(model.index(0, col), value)
    assert reason in signal.args[0]
    assert model.document.cues == before
    assert model.undo_stack.count() == 0


def test_bad_timing_cue_gets_times_from_its_start():
    model = _model([Cue(0, 0, "Sans temps", bad_timing="xx")], QUndoStack())
    assert model.setData(model.index(0, COL_START), "00:00:04,000")
    cue = model.cue(0)
    assert (cue.start_ms, cue.end_ms, cue.bad_timing) == (4000, 6000, "")


@pytest.mark.skipif(QAbstractItemModelTester is None, reason="QAbstractItemModelTester missing")
def test_qt_model_tester_accepts_the_model_through_edits(model):
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    old = model.replace(0, 2, [Cue(0, 1000, "x")])
    model.replace(0, 1, old)
    model.set_cue(3, model.cue(3).with_text("y"))
    model.set_document(Document(cues=[Cue(0, 1, "z")]))


def test_speech_options_change_cps_and_silence(qapp):
    """Keeping bracketed notes makes "[rires]" speakable and counts them in the CPS column."""
    from studio.core.document import Document
    from studio.core.speech import SpeechOptions
    from studio.gui.table.cue_model import COL_CPS, CueTableModel

    doc = Document(cues=[Cue(0, 2000, "[rires]"), Cue(3000, 5000, "Oui (il rit).")])
    model = CueTableModel(doc)
    changed = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    assert model.index(0, COL_CPS).data() == ""
    assert model.index(1, COL_CPS).data() == "2.0"
    model.set_speech_options(SpeechOptions(strip_annotations=False))
    assert changed == [(0, 1)]
    assert model.index(0, COL_CPS).data() == "3.5"
    assert model.index(1, COL_CPS).data() == "6.5"
