"""The Help menu: shortcuts from the live actions (none ambiguous), About with versions, the log folder."""

from __future__ import annotations

import sys

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from studio import __version__
from studio.gui.shell.about_dialog import AboutDialog
from studio.gui.shell.main_window import MainWindow
from studio.gui.shell.shortcuts_dialog import ShortcutsDialog, ambiguous_shortcuts, collect_shortcuts, menu_path


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.undo_stack.setClean()


def test_help_menu_lists_its_actions(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    texts = [a.text() for a in window.help.menu.actions() if not a.isSeparator()]
    assert texts == ["&Welcome…", "&Keyboard Shortcuts", "Show &Log Folder", "&About Dubbing Studio"]
    keys = [k.toString() for k in window.help.shortcuts_action.shortcuts()]
    assert keys == ["F1", "Ctrl+/"]
    assert window.help.about_action.menuRole() is QAction.MenuRole.AboutRole


def test_frequent_actions_have_shortcuts(window):
    frequent = {
        "open": window.open_action, "save": window.save_action, "undo": window.undo_action,
        "redo": window.redo_action, "render": window.render_actions.render_all_action,
        "play line": window.render_actions.play_action, "export": window.dub.export_action,
        "choose voice": window.voice_actions.choose_action, "find": window.find_action,
        "shortcuts": window.help.shortcuts_action,
    }
    missing = [name for name, action in frequent.items()
               if not [k for k in action.shortcuts() if not k.isEmpty()]]
    assert missing == []
    listed = {entry.action for entry in collect_shortcuts(window)}
    assert set(frequent.values()) <= listed


def test_no_two_actions_share_a_shortcut(window):
    assert ambiguous_shortcuts(window) == {}


def test_a_clash_would_be_found(window):
    clash = QAction("Clashing Thing", window)
    clash.setShortcut(QKeySequence("Ctrl+R"))
    window.help.menu.addAction(clash)
    assert ambiguous_shortcuts(window) == {"Ctrl+R": ["Render All Lines", "Clashing Thing"]}


def test_dialog_is_built_from_the_live_actions_and_filters(qtbot, window):
    extra = QAction("&Brand New Thing", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+B"))
    window.help.menu.addAction(extra)
    window.help.shortcuts_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[:6] == ["File", "Edit", "Edit ▸ Synchronize", "Voices", "Render", "View"] and groups[-1] == "Help"
    names = dialog.visible_actions()
    assert {"Open…", "Undo", "Choose Voice…", "Render All Lines", "Play Line", "Export Dub…",
            "Brand New Thing"} <= set(names)
    dialog.filter_edit.setText("ctrl+shift+v")
    assert dialog.visible_actions() == ["Choose Voice…"]
    dialog.filter_edit.setText("export")
    assert dialog.visible_actions() == ["Export Dub…"]
    dialog.filter_edit.setText("no such thing")
    assert dialog.visible_actions() == [] and not dialog.empty_label.isHidden()
    dialog.filter_edit.clear()
    assert len(dialog.visible_actions()) == len(names)
    dialog.reject()


def test_menu_path_names_the_menus(window):
    assert menu_path(window, window.dub.export_action) == "File ▸ Export Dub…"
    normalization = window.job.normalization_group.actions()[0]
    assert menu_path(window, normalization).startswith("Tools ▸ Text Normalization (ElevenLabs) ▸ ")


def test_about_shows_versions_and_copies_them(qtbot, window):
    window.help.about_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, AboutDialog)
    with qtbot.waitSignal(dialog.versions_ready, timeout=20000):
        pass
    text = dialog.version_text()
    assert text.startswith(f"Dubbing Studio {__version__}\n")
    for name in ("Python", "Qt", "PySide6", "espeak-ng", "FFmpeg"):
        assert f"\n{name}: " in text
    espeak = dict(dialog.engines)["espeak-ng"]
    assert espeak[0].isdigit(), espeak  # "1.52.0 (espeakng-loader …)"
    assert dict(dialog.engines)["FFmpeg"] != "unknown"
    assert dict(dialog.engines)["ONNX Runtime"].endswith("(natural voices installed: 0)")
    assert dict(dialog.engines)["ONNX Runtime"][0].isdigit()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    labels = " ".join(w.text() for w in dialog.findChildren(type(dialog.copied_label)))
    assert "GPL-3.0-or-later" in labels and "THIRD_PARTY_NOTICES.md" in labels
    assert "ONNX Runtime" in labels and "natural voices" in labels
    dialog.reject()


def test_about_survives_missing_engines(qtbot, monkeypatch):
    from studio.gui.shell import about_dialog

    def broken() -> str:
        raise FileNotFoundError("no ffmpeg here")

    monkeypatch.setattr(about_dialog, "ffmpeg_version", broken)
    # A bundle without onnxruntime: the natural voices' line says so, the dialog still opens.
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    engines = dict(about_dialog.engine_versions())
    assert engines["FFmpeg"] == "not available (it could not be started: no ffmpeg here)"
    assert engines["ONNX Runtime"] == ("not available (onnxruntime cannot be loaded: import of onnxruntime "
                                       "halted; None in sys.modules)")


def test_missing_engines_are_said_in_french(qtbot, monkeypatch, tmp_path, translator):
    """No engine at all (a PATH without ffmpeg, a bundle without its packages): each line in French, the
    library's own words inside it."""
    translator("fr")
    monkeypatch.setenv("PATH", str(tmp_path))
    for package in ("imageio_ffmpeg", "espeakng_loader", "onnxruntime"):
        monkeypatch.setitem(sys.modules, package, None)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()  # shown while "checking…": the texts come in later
    with qtbot.waitSignal(dialog.versions_ready, timeout=20000):
        pass
    nbsp = "\u00a0"
    halted = "import of %s halted; None in sys.modules"
    assert dict(dialog.engines) == {
        "espeak-ng": "indisponible (le paquet espeakng-loader n’est pas installé)",
        "FFmpeg": f"indisponible (aucun ffmpeg dans le PATH ni fourni avec l’application{nbsp}: "
                  f"{halted % 'imageio_ffmpeg'})",
        "ONNX Runtime": f"indisponible (impossible de charger onnxruntime{nbsp}: {halted % 'onnxruntime'})"}
    assert [label.text() for label in dialog.engine_labels.values()] == list(dict(dialog.engines).values())
    # Three lines where "checking…" took one: the dialog grows, no line is clipped.
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width())
                                for label in dialog.engine_labels.values()), timeout=2000)
    dialog.reject()


def test_show_log_folder_opens_the_per_user_folder(window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    opened: list[QUrl] = []
    monkeypatch.setattr(window.help, "open_url", lambda url: opened.append(url) or True)
    window.help.log_action.trigger()
    folder = tmp_path / "state" / "dubbing-studio"
    assert folder.is_dir()
    assert [Path(u.toLocalFile()) for u in opened] == [folder]


def test_log_folder_failure_is_said_in_the_status_bar(window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(window.help, "open_url", lambda url: False)
    assert not window.help.show_log_folder()
    assert "could not be opened" in window.statusBar().currentMessage()


def test_dialogs_close_with_escape(qtbot, window):
    from PySide6.QtCore import Qt

    for show in (window.help.show_shortcuts, window.help.show_about):
        dialog = show()
        QApplication.processEvents()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
