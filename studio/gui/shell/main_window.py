"""The main window: the subtitle table, its Find box, menus, and the features wired together.

Every question to the user goes through a small `ask_*` / `show_error` method, which tests replace,
so that no test blocks on a modal dialog. Opening and saving files is the DocumentFiles mixin
(document_files.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QSplitter, QStyle, QWidget

from studio import APP_NAME
from studio.core.document import Document
from studio.core.project import Project
from studio.gui.accounts.accounts_dialog import AccountsDialog
from studio.gui.dub.dub_actions import DubActions
from studio.gui.kit import dialogs, settings
from studio.gui.kit.action_icons import set_action_icon
from studio.gui.kit.dialogs import Choice
from studio.gui.kit.tasks import Task
from studio.gui.prefs.prefs_actions import PreferencesActions
from studio.gui.render.render_actions import RenderActions
from studio.gui.shell.document_files import DocumentFiles
from studio.gui.shell.encoding_menu import EncodingMenu
from studio.gui.shell.help_actions import HelpActions
from studio.gui.shell.job_controls import JobControls
from studio.gui.shell.status_bar import CueStatusBar
from studio.gui.shell.window_menus import build_menus, fill_recent_menu
from studio.gui.table import commands
from studio.gui.table.cue_edits import EditRefused
from studio.gui.table.cue_filter import CueFilterProxy
from studio.gui.table.cue_model import COL_TEXT, CueTableModel
from studio.gui.table.cue_table import CueTableView
from studio.gui.table.edit_actions import EditActions
from studio.gui.table.line_editor import install_line_editor
from studio.gui.table.pronunciation_actions import PronunciationActions
from studio.gui.voices.voice_actions import VoiceActions

STATUS_MS = 6000


class MainWindow(DocumentFiles, QMainWindow):
    # A file finished loading and is shown / could not be opened (the tests wait on these).
    loaded = Signal(Path)
    load_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None  # what the user opened or saved (.srt or .dubproj)
        self.project: Project | None = None
        self._load_task: Task | None = None
        self.requested_encoding: str | None = None  # the encoding the user chose for the file being opened
        self.undo_stack = QUndoStack(self)
        self.model = CueTableModel(Document(), self.undo_stack, self)
        self.proxy = CueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = CueTableView()
        self.view.setModel(self.proxy)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.view)  # the timeline strip goes under it (DubActions)
        self.setCentralWidget(self.splitter)
        self.status = CueStatusBar(self.model, self)
        self.setStatusBar(self.status)
        self.find_box = QLineEdit()
        self.find_box.setClearButtonEnabled(True)
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        self.find_box.setPlaceholderText(self.tr("Find in text (%1)").replace("%1", find_keys))
        self.find_box.setMaximumWidth(320)
        self.find_box.textChanged.connect(self.proxy.set_search)
        self.edits = EditActions(self)
        self.line_editor = install_line_editor(self)  # the edit box under the table
        self.job = JobControls(self, self.model)
        self.voice_actions = VoiceActions(self)
        self.pronunciations = PronunciationActions(self)
        self.render_actions = RenderActions(self)
        self.dub = DubActions(self)  # needs the render controller; its actions go into the menus
        self.prefs = PreferencesActions(self)  # takes over the Tools entries of single settings
        self._build_actions()
        self.help = HelpActions(self)
        build_menus(self)
        self.job.dock.watch_selection(self.view.selectionModel(), self.proxy)
        self.job.dock.balance_panel.add_key_requested.connect(self.open_accounts)
        self.setAcceptDrops(True)
        self.model.edit_refused.connect(self.show_status)
        self.status.problem_clicked.connect(self.edits.next_problem)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._update_title()
        self._restore_layout()
        self.dub.after_restore()
        self.job.start()
        self.render_actions.controller.open_cache()

    # --- actions and menus -------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, key.Open,
                                        self.tr("Open a subtitle file or a project"))
        self.save_action = self._action(self.tr("&Save"), self.save, key.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as,
                                           QKeySequence("Ctrl+Shift+S"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        pixmap = QStyle.StandardPixmap
        for action, theme, fallback in [
                (self.open_action, "document-open", pixmap.SP_DialogOpenButton),
                (self.save_action, "document-save", pixmap.SP_DialogSaveButton),
                (self.undo_action, "edit-undo", pixmap.SP_ArrowBack),
                (self.redo_action, "edit-redo", pixmap.SP_ArrowForward)]:
            set_action_icon(self, action, theme, fallback)
        self.find_action = self._action(self.tr("&Find…"), self.focus_find, key.Find)
        self.accounts_action = self._action(self.tr("&Accounts…"), self.open_accounts,
                                            tip=self.tr("API keys and balances of the voice providers"))
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(self))
        self.encoding_menu = EncodingMenu(self)
        self.status.encoding_button.setMenu(self.encoding_menu.menu)

    def open_accounts(self) -> AccountsDialog:
        """Show Tools ▸ Accounts… (window-modal, without blocking: tests drive it directly)."""
        dialog = AccountsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.job.session.activate(self.job.provider))  # a new key?
        dialog.open()
        return dialog

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    # --- questions (tests replace these) -----------------------------------------------------

    def ask_save_changes(self) -> Choice:
        return dialogs.ask_save_changes(self, self._display_name())

    def ask_open_path(self) -> Path | None:
        return dialogs.ask_open_path(self, settings.get(settings.LAST_DIR))

    def ask_save_path(self) -> Path | None:
        doc_path = self.model.document.path
        suggested = str(doc_path) if doc_path else str(Path(settings.get(settings.LAST_DIR)) /
                                                          "subtitles.srt")
        return dialogs.ask_save_path(self, suggested)

    def ask_save_as_utf8(self, message: str) -> bool:
        return dialogs.ask_save_as_utf8(self, message)

    def show_error(self, title: str, message: str) -> None:
        dialogs.show_error(self, title, message)

    # --- window ------------------------------------------------------------------------------

    def _display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self) -> None:
        # "[*]" is where Qt shows the modified marker (set by setWindowModified from the undo stack).
        self.setWindowTitle(f"{self._display_name()}[*] — {APP_NAME}")
        self.setWindowModified(not self.undo_stack.isClean())

    def _restore_layout(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 700)
        state = settings.get(settings.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.get(settings.SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.view.restore_header_state(settings.get(settings.HEADER_STATE))

    def save_layout(self) -> None:
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        settings.put(settings.SPLITTER_STATE, self.splitter.saveState())
        settings.put(settings.HEADER_STATE, self.view.header_state())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_keep_changes():
            event.ignore()
            return
        if self._load_task is not None:
            self._load_task.discard()
        self.save_layout()
        self.dub.cleanup()
        self.render_actions.shutdown()
        event.accept()

    # --- row mapping used by the edit actions ------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Source rows of the selection, ascending (the proxy may hide rows)."""
        return self.proxy.selected_source_rows(self.view.selectionModel().selection())

    def current_row(self) -> int:
        """Source row of the current cell, -1 when none."""
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select_row(self, source_row: int, column: int = COL_TEXT, count: int = 1) -> None:
        """Make source_row current and selected (clearing the Find box if it hides the row)."""
        if self.proxy.proxy_row(source_row) < 0:
            self.find_box.clear()
        proxy_row = self.proxy.proxy_row(source_row)
        if proxy_row < 0:
            return
        index = self.proxy.index(proxy_row, column)
        selection = self.view.selectionModel()
        # Explicit flags: view.setCurrentIndex would read the keyboard's modifiers (Ctrl held: toggle).
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)
        last = self.proxy.proxy_row(min(source_row + count - 1, self.model.rowCount() - 1))
        if count > 1 and last >= 0:
            selection.select(QItemSelection(index, self.proxy.index(last, column)), flags)
        self.view.scrollTo(index)

    def edit_cell(self, source_row: int, column: int = COL_TEXT) -> None:
        self.select_row(source_row, column)
        self.view.edit(self.view.currentIndex())

    def push(self, factory, *args) -> bool:  # noqa: ANN001
        """Build a command with factory(model, *args) and push it; a refusal goes to the status bar."""
        try:
            command = factory(self.model, *args)
        except EditRefused as err:
            self.show_status(str(err))
            return False
        commands.push(self.model, command)
        return True
