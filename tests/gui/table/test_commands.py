"""Every kind of edit, applied, undone and redone through the undo stack (after gaupol's
reversion_test): undo gives back the original document, redo the edited one, exactly."""

import pytest
from PySide6.QtGui import QUndoStack

from studio.core.cues import Cue
from studio.core.document import Document
from studio.gui.table import commands
from studio.gui.table.cue_edits import EditRefused, merge_cues, split_cue, split_text
from studio.gui.table.cue_model import COL_END, COL_START, COL_TEXT, CueTableModel

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
    "voice_one": (_push(commands.set_voices, {1: "v1"}), "Set voice of 1 line"),
    "voice_many": (_push(commands.set_voices, {0: "v1", 2: "v2", 4: "v1"}), "Set voice of 3 lines"),
    "speakers": (_push(commands.assign_speaker_voices, {0: "v1", 1: "v2"}), "Assign voices by speaker"),
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


def test_voice_commands_clear_skip_unchanged_and_refuse_no_ops():
    cues = [c.with_voice("v1") if i in (1, 3) else c for i, c in enumerate(CUES)]
    stack = QUndoStack()
    model = CueTableModel(Document(cues=list(cues)), stack)
    command = commands.set_voices(model, {1: None, 2: None, 3: None})
    assert command.text() == "Use project voice for 2 lines"  # row 2 had no voice: not counted
    commands.push(model, command)
    assert [c.voice for c in model.document.cues] == [None] * 5
    stack.undo()
    assert model.document.cues == cues
    with pytest.raises(EditRefused, match="already have this voice"):
        commands.set_voices(model, {1: "v1"})
    with pytest.raises(EditRefused, match="already use the project voice"):
        commands.set_voices(model, {0: None})
    with pytest.raises(EditRefused, match="Select the lines"):
        commands.set_voices(model, {})


def test_voice_for_all_lines_and_voice_settings_undo_with_the_lines():
    cues = [c.with_voice("v1") if i == 1 else c for i, c in enumerate(CUES)]
    stack = QUndoStack()
    model = CueTableModel(Document(cues=list(cues)), stack)
    project_voice: list[str | None] = ["old"]
    commands.push(model, commands.use_voice_for_all(model, lambda v: project_voice.append(v), "old", "new"))
    assert project_voice[-1] == "new" and all(c.voice is None for c in model.document.cues)
    assert stack.undoText() == "Use one voice for all lines"
    stack.undo()
    assert project_voice[-1] == "old" and model.document.cues == cues
    store: dict[str, object] = {}
    commands.push(model, commands.set_voice_setup(lambda entry: store.update(v1=entry), None, {"model": "m"}))
    assert store == {"v1": {"model": "m"}} and stack.undoText() == "Change voice settings"
    stack.undo()
    assert store == {"v1": None}
