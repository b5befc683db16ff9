"""The main window's menus and toolbar, built from the actions the window and its helpers own.

Kept apart from main_window.py so the window holds behaviour, not layout lists. Every menu is a
place the user looks for a feature: Help lists the shortcuts of everything here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from studio.gui.speech_setting import make_speak_brackets_action


def build_menus(window: QMainWindow) -> None:
    """Fill the menu bar and the toolbar of the main window."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.open_action)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([window.save_action, window.save_as_action])
    file_menu.addSeparator()
    file_menu.addActions(window.dub.file_actions)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions(window.edits.actions)
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.edits.next_problem_action])
    window.menuBar().addMenu(window.voice_actions.menu)
    render = window.render_actions
    render_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Render"))
    render_menu.addActions(render.actions)
    render_menu.addSeparator()
    render_menu.addActions([render.play_action, render.stop_action, render.auto_advance_action])
    render_menu.addSeparator()
    render_menu.addAction(render.cache_action)
    tools_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools_menu.addAction(window.accounts_action)
    tools_menu.addSeparator()
    window.speak_brackets_action = make_speak_brackets_action(window, window.model)
    tools_menu.addAction(window.speak_brackets_action)
    tools_menu.addMenu(window.job.normalization_menu)
    tools_menu.addAction(window.job.budget_action)
    tools_menu.addActions([window.job.context_action, window.job.concurrency_action])
    tools_menu.addAction(window.dub.timing_action)
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(window.job.dock.toggleViewAction())
    view_menu.addAction(window.dub.dock_action)
    view_menu.addSeparator()
    view_menu.addAction(window.dub.refresh_action)
    window.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    window.view.addActions(window.edits.actions)
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
