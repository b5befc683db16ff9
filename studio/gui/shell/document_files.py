"""Opening and saving the window's document: File ▸ Open, a dropped file, Save and Save As, and the question
about unsaved changes before the document is dropped.

A mixin of MainWindow (main_window.py), which builds the window and wires the features; kept apart
because the file round trip (load off the GUI thread, encodings, the companion project) changes for
other reasons than the window's layout. The reading and writing themselves are in file_actions.py; this
is the window's side: status messages, errors, the title and the recent files. The texts keep the
MainWindow translation context (they are the window's), so they are written as
`QCoreApplication.translate("MainWindow", ...)`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from studio.core.project import SUFFIX as PROJECT_SUFFIX
from studio.core.project import ProjectError
from studio.core.srt_file import SubtitleError, save_srt
from studio.gui.kit import settings
from studio.gui.kit.dialogs import Choice
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.shell.encoding_menu import encoding_name, long_name
from studio.gui.shell.file_actions import Loaded, is_openable, load_document, save_project_for
from studio.gui.table.cue_columns import COL_TEXT

log = logging.getLogger(__name__)


class DocumentFiles:
    """The window's File round trip; its host (MainWindow) holds the model, the undo stack and `path`."""

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
        self.show_status(QCoreApplication.translate("MainWindow", "Opening %1…").replace("%1", path.name))
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
        opened = (QCoreApplication.translate("MainWindow", "Opened %1 as %2").replace(
            "%2", long_name(loaded.encoding_chosen)) if loaded.encoding_chosen
            else QCoreApplication.translate("MainWindow", "Opened %1")).replace("%1", loaded.path.name)
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
            message = QCoreApplication.translate("MainWindow", "%1 could not be opened because of an unexpected "
                                                 "error; the details are in the log.").replace("%1", path.name)
        self.statusBar().clearMessage()
        self.show_error(QCoreApplication.translate("MainWindow", "Cannot Open File"), message)
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
        cannot_save = QCoreApplication.translate("MainWindow", "Cannot Save")
        try:
            saved = save_srt(doc, path)
        except SubtitleError as err:
            if doc.encoding.replace("_", "-").lower() in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                                            "utf-16-be"):
                self.show_error(cannot_save, error_text(err))
                return False
            if not self.ask_save_as_utf8(error_text(err)):
                return False
            try:
                saved = save_srt(doc, path, encoding="utf-8")
            except SubtitleError as err2:
                self.show_error(cannot_save, error_text(err2))
                return False
        try:  # the voices go with the subtitles: into the opened .dubproj, or a companion next to the SRT
            project = save_project_for(doc, self.project, self.path, saved, self.job.provider)
        except ProjectError as err:
            self.show_error(cannot_save, error_text(err))
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
            self.show_status(QCoreApplication.translate(
                "MainWindow", "Saved %1 in UTF-8: in %2 it would not have reopened with the same letters.")
                .replace("%1", saved.name).replace("%2", encoding_name(kept)))
            return True
        self.show_status(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", saved.name))
        return True
