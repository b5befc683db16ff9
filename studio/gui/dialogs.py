"""The window's questions to the user, as small functions (the window wraps each in a method that the
tests replace, so no test ever blocks on a modal dialog)."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_CTX = "dialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class Choice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> Choice:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        _CTX, "Unsaved changes"), QCoreApplication.translate(
        _CTX, "Save the changes to %s before continuing?") % name,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(_tr("If you don't save, your changes will be lost."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: Choice.SAVE,
            QMessageBox.StandardButton.Discard: Choice.DISCARD}.get(
        QMessageBox.StandardButton(answer), Choice.CANCEL)


def ask_open_path(parent: QWidget, folder: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open Subtitles or Project"), folder,
        _tr("Subtitles and projects (*.srt *.dubproj);;SubRip subtitles (*.srt);;"
            "Dubbing Studio projects (*.dubproj);;All files (*)"))
    return Path(path) if path else None


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save Subtitles As"), suggested,
                                          _tr("SubRip subtitles (*.srt)"))
    if not path:
        return None
    result = Path(path)
    return result if result.suffix else result.with_suffix(".srt")


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def ask_save_as_utf8(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.question(
        parent, _tr("Cannot Save in This Encoding"),
        message + "\n\n" + _tr("Save the file as UTF-8 instead? Every modern player reads UTF-8."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)
    return answer == QMessageBox.StandardButton.Save
