"""Editing in the window: cell editors (delegates), Edit menu actions, the command line."""

import subprocess
import sys

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from studio.gui import app as gui_app
from studio.gui.shell.main_window import MainWindow
from studio.gui.table.cue_model import COL_END, COL_TEXT

from tests.gui.shell.test_main_window import open_and_wait, window  # noqa: F401 - fixture


def _editor(window, kind):
    editors = [w for w in window.view.findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_text_editor_enter_commits_shift_enter_adds_a_line(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    window.edit_cell(0, COL_TEXT)
    editor = _editor(window, QPlainTextEdit)
    editor.insertPlainText("Première")  # QTest can only type ASCII
    qtbot.keyClicks(editor, " ligne")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    editor.insertPlainText("deuxième ligne")
    assert window.model.cue(0).text.startswith("Bonjour")  # nothing committed yet
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.model.cue(0).text == "Première ligne\ndeuxième ligne"
    assert window.undo_stack.count() == 1 and window.undo_action.text() == "Undo Edit text"


def test_timecode_editor_refuses_bad_input_with_a_status_message(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    window.edit_cell(0, COL_END)
    editor = _editor(window, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "00:00:00,200")  # before the start
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits a line edit on the next event-loop turn
    qtbot.waitUntil(lambda: "end must be after the start" in window.statusBar().currentMessage())
    assert window.model.cue(0).end_ms == 3200
    window.edit_cell(0, COL_END)
    editor = _editor(window, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "0:00:02.500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.cue(0).end_ms == 2500)
    assert window.undo_action.text() == "Undo Edit end"


def _select(window, rows):
    selection = QItemSelection()
    for row in rows:
        proxy_row = window.proxy.proxy_row(row)
        selection.select(window.proxy.index(proxy_row, 0), window.proxy.index(proxy_row, COL_TEXT))
    window.view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    window.view.selectionModel().setCurrentIndex(
        window.proxy.index(window.proxy.proxy_row(rows[0]), COL_TEXT), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_edit_menu_actions(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    original = list(window.model.document.cues)
    edits = window.edits

    _select(window, [0])
    edits.split_action.trigger()
    assert [c.text for c in window.model.document.cues[:2]] == ["Bonjour et bienvenue",
                                                                "dans l'atelier de doublage."]
    assert window.undo_action.text() == "Undo Split subtitle"

    _select(window, [0, 1])
    edits.merge_action.trigger()
    assert window.model.document.cues == original

    _select(window, [3])
    window.view.closePersistentEditor(window.view.currentIndex())
    edits.insert_action.trigger()
    assert window.model.rowCount() == 5 and window.model.cue(4).text == ""
    assert window.current_row() == 4
    QApplication.focusWidget().clearFocus() if QApplication.focusWidget() else None

    _select(window, [0, 2, 4])
    edits.delete_action.trigger()
    assert [c.text for c in window.model.document.cues] == [original[1].text, original[3].text]
    assert window.undo_action.text() == "Undo Delete 3 subtitles"

    _select(window, [0])
    edits.merge_action.trigger()  # one row: refused, nothing changes
    assert "consecutive" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 2

    for _ in range(4):
        window.undo_stack.undo()
    assert window.model.document.cues == original
    assert not window.isWindowModified()


def test_file_argument():
    assert gui_app.file_argument(["dubbing-studio", "film.srt"]).name == "film.srt"
    assert gui_app.file_argument(["dubbing-studio", "--verbose"]) is None
    assert gui_app.file_argument(["dubbing-studio"]) is None


def test_main_opens_the_file_argument(qtbot, french_srt, monkeypatch):
    seen = {}

    def fake_exec(app):
        # Instead of a real app.exec()/quit() (which leaves the test session's event loop quitting),
        # wait for the window main() made to show the file, then close it.
        def shown():
            windows = [w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible() and w.model.rowCount()]
            if windows:
                seen["rows"], seen["title"] = windows[0].model.rowCount(), windows[0].windowTitle()
                windows[0].close()
            return bool(windows)
        qtbot.waitUntil(shown, timeout=10000)
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert gui_app.main(["dubbing-studio", str(french_srt)]) == 0
    assert seen == {"rows": 4, "title": "bonjour.srt[*] — Dubbing Studio"}


def test_python_dash_m_studio_is_wired():
    out = subprocess.run([sys.executable, "-c", "import runpy, studio.gui.app as a; "
                          "a.main = lambda: 0; runpy.run_module('studio', run_name='__main__')"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
