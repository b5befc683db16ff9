"""The main window end to end, headless: opening, saving, prompts, find, problems, layout."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence

from studio.core.project import Project, save_project
from studio.gui.kit import settings
from studio.gui.kit.dialogs import Choice
from studio.gui.shell.main_window import MainWindow
from studio.gui.shell.window_menus import fill_recent_menu
from studio.gui.table.cue_model import COL_START, COL_TEXT

from tests.gui.conftest import make_srt


class Recorder:
    """Stands in for the window's dialogs and records what was asked."""

    def __init__(self, window: MainWindow, monkeypatch, choice=Choice.CANCEL):
        self.errors: list[tuple[str, str]] = []
        self.asked_save = 0
        self.choice = choice
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.utf8 = True
        self.utf8_asked: list[str] = []
        monkeypatch.setattr(window, "show_error", lambda title, msg: self.errors.append((title, msg)))
        monkeypatch.setattr(window, "ask_save_changes", self._ask_save)
        monkeypatch.setattr(window, "ask_save_path", lambda: self.save_path)
        monkeypatch.setattr(window, "ask_open_path", lambda: self.open_path)
        monkeypatch.setattr(window, "ask_save_as_utf8", self._ask_utf8)

    def _ask_save(self):
        self.asked_save += 1
        return self.choice

    def _ask_utf8(self, message):
        self.utf8_asked.append(message)
        return self.utf8


@pytest.fixture
def window(qtbot, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    win.dialogs = Recorder(win, monkeypatch)
    win.show()
    yield win
    win.undo_stack.setClean()  # let qtbot close it without a prompt


def open_and_wait(qtbot, window, path):
    with qtbot.waitSignal(window.loaded, timeout=10000):
        assert window.open_file(path) is not None


def test_open_shows_the_document(qtbot, window, french_srt):
    open_and_wait(qtbot, window, french_srt)
    assert window.model.rowCount() == 4
    assert window.windowTitle() == "bonjour.srt[*] — Dubbing Studio"
    assert not window.isWindowModified()
    assert settings.recent_files() == [str(french_srt.resolve())]
    assert window.status.count_label.text() == "4 subtitles"
    assert window.status.problems_button.text() == "1 problem"  # the overlap on row 2
    assert window.status.duration_label.text() == "Length 12.00 s"


def test_open_dialog_and_recent_menu(qtbot, window, french_srt, tmp_path):
    window.dialogs.open_path = french_srt
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.open_action.trigger()
    other = make_srt(tmp_path / "autre.srt", 3)
    open_and_wait(qtbot, window, other)
    fill_recent_menu(window)
    names = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert names[:2] == ["&1  autre.srt", "&2  bonjour.srt"]
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.recent_menu.actions()[1].trigger()
    assert window.path.resolve() == french_srt.resolve()
    assert window.model.rowCount() == 4


def test_drop_opens_srt_and_ignores_other_files(qtbot, window, french_srt, tmp_path):
    keep = []  # QDropEvent does not own its mime data: keep it alive while the event is used

    def drop(path):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        keep.append(mime)
        return QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)

    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello")
    event = drop(text_file)
    window.dropEvent(event)
    assert not event.isAccepted()
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.dropEvent(drop(french_srt))
    assert window.model.rowCount() == 4


def test_project_file_opens_its_subtitles(qtbot, window, french_srt, tmp_path):
    project_path = tmp_path / "film.dubproj"
    save_project(Project(srt_path=french_srt, cue_voices={2: "voice-marie"}), project_path)
    open_and_wait(qtbot, window, project_path)
    assert window.model.rowCount() == 4
    assert window.model.cue(1).voice == "voice-marie"
    assert window.windowTitle().startswith("film.dubproj")
    assert window.project is not None


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"\x00\x01\x02\xff\xfe\x89PNG" * 200, "not a subtitle file"),
    (b"just some words\nand no timecodes\n", "no timecode line"),
])
def test_broken_file_shows_error_and_keeps_the_document(qtbot, window, french_srt, tmp_path,
                                                         content, words):
    open_and_wait(qtbot, window, french_srt)
    window.proxy.setData(window.proxy.index(0, COL_TEXT), "Modifié")
    window.dialogs.choice = Choice.DISCARD
    broken = tmp_path / "broken.srt"
    broken.write_bytes(content)
    with qtbot.waitSignal(window.load_failed, timeout=10000):
        window.open_file(broken)
    assert len(window.dialogs.errors) == 1 and words in window.dialogs.errors[0][1]
    assert window.model.cue(0).text == "Modifié"  # nothing lost
    assert window.isWindowModified()
    assert window.path == french_srt


def test_missing_recent_file_is_reported_and_forgotten(qtbot, window, tmp_path):
    gone = make_srt(tmp_path / "gone.srt", 2)
    open_and_wait(qtbot, window, gone)
    gone.unlink()
    with qtbot.waitSignal(window.load_failed, timeout=10000):
        window.open_file(gone)
    assert "was not found" in window.dialogs.errors[0][1]
    assert settings.recent_files() == []


def test_edit_save_writes_the_file(qtbot, window, french_srt):
    open_and_wait(qtbot, window, french_srt)
    assert window.proxy.setData(window.proxy.index(3, COL_TEXT), "Ça marche, été comme hiver.")
    assert window.isWindowModified()
    assert window.undo_action.text() == "Undo Edit text"
    window.save_action.trigger()
    assert not window.isWindowModified()
    data = french_srt.read_bytes().decode("utf-8")
    assert "Ça marche, été comme hiver." in data
    assert "- Tu es prête ?\n- Presque... Encore une minute !" in data
    backup = french_srt.with_name("bonjour.srt.bak").read_bytes().decode("utf-8")
    assert "Ça marche, été comme hiver." not in backup and "Tu es prête" in backup


def test_save_as_changes_title_and_file(qtbot, window, french_srt, tmp_path):
    open_and_wait(qtbot, window, french_srt)
    window.dialogs.save_path = tmp_path / "copie.srt"
    window.save_as_action.trigger()
    assert (tmp_path / "copie.srt").read_bytes() .startswith(b"1\n00:00:01,000 --> 00:00:03,200\n")
    assert window.windowTitle() == "copie.srt[*] — Dubbing Studio"
    assert settings.recent_files()[0] == str((tmp_path / "copie.srt").resolve())


def test_unencodable_character_offers_utf8(qtbot, window, tmp_path):
    latin = tmp_path / "latin.srt"
    latin.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nDéjà vu, très bien.\n".encode("cp1252"))
    open_and_wait(qtbot, window, latin)
    assert window.model.document.encoding not in ("utf-8",)
    window.proxy.setData(window.proxy.index(0, COL_TEXT), "Clap 🎬 déjà")
    assert window.save()
    assert window.dialogs.utf8_asked and "UTF-8" in window.dialogs.utf8_asked[0]
    assert "Clap 🎬 déjà".encode("utf-8") in latin.read_bytes()


def test_close_prompts_for_unsaved_changes(qtbot, window, french_srt):
    open_and_wait(qtbot, window, french_srt)
    window.proxy.setData(window.proxy.index(0, COL_TEXT), "Changé")
    window.dialogs.choice = Choice.CANCEL
    assert not window.close()
    assert window.isVisible() and window.dialogs.asked_save == 1
    window.dialogs.choice = Choice.SAVE
    assert window.close()
    assert "Changé" in french_srt.read_text(encoding="utf-8")


def test_open_other_file_prompt_cancel_keeps_document(qtbot, window, french_srt, tmp_path):
    open_and_wait(qtbot, window, french_srt)
    window.proxy.setData(window.proxy.index(0, COL_TEXT), "Changé")
    window.dialogs.choice = Choice.CANCEL
    assert window.open_file(make_srt(tmp_path / "b.srt", 5)) is None
    assert window.model.cue(0).text == "Changé"
    window.dialogs.choice = Choice.DISCARD
    open_and_wait(qtbot, window, tmp_path / "b.srt")
    assert window.model.rowCount() == 5 and not window.isWindowModified()
    assert "Changé" not in french_srt.read_text(encoding="utf-8")
    assert window.undo_stack.count() == 0


def test_find_filters_accent_insensitive_and_edits_map_to_source(qtbot, window, french_srt):
    open_and_wait(qtbot, window, french_srt)
    window.find_action.trigger()
    assert window.find_box.hasFocus() or window.focusWidget() is window.find_box
    qtbot.keyClicks(window.find_box, "ETE")
    assert window.proxy.rowCount() == 2  # "prête" and "été"
    window.find_box.setText("l'ete")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, COL_TEXT).data() == "Ça coûte 0 € : c'est l'été !"
    assert window.proxy.setData(window.proxy.index(0, COL_TEXT), "C'est l'été, enfin.")
    assert window.model.cue(3).text == "C'est l'été, enfin."
    assert window.proxy.setData(window.proxy.index(0, COL_START), "00:00:09,800")
    assert window.model.cue(3).start_ms == 9800
    window.view.selectRow(0)
    window.edits.delete_action.trigger()
    assert [c.text for c in window.model.document.cues][-1] == "[musique douce]"
    window.undo_stack.undo()
    assert window.model.cue(3).text == "C'est l'été, enfin."


def test_next_problem_jumps_to_problem_rows(qtbot, window, french_srt):
    open_and_wait(qtbot, window, french_srt)
    assert QKeySequence("F8") in window.edits.next_problem_action.shortcuts()
    window.view.setCurrentIndex(window.proxy.index(0, COL_TEXT))
    window.edits.next_problem_action.trigger()
    assert window.current_row() == 1
    window.status.problems_button.click()  # wraps around to the same (only) problem
    assert window.current_row() == 1
    assert "Overlaps" in window.statusBar().currentMessage()


def test_undo_redo_shortcuts(window):
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert {s.toString() for s in window.redo_action.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_big_file_loads_in_background(qtbot, window, tmp_path):
    big = make_srt(tmp_path / "long.srt", 3000)
    open_and_wait(qtbot, window, big)
    assert window.model.rowCount() == 3000
    assert window.status.count_label.text() == "3000 subtitles"


def test_layout_is_remembered(qtbot, french_srt, monkeypatch):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800x600
    first.view.horizontalHeader().resizeSection(COL_START, 140)
    first.view.horizontalHeader().moveSection(COL_START, 0)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.view.horizontalHeader().sectionSize(COL_START) == 140
    assert second.view.horizontalHeader().visualIndex(COL_START) == 0
    assert second.size().width() == 700


def test_speak_brackets_toggle_is_applied_and_remembered(qtbot, window, french_srt):
    """Tools ▸ Speak Text in Brackets makes "[musique douce]" speakable and survives a restart."""
    from studio.gui.table.cue_model import COL_CPS
    from studio.gui.shell.main_window import MainWindow

    open_and_wait(qtbot, window, french_srt)
    assert window.model.index(2, COL_CPS).data() == ""  # "[musique douce]": nothing to say
    window.speak_brackets_action.trigger()
    assert window.model.index(2, COL_CPS).data() == "7.5"  # 15 characters over 2 s
    assert settings.get(settings.STRIP_ANNOTATIONS) is False
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.speak_brackets_action.isChecked()
    assert not again.model.speech_options.strip_annotations


def test_splitter_and_docks_are_remembered(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([300, 220])
    sizes = first.splitter.sizes()
    first.job.dock.hide()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes() == sizes
    assert second.job.dock.isHidden()


def _mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else None


def test_menus_have_unique_mnemonics(window):
    """Alt+letter opens exactly one top-level menu; inside every menu and submenu each letter is one item."""
    titles = [a.text() for a in window.menuBar().actions()]
    letters = [_mnemonic(t) for t in titles]
    assert None not in letters, titles
    assert len(set(letters)) == len(letters), titles
    menus = [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        items = [a.text() for a in menu.actions() if not a.isSeparator() and _mnemonic(a.text())]
        item_letters = [_mnemonic(t) for t in items]
        assert len(set(item_letters)) == len(item_letters), items
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]


def test_language_menu_stores_the_choice_and_offers_a_restart(qtbot, window, french_srt, monkeypatch):
    from studio.gui.shell import i18n, window_menus

    open_and_wait(qtbot, window, french_srt)
    actions = [a for a in window.language_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["&System Default", *i18n.LANGUAGES.values()]
    assert [a.isChecked() for a in actions] == [True] + [False] * len(i18n.LANGUAGES)
    asked: list[bool] = []
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(window_menus, "ask_restart", lambda _w: asked.append(True) or False)
    monkeypatch.setattr(window_menus, "start_detached", lambda program, args: started.append((program, args)))
    french = next(a for a in actions if a.data() == "fr")
    french.trigger()
    assert settings.get(settings.LANGUAGE) == "fr" and french.isChecked()
    assert asked == [True] and started == [] and window.isVisible()
    french.trigger()  # the same language again: nothing to ask
    assert asked == [True]
    monkeypatch.setattr(window_menus, "ask_restart", lambda _w: True)
    actions[0].trigger()  # back to the system's language, and restart now
    assert settings.get(settings.LANGUAGE) == ""
    assert not window.isVisible()
    assert started == [(sys.executable, ["-m", "studio", str(french_srt)])]


def test_restart_is_cancelled_when_the_user_keeps_unsaved_changes(qtbot, window, french_srt, monkeypatch):
    from studio.gui.shell import window_menus

    open_and_wait(qtbot, window, french_srt)
    window.model.setData(window.model.index(0, COL_TEXT), "Changé")
    started: list = []
    monkeypatch.setattr(window_menus, "start_detached", lambda program, args: started.append(args))
    window.dialogs.choice = Choice.CANCEL
    assert not window_menus.restart(window)
    assert started == [] and window.isVisible()
