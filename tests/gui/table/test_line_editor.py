"""Issue 17 §1: editing text — the Text column's room, the edit box under the table (live CPS and
cost, one undo step per visit), Cut/Copy/Paste of whole lines as SRT, and markup shown as formatting."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from studio.core.srt_reader import parse_srt
from studio.gui.kit import settings
from studio.gui.shell.main_window import MainWindow
from studio.gui.table.clipboard_actions import cues_from_text
from studio.gui.table.cue_model import COL_CHARS, COL_DURATION, COL_TEXT, COLUMNS
from studio.gui.table.delegates import TextDelegate
from studio.gui.table.subtitle_markup import has_markup, markup_html

from tests.gui.shell.test_main_window import Recorder, open_and_wait, window  # noqa: F401 - fixture


def select(window, rows):
    selection = QItemSelection()
    for row in rows:
        selection.select(window.proxy.index(row, 0), window.proxy.index(row, COL_TEXT))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.view.selectionModel().select(selection, flags)


# --- the Text column has the room -----------------------------------------------------------------

def test_text_gets_the_stretch_at_the_default_size(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 0)
    header = window.view.horizontalHeader()
    assert header.sectionResizeMode(COL_TEXT) == header.ResizeMode.Stretch
    assert header.isSectionHidden(COL_DURATION) and header.isSectionHidden(COL_CHARS)
    others = sum(header.sectionSize(c) for c in range(len(COLUMNS))
                 if c != COL_TEXT and not header.isSectionHidden(c))
    # Was about 70 px against 750 for the figures: now the widest column by far.
    assert header.sectionSize(COL_TEXT) >= 200
    assert header.sectionSize(COL_TEXT) > max(header.sectionSize(c) for c in range(len(COLUMNS)) if c != COL_TEXT)
    assert header.sectionSize(COL_TEXT) + others <= window.view.viewport().width() + 1


def test_column_choices_and_widths_are_remembered(qtbot, monkeypatch, french_srt):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    header = first.view.horizontalHeader()
    first.view._header_menu(QPoint(5, 5))  # right-click on the header
    menu = first.view.column_menu
    toggles = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert "Text" not in toggles and not toggles["Duration"].isChecked()
    toggles["Duration"].setChecked(True)
    assert not header.isSectionHidden(COL_DURATION)
    header.resizeSection(COL_DURATION, 111)
    menu.close()
    first.close()  # saves the layout
    second = MainWindow()
    qtbot.addWidget(second)
    header = second.view.horizontalHeader()
    assert not header.isSectionHidden(COL_DURATION) and header.sectionSize(COL_DURATION) == 111
    assert not settings.get(settings.HEADER_STATE).isEmpty()


# --- the edit box -------------------------------------------------------------------------------------

def test_edit_box_follows_the_current_line_and_shows_live_figures(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    editor = window.line_editor
    window.select_row(1)
    assert editor.row() == 1 and editor.box.toPlainText() == "- Tu es prête ?\n- Presque... Encore une minute !"
    qtbot.waitUntil(lambda: editor.title.text() == "Line 2")  # the figures follow on the next turn
    assert editor.times.text() == "00:00:03,000 → 00:00:06,400 (3.40 s)"
    before = editor.cps.text()
    editor.box.setFocus()
    editor.box.selectAll()
    qtbot.keyClicks(editor.box, "Oui")
    # Every keystroke reaches the document: table, CPS and cost follow as the user types.
    assert window.model.cue(1).text == "Oui"
    qtbot.waitUntil(lambda: editor.cps.text() == "0.9 CPS" != before)
    assert editor.cost.text() == "3 characters sent · free"  # the offline voice
    assert window.model.index(1, COL_TEXT).data() == "Oui"
    qtbot.keyClick(editor.box, Qt.Key.Key_Return)  # Enter starts a new line in the box
    qtbot.keyClicks(editor.box, "Non")
    assert window.model.cue(1).text == "Oui\nNon"
    # One visit, one undo step, however many keys.
    assert window.undo_stack.count() == 1 and window.undo_action.text() == "Undo Edit text"
    window.undo_action.trigger()
    assert window.model.cue(1).text.startswith("- Tu es prête")
    assert editor.box.toPlainText() == window.model.cue(1).text  # the undo shows in the box
    window.redo_action.trigger()
    assert editor.box.toPlainText() == "Oui\nNon"


def test_a_second_visit_is_a_second_undo_step_and_ctrl_i_italicises(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    editor = window.line_editor
    window.select_row(0)
    editor.box.setFocus()
    editor.box.moveCursor(editor.box.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.box, "!")
    window.select_row(3)
    window.select_row(0)
    editor.box.setFocus()
    editor.box.selectAll()
    qtbot.keyClick(editor.box, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.model.cue(0).text == "<i>Bonjour et bienvenue\ndans l'atelier de doublage.!</i>"
    assert window.undo_stack.count() == 2
    window.undo_action.trigger()
    assert window.model.cue(0).text.endswith("doublage.!")


def test_edit_box_on_a_deleted_line_is_emptied(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    window.select_row(3)
    window.edits.delete_action.trigger()
    assert window.line_editor.row() == 2  # the line now current (the last one)
    assert window.line_editor.box.toPlainText() == "[musique douce]"
    qtbot.waitUntil(lambda: window.line_editor.cps.text() == "nothing to say")


# --- cut, copy, paste ----------------------------------------------------------------------------------

def test_copy_puts_srt_on_the_clipboard_and_paste_inserts_it_undoably(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    select(window, [0, 3])
    window.view.setFocus()
    window.edits.clipboard.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("1\n00:00:01,000 --> 00:00:03,200\nBonjour et bienvenue\n")
    assert [c.text for c in parse_srt(text).cues] == [window.model.cue(0).text, window.model.cue(3).text]
    window.select_row(1)
    window.edits.clipboard.paste_action.trigger()
    assert window.model.rowCount() == 6
    assert window.model.cue(2).text.startswith("Bonjour") and window.model.cue(3).start_ms == 9500
    assert window.undo_action.text() == "Undo Paste 2 subtitles"
    window.undo_action.trigger()
    assert window.model.rowCount() == 4


def test_cut_removes_the_lines_in_one_step(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    select(window, [1, 2])
    window.edits.clipboard.cut_action.trigger()
    assert window.model.rowCount() == 2 and window.undo_stack.count() == 1
    assert len(parse_srt(QGuiApplication.clipboard().text()).cues) == 2
    window.undo_action.trigger()
    assert [c.text for c in window.model.document.cues][2] == "[musique douce]"


def test_pasting_plain_text_makes_one_line_per_paragraph():
    made = cues_from_text("Première réplique.\n\nSeconde,\nsur deux lignes.\n", [])
    assert [c.text for c in made] == ["Première réplique.", "Seconde,\nsur deux lignes."]
    assert made[0].start_ms == 0 and made[1].start_ms > made[0].end_ms  # one after the other


def test_the_clipboard_shortcuts_belong_to_the_table_not_the_text_boxes(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    window.select_row(0)
    QGuiApplication.clipboard().setText("avant")
    window.line_editor.box.setFocus()
    window.line_editor.box.selectAll()
    qtbot.keyClick(window.line_editor.box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == window.model.cue(0).text  # the box copied its text
    assert window.model.rowCount() == 4 and window.undo_stack.count() == 0


# --- markup shown as formatting ------------------------------------------------------------------------

def test_markup_becomes_formatting_and_override_tags_are_dimmed():
    dim = QColor("#888888")
    html = markup_html("{\\an8}<i>Tu viens ?</i> <b>Oui</b> & <font color=\"#ff0000\">vite</font>\n2 < 3", dim)
    assert "<i>Tu viens ?</i>" in html and "<b>Oui</b>" in html and '<font color="#ff0000">vite</font>' in html
    assert '<span style="color:#888888; font-size:small">{\\an8}</span>' in html
    assert "&amp;" in html and "2 &lt; 3" in html and "<br>" in html
    assert has_markup("<I>x</I>") and has_markup("{\\an8}x") and not has_markup("2 < 3 {ok}")


def _ink_width(image: QImage, background: QColor) -> int:
    xs = [x for x in range(image.width()) for y in range(0, image.height(), 2)
          if QColor(image.pixel(x, y)).lightness() < background.lightness() - 60]
    return max(xs) - min(xs) if xs else 0


def test_the_table_draws_italics_not_tags(qtbot):
    """A cell of "<i>Bonjour tout le monde</i>" is drawn about as wide as the words alone (the tags are
    not drawn); drawn as raw text it would be wider by the seven characters of the tags."""
    model = QStandardItemModel(3, 1)
    for row, text in enumerate(["<i>Bonjour tout le monde</i>", "Bonjour tout le monde",
                                "<x>Bonjour tout le monde</x>"]):
        model.setItem(row, 0, QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, TextDelegate(view))
    view.setColumnWidth(0, 400)
    view.resize(440, 200)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    background = view.palette().color(view.palette().ColorRole.Base)
    widths = [_ink_width(image.copy(view.visualRect(model.index(r, 0))), background) for r in range(3)]
    assert widths[1] > 50
    assert abs(widths[0] - widths[1]) < 12 < widths[2] - widths[1]  # unknown tags stay text


def test_split_in_the_edit_box_cuts_at_the_cursor(qtbot, window, french_srt):  # noqa: F811
    open_and_wait(qtbot, window, french_srt)
    window.select_row(0)
    box = window.line_editor.box
    box.setFocus()
    cursor = box.textCursor()
    cursor.setPosition(len("Bonjour et"))
    box.setTextCursor(cursor)
    window.edits.split_action.trigger()
    assert [window.model.cue(r).text for r in (0, 1)] == ["Bonjour et", "bienvenue\ndans l'atelier de doublage."]
    assert window.model.cue(0).start_ms == 1000 and window.model.cue(1).end_ms == 3200
    window.undo_action.trigger()
    window.select_row(0)
    window.view.setFocus()
    window.edits.split_action.trigger()  # from the table: at the middle line break, as before
    assert window.model.cue(0).text == "Bonjour et bienvenue"
    window.undo_action.trigger()
    window.select_row(0)
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.Start)
    window.edits.split_action.trigger()  # nothing before the cursor: refused, says where to put it
    assert window.model.rowCount() == 4 and "Put the cursor between two words" in window.statusBar().currentMessage()
