"""The main window's menus and toolbar, built from the actions the window and its helpers own.

Kept apart from main_window.py so the window holds behaviour, not layout lists. Every menu is a
place the user looks for a feature: Help lists the shortcuts of everything here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSizePolicy, QToolBar, QWidget

from studio.gui.kit import settings
from studio.gui.shell import i18n
from studio.gui.table.speech_setting import make_speak_brackets_action


def build_menus(window: QMainWindow) -> None:
    """Fill the menu bar and the toolbar of the main window."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.open_action)
    file_menu.addMenu(window.recent_menu)
    file_menu.addMenu(window.encoding_menu.menu)
    file_menu.addSeparator()
    file_menu.addActions([window.save_action, window.save_as_action])
    file_menu.addSeparator()
    file_menu.addActions(window.dub.file_actions)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions(window.edits.clipboard.actions)
    edit_menu.addSeparator()
    edit_menu.addActions(window.edits.actions)
    edit_menu.addMenu(window.edits.retime.menu)
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.edits.next_problem_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.prefs.action)  # macOS moves it to the application menu
    window.menuBar().addMenu(window.voice_actions.menu)
    render = window.render_actions
    render_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Render"))
    render_menu.addActions(render.actions)
    render_menu.addSeparator()
    render_menu.addActions([window.dub.speed_offer.action, window.dub.faster_lines.action,
                            window.dub.speed_offer.clear_action, window.dub.clip_qa.action])
    render_menu.addSeparator()
    render_menu.addActions([render.play_action, render.stop_action, render.auto_advance_action])
    tools_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools_menu.setToolTipsVisible(True)  # a disabled item says why (ElevenLabs-only ones)
    tools_menu.addAction(window.accounts_action)
    tools_menu.addAction(window.pronunciations.action)
    tools_menu.addSeparator()
    window.speak_brackets_action = make_speak_brackets_action(window, window.model)
    tools_menu.addAction(window.speak_brackets_action)
    tools_menu.addMenu(window.job.normalization_menu)
    tools_menu.addAction(window.prefs.budget_action)  # the Preferences at the page of the setting
    tools_menu.addActions([window.job.context_action, window.prefs.concurrency_action])
    tools_menu.addAction(window.prefs.timing_action)
    tools_menu.addSeparator()
    tools_menu.addAction(render.cache_action)  # with the other settings: its cap on the copies is one
    # Alt+I: Alt+V opens Voices.
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "V&iew"))
    view_menu.addAction(window.job.dock.toggleViewAction())
    view_menu.addAction(window.dub.dock_action)
    view_menu.addSeparator()
    view_menu.addAction(window.dub.refresh_action)
    view_menu.addSeparator()
    window.language_menu = build_language_menu(window)
    view_menu.addMenu(window.language_menu)
    window.menuBar().addMenu(window.help.menu)
    window.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    window.view.addActions(window.edits.actions)  # after Cut, Copy and Paste (ClipboardActions)
    window.view.addActions(window.voice_actions.context_actions)
    separator = QAction(window)
    separator.setSeparator(True)
    window.view.addActions([separator, *window.dub.context_actions])
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([window.open_action, window.save_action])
    toolbar.addSeparator()
    toolbar.addActions([window.undo_action, window.redo_action])
    toolbar.addSeparator()
    toolbar.addActions(window.edits.actions)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.find_box)
    window.addToolBar(toolbar)
    # The job on a row of its own (who speaks, then render and listen): the editing row stays short
    # enough that the Find box never falls into the overflow menu.
    window.addToolBarBreak()
    job_bar = QToolBar(QCoreApplication.translate("MainWindow", "Voice and Render"), window)
    job_bar.setObjectName("jobToolbar")
    job_bar.setMovable(False)
    job_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    job_bar.addWidget(window.job.provider_label)
    job_bar.addWidget(window.job.provider_combo)
    job_bar.addWidget(window.voice_actions.toolbar_button)
    job_bar.addSeparator()
    job_bar.addActions([render.render_all_action, render.play_action])
    window.addToolBar(job_bar)


def fill_recent_menu(window: QMainWindow) -> None:
    """File ▸ Open Recent, filled each time it opens (the list is shared with other windows)."""
    menu = window.recent_menu
    menu.clear()
    files = settings.recent_files()
    for number, path in enumerate(files, start=1):
        action = menu.addAction(f"&{number % 10}  {Path(path).name}")
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path: window.open_file(Path(p)))
    if not files:
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent files")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MainWindow", "Clear Menu"),
                       lambda: settings.put(settings.RECENT_FILES, []))


# --- View ▸ Language ------------------------------------------------------------------------------

def build_language_menu(window: QMainWindow) -> QMenu:
    """System default, then each shipped language in its own name; checked: the stored choice."""
    menu = QMenu(QCoreApplication.translate("MainWindow", "&Language"), window)
    group = QActionGroup(menu)
    current = settings.get(settings.LANGUAGE)
    choices = [("", QCoreApplication.translate("MainWindow", "&System Default")), *i18n.LANGUAGES.items()]
    for code, name in choices:
        action = QAction(name, group)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        menu.addAction(action)
        if not code:
            menu.addSeparator()
    group.triggered.connect(lambda action: choose_language(window, action.data()))
    return menu


def choose_language(window: QMainWindow, code: str) -> None:
    """Remember the interface language; it applies from the next start (offer to restart now)."""
    if code == settings.get(settings.LANGUAGE):
        return
    settings.put(settings.LANGUAGE, code)
    if ask_restart(window):
        restart(window)


def ask_restart(window: QMainWindow) -> bool:
    """Say when the language changes and offer to restart now (the tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "Language"),
                      QCoreApplication.translate("MainWindow", "The language changes the next time Dubbing "
                                                               "Studio starts."), parent=window)
    restart_button = box.addButton(QCoreApplication.translate("MainWindow", "&Restart Now"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restart_button


def restart_command(path: str | None) -> tuple[str, list[str]]:
    """The program and arguments that start this app again (on the open file, if any)."""
    args = [path] if path else []
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        return sys.executable, args
    return sys.executable, ["-m", "studio", *args]


def restart(window: QMainWindow) -> bool:
    """Close the window (it asks about unsaved changes), then start the app again; False if kept open."""
    path = str(window.path) if getattr(window, "path", None) else None
    if not window.close():
        return False
    program, args = restart_command(path)
    return start_detached(program, args)


def start_detached(program: str, args: list[str]) -> bool:
    """QProcess.startDetached (the tests replace it)."""
    started, _pid = QProcess.startDetached(program, args, os.getcwd())
    return bool(started)
