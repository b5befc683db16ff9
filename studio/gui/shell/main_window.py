"""The main window: the subtitle table, its Find box, menus, and opening and saving files.

Every question to the user goes through a small `ask_*` / `show_error` method, which tests replace,
so that no test blocks on a modal dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QSplitter, QStyle, QWidget

from studio import APP_NAME
from studio.core.document import Document
from studio.core.project import Project, ProjectError
from studio.core.project import SUFFIX as PROJECT_SUFFIX
from studio.core.srt_file import SubtitleError, save_srt
from studio.gui.accounts.accounts_dialog import AccountsDialog
from studio.gui.dub.dub_actions import DubActions
from studio.gui.kit import dialogs, settings
from studio.gui.kit.action_icons import set_action_icon
from studio.gui.kit.dialogs import Choice
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.render.render_actions import RenderActions
from studio.gui.shell.encoding_menu import EncodingMenu, encoding_name, long_name
from studio.gui.shell.file_actions import Loaded, is_openable, load_document, save_project_for
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

log = logging.getLogger(__name__)
STATUS_MS = 6000


class MainWindow(QMainWindow):
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

    # --- opening -----------------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path | str, encoding: str | None = None) -> Task | None:
        """Ask about unsaved changes, then load path off the GUI thread; None if the user cancelled.
        encoding: read the subtitles in it instead of detecting it (File ▸ Reopen with Encoding)."""
        if not self.maybe_keep_changes():
            return None
        if self._load_task is not None:
            self._load_task.discard()  # the user asked for another file: the older one is stale
        path = Path(path)
        self.show_status(self.tr("Opening %1…").replace("%1", path.name))
        self._load_task = run_in_background(
            load_document, path, encoding,
            on_done=self._on_loaded,
            on_error=lambda err: self._on_load_failed(path, err))
        return self._load_task

    def _on_loaded(self, loaded: Loaded) -> None:
        self._load_task = None
        self.find_box.clear()
        self.model.set_document(loaded.document)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path, self.project, self.requested_encoding = loaded.path, loaded.project, loaded.encoding_chosen
        self.job.set_project(loaded.project)
        self._update_title()
        self.status.refresh()  # now, not on the next turn: the figures belong to the new file
        settings.add_recent_file(str(loaded.path.resolve()))
        settings.put(settings.LAST_DIR, str(loaded.path.resolve().parent))
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, COL_TEXT))
        opened = (self.tr("Opened %1 as %2").replace("%2", long_name(loaded.encoding_chosen))
                  if loaded.encoding_chosen else self.tr("Opened %1")).replace("%1", loaded.path.name)
        self.show_status(". ".join(filter(None, [opened, loaded.notice])))
        self.loaded.emit(loaded.path)

    def _on_load_failed(self, path: Path, error: BaseException) -> None:
        self._load_task = None
        if isinstance(error, SubtitleError):
            message = error_text(error)
            if not path.exists():
                settings.remove_recent_file(str(path.resolve()))
        else:
            log.error("Opening %s failed", path, exc_info=error)
            message = self.tr("%1 could not be opened because of an unexpected error; the details "
                              "are in the log.").replace("%1", path.name)
        self.statusBar().clearMessage()
        self.show_error(self.tr("Cannot Open File"), message)
        self.load_failed.emit(message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    @staticmethod
    def _dropped_path(urls: list[QUrl]) -> Path | None:
        for url in urls:
            if url.isLocalFile() and is_openable(url.toLocalFile()):
                return Path(url.toLocalFile())
        return None

    # --- saving ------------------------------------------------------------------------------

    def maybe_keep_changes(self) -> bool:
        """Return True when it is fine to drop the current document (saved, discarded or clean)."""
        if self.undo_stack.isClean():
            return True
        choice = self.ask_save_changes()
        if choice is Choice.SAVE:
            return self.save()
        return choice is Choice.DISCARD

    def save(self) -> bool:
        """Save to the document's file (Save As when it has none); True when saved."""
        if self.model.document.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        doc = self.model.document
        kept = doc.encoding
        try:
            saved = save_srt(doc, path)
        except SubtitleError as err:
            if doc.encoding.replace("_", "-").lower() in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                                            "utf-16-be"):
                self.show_error(self.tr("Cannot Save"), error_text(err))
                return False
            if not self.ask_save_as_utf8(error_text(err)):
                return False
            try:
                saved = save_srt(doc, path, encoding="utf-8")
            except SubtitleError as err2:
                self.show_error(self.tr("Cannot Save"), error_text(err2))
                return False
        try:  # the voices go with the subtitles: into the opened .dubproj, or a companion next to the SRT
            project = save_project_for(doc, self.project, self.path, saved, self.job.provider)
        except ProjectError as err:
            self.show_error(self.tr("Cannot Save"), error_text(err))
            return False
        self.undo_stack.setClean()
        if path is not None or self.path is None or self.path.suffix.lower() != PROJECT_SUFFIX:
            # Saving as another SRT makes that file the one open (a project keeps its own path).
            self.path = saved
        if project is not self.project:
            self.project = project
            self.job.set_project(project)
        self._update_title()
        settings.add_recent_file(str(self.path.resolve()))
        self.status.refresh()  # the encoding may have changed
        if doc.encoding != kept and doc.encoding == "utf-8":
            self.show_status(self.tr("Saved %1 in UTF-8: in %2 it would not have reopened with the same "
                                     "letters.").replace("%1", saved.name).replace("%2", encoding_name(kept)))
            return True
        self.show_status(self.tr("Saved %1").replace("%1", saved.name))
        return True

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
