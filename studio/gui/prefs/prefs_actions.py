"""Edit ▸ Preferences… (Ctrl+, ; in the application menu on macOS), and the Tools entries of single
settings (Timing…, Budget per Job…, Requests at Once…), which open their page: every setting is changed
in one window, and found where users looked for it before. Tools ▸ Clip Cache… stays a tool of its own
(measuring and clearing), and Preferences ▸ Storage shows the same panel.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from studio.gui.prefs.general_page import GeneralPage
from studio.gui.prefs.page import PreferencesPage
from studio.gui.prefs.prefs_dialog import PreferencesDialog
from studio.gui.prefs.spending_page import SpendingPage
from studio.gui.prefs.storage_page import StoragePage
from studio.gui.prefs.timing_page import TimingPage
from studio.gui.prefs.voices_page import VoicesPage
from studio.gui.shell.workspace import Workspace


class PreferencesHost(Workspace, Protocol):
    """The window as the pages see it: the Workspace, and the two menu entries they work."""

    speak_brackets_action: QAction  # Tools ▸ Speak Text in Brackets
    language_menu: QMenu  # View ▸ Language


class PreferencesActions(QObject):
    """The Preferences' entries in the menus, and opening the window at a page."""

    def __init__(self, window: PreferencesHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.action = QAction(self.tr("Pr&eferences…"), window)  # type: ignore[arg-type]
        # Qt knows the key on macOS only (Cmd+,); Ctrl+, is what Linux and Windows apps use.
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
        self.action.setShortcuts(keys)
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: Dubbing Studio ▸ Settings…
        self.action.setStatusTip(self.tr("Language, theme, voices, timing, spending and storage"))
        self.action.triggered.connect(lambda: self.open())
        self.timing_action = self._page_action(self.tr("&Timing…"), TimingPage.name,
                                               self.tr("Speed-up cap, borrowable pause, overflow policy, loudness"))
        self.budget_action = self._page_action(self.tr("B&udget per Job…"), SpendingPage.name,
                                               self.tr("Never spend more than this on one render or preview"))
        self.concurrency_action = self._page_action(self.tr("Requests at &Once…"), SpendingPage.name,
                                                    self.tr("How many lines render at the same time"))

    def _page_action(self, text: str, page: str, tip: str) -> QAction:
        action = QAction(text, self.window)  # type: ignore[arg-type]
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda: self.open(page))
        return action

    def pages(self) -> list[PreferencesPage]:
        window = self.window
        return [GeneralPage(window.language_menu),
                VoicesPage(window, window.speak_brackets_action), TimingPage(window), SpendingPage(),
                StoragePage(window)]

    def open(self, page: str = "") -> PreferencesDialog:
        """Show the Preferences at page (default: the one shown last), window-modal without blocking."""
        dialog = PreferencesDialog(self.pages(), self.window, page)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
