"""Every kind of edit, applied, undone and redone through the undo stack (after gaupol's
reversion_test): undo gives back the original document, redo the edited one, exactly."""

import pytest
from PySide6.QtGui import QUndoStack

from studio.core.cues import Cue
from studio.core.document import Document
from studio.gui import commands
from studio.gui.cue_edits import EditRefused, merge_cues, split_cue, split_text
from studio.gui.cue_model import COL_END, COL_START, COL_TEXT, CueTableModel

CUES = [
    Cue(1000, 3000, "Bonjour et bienvenue\ndans l'atelier.", source_line=2),
    Cue(3500, 6000, "- Tu es prête ?\n- Presque !", source_line=6),
    Cue(6500, 8000, "Été", source_line=10),
    Cue(9000, 12000, "Une phrase assez longue sans retour", source_line=14),
    Cue(12500, 14000, "Fin.", source_line=18),
]


def _cell(col, value):
    """An edit typed into a cell: goes through setData like the delegates do."""
    def edit(model):
        assert model.setData(model.index(1, col), value)
    return edit


def _push(factory, *args):
    def edit(model):
        commands.push(model, factory(model, *args))
    return edit


EDITS = {
    "text": (_cell(COL_TEXT, "Oui, j'arrive."), "Edit text"),
    "start": (_cell(COL_START, "00:00:04,000"), "Edit start"),
    "end": (_cell(COL_END, "00:00:06,200"), "Edit end"),
    "insert": (_push(commands.insert_cue, 2), "Insert subtitle"),
    "insert_first": (_push(commands.insert_cue, -1), "Insert subtitle"),
    "delete_one": (_push(commands.delete_rows, [1]), "Delete subtitle"),
    "delete_scattered": (_push(commands.delete_rows, [0, 2, 3]), "Delete 3 subtitles"),
    "split": (_push(commands.split, 0), "Split subtitle"),
    "merge": (_push(commands.merge, [1, 2, 3]), "Merge 3 subtitles"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_edit_undo_redo(name):
    edit, text = EDITS[name]
    stack = QUndoStack()
    model = CueTableModel(Document(cues=list(CUES)), stack)
    stack.setClean()
    edit(model)
    assert stack.count() == 1, "every edit is exactly one undo step"
    assert stack.undoText() == text
    edited = list(model.document.cues)
    assert edited != CUES
    assert model.rowCount() == len(edited)

    stack.undo()
    assert model.document.cues == CUES
    assert model.rowCount() == len(CUES)
    assert stack.isClean()

    stack.redo()
    assert model.document.cues == edited
    assert model.rowCount() == len(edited)

    stack.undo()
    stack.redo()
    assert model.document.cues == edited


def test_edits_change_what_they_should():
    stack = QUndoStack()
    model = CueTableModel(Document(cues=list(CUES)), stack)
    commands.push(model, commands.insert_cue(model, 0))
    new = model.cue(1)
    assert (new.start_ms, new.end_ms, new.text) == (3100, 3400, "")  # fits the gap before row 2
    commands.push(model, commands.delete_rows(model, [0, 2]))
    assert [c.text for c in model.document.cues] == [""] + [c.text for c in CUES[2:]]
    stack.undo()
    stack.undo()
    commands.push(model, commands.merge(model, [0, 1]))
    merged = model.cue(0)
    assert merged.text == "Bonjour et bienvenue\ndans l'atelier.\n- Tu es prête ?\n- Presque !"
    assert (merged.start_ms, merged.end_ms) == (1000, 6000)
    assert model.rowCount() == 4


def test_split_at_middle_line_break_in_proportion_to_characters():
    first, second = split_cue(Cue(1000, 4000, "Bonjour et bienvenue\ndans l'atelier.", voice="v1"))
    assert (first.text, second.text) == ("Bonjour et bienvenue", "dans l'atelier.")
    cut = 1000 + round(3000 * 20 / 35)
    assert (first.start_ms, first.end_ms, second.start_ms, second.end_ms) == (1000, cut, cut, 4000)
    assert first.voice == second.voice == "v1"


def test_split_at_middle_word_and_dialogue_dashes():
    assert split_text("un deux trois quatre") == ("un deux", "trois quatre")
    assert split_text("- Tu es prête ?\n- Presque !") == ("Tu es prête ?", "Presque !")
    assert split_text("a\nb\nc d e f g h") == ("a\nb", "c d e f g h")
    with pytest.raises(EditRefused):
        split_text("Bonjour")
    with pytest.raises(EditRefused):
        split_cue(Cue(0, 0, "a b", bad_timing="xx"))


def test_merge_and_delete_refusals():
    model = CueTableModel(Document(cues=list(CUES)), QUndoStack())
    with pytest.raises(EditRefused):
        commands.merge(model, [0, 2])
    with pytest.raises(EditRefused):
        commands.merge(model, [1])
    with pytest.raises(EditRefused):
        commands.delete_rows(model, [])
    with pytest.raises(EditRefused):
        merge_cues(CUES[:1])
    assert model.document.cues == CUES
