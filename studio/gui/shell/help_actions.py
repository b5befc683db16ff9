"""The Help menu: the welcome and its tour, the keyboard shortcuts, the log folder, About.

The dialogs are imported when first asked for: none of them is needed to show the window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from studio import APP_NAME, logs

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace

log = logging.getLogger(__name__)


class HelpActions(QObject):
    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.welcome_action = self._action(self.tr("&Welcome…"), self.show_welcome,
                                           self.tr("Choose a voice provider, open the sample, take the tour"))
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                             self.tr("Every shortcut of the window, with a filter"))
        self.shortcuts_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents),
                                            QKeySequence("Ctrl+/")])
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action = self._action(self.tr("Show &Log Folder"), self.show_log_folder,
                                       self.tr("The folder with the log files to attach to a bug report"))
        self.about_action = self._action(self.tr("&About %1").replace("%1", APP_NAME), self.show_about,
                                         self.tr("Versions, licence and the bundled engines"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.menu = QMenu(self.tr("&Help"), window)
        self.menu.addActions([self.welcome_action, self.shortcuts_action])
        self.menu.addSeparator()
        self.menu.addAction(self.log_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.dialog: QDialog | None = None  # the last one shown (the tests drive it)

    def _action(self, text: str, slot, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without blocking
        self.dialog = dialog
        return dialog

    def show_welcome(self) -> QDialog:
        from studio.gui.onboarding.welcome import WelcomeDialog

        return self._show(WelcomeDialog(self.window))

    def show_shortcuts(self) -> QDialog:
        from studio.gui.shell.shortcuts_dialog import ShortcutsDialog

        return self._show(ShortcutsDialog(self.window))

    def show_about(self) -> QDialog:
        from studio.gui.shell.about_dialog import AboutDialog

        return self._show(AboutDialog(self.window))

    def show_log_folder(self) -> bool:
        """Open the log folder in the file manager (creating it if logging has not yet)."""
        folder = logs.log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("Cannot create the log folder: %s", type(error).__name__)
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            message = self.tr("The log folder could not be opened: %1")
            self.window.show_status(message.replace("%1", str(folder)))
            return False
        return True

    def open_url(self, url: QUrl) -> bool:
        """QDesktopServices.openUrl (the tests replace it)."""
        return QDesktopServices.openUrl(url)
