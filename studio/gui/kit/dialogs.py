"""The window's questions to the user, as small functions (the window wraps each in a method that the
tests replace, so no test ever blocks on a modal dialog)."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Choice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> Choice:
    title = QCoreApplication.translate("Dialogs", "Unsaved changes")
    text = QCoreApplication.translate("Dialogs", "Save the changes to %1 before continuing?").replace("%1", name)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate("Dialogs", "If you don't save, your changes will be lost."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: Choice.SAVE,
            QMessageBox.StandardButton.Discard: Choice.DISCARD}.get(
        QMessageBox.StandardButton(answer), Choice.CANCEL)


def ask_open_path(parent: QWidget, folder: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Dialogs", "Open Subtitles or Project"), folder,
        QCoreApplication.translate("Dialogs", "Subtitles and projects (*.srt *.dubproj);;SubRip subtitles (*.srt);;"
                                   "Dubbing Studio projects (*.dubproj);;All files (*)"))
    return Path(path) if path else None


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Dialogs", "Save Subtitles As"),
                                          suggested,
                                          QCoreApplication.translate("Dialogs", "SubRip subtitles (*.srt)"))
    if not path:
        return None
    result = Path(path)
    return result if result.suffix else result.with_suffix(".srt")


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def ask_save_as_utf8(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Cannot Save in This Encoding"),
        message + "\n\n" + QCoreApplication.translate(
            "Dialogs", "Save the file as UTF-8 instead? Every modern player reads UTF-8."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)
    return answer == QMessageBox.StandardButton.Save


def grow_to_fit(window: QWidget) -> None:
    """Make window tall enough for its wrapped text, after a label's text changed while it was shown
    (a layout does not grow a shown window by itself: the new lines are clipped). Call it after the
    event loop turn that lays the new text out: measured at once, a label still has its old width."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > window.height():
        window.resize(window.width(), needed)
