"""Alternative Text…: a shorter wording for a line, priced before rendering, undoable, kept in the project."""

from __future__ import annotations

from studio.core.project import load_project
from studio.gui.dub.alt_text import AltTextDialog
from tests.gui.dub.test_speed_offer import _window, emu  # noqa: F401 - the same film and emulator

SHORT = "Trente-trois en tout."


def test_a_shorter_wording_is_priced_undoable_and_kept_in_the_project(qtbot, monkeypatch, tmp_path,
                                                                       emu):  # noqa: F811
    win = _window(qtbot, monkeypatch, tmp_path, emu)
    assert win.dub.result.placements[0].overflow_ms > 0  # 33 characters do not fit 2 s at 1.0x
    actions = win.dub.alt_text
    dialog = AltTextDialog(win, win.model.cue(0), actions.price)
    qtbot.addWidget(dialog)
    dialog.edit.setText(SHORT)
    assert f"{len(SHORT) / 2:.1f} characters per second" in dialog.info.text()
    assert f"costs {len(SHORT)} credits" in dialog.info.text()  # its own characters, not the subtitle's
    dialog.show()
    dialog.grab().save(str(tmp_path / "alt-text.png"))
    dialog.edit.setText("  ")
    assert "the voice says the subtitle" in dialog.info.text() and dialog.alt_text() is None

    win.select_row(0)
    monkeypatch.setattr(actions, "ask", lambda cue: SHORT)
    assert actions.edit_current()
    cue = win.model.cue(0)
    assert cue.alt_text == SHORT and cue.text == "Trente-trois caractères en tout."
    assert win.model.costs.line(0).cost == len(SHORT)  # to render again: the new wording's price
    win.undo_stack.undo()
    assert win.model.cue(0).alt_text is None and win.model.costs.line(0).cost == 0  # its clip is cached
    win.undo_stack.redo()
    assert win.save()
    assert load_project(tmp_path / "film.dubproj").alt_texts == {1: SHORT}
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(tmp_path / "film.srt")
    assert win.model.cue(0).alt_text == SHORT
    win.undo_stack.setClean()
