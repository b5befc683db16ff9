"""The Preferences window: the pages listed on the left, the one chosen on the right (as in Qt Creator
or Subtitle Edit), OK / Cancel / Restore Defaults under them.

OK stores every page's changes (each page's window reacts then), Cancel drops them, Restore Defaults
shows the current page's defaults (stored only on OK). The page shown last and the window's size are
remembered. Each page scrolls, so a tall one still fits a small laptop screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from studio.gui.kit import settings
from studio.gui.prefs.page import PreferencesPage


class PreferencesDialog(QDialog):
    def __init__(self, pages: list[PreferencesPage], parent: QWidget | None = None, page: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.pages = pages
        self.page_list = QListWidget(self)
        self.stack = QStackedWidget(self)
        row_height = self.fontMetrics().height() * 2  # rows as roomy as a sidebar's, not a dense list
        for each in pages:
            each.load()
            item = QListWidgetItem(each.title(), self.page_list)
            item.setSizeHint(QSize(0, row_height))
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(each)
            self.stack.addWidget(scroll)
        widest = max(self.fontMetrics().horizontalAdvance(each.title()) for each in pages)
        self.page_list.setFixedWidth(widest + 2 * self.page_list.frameWidth() + 40)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.page_list.currentRowChanged.connect(self._show_row)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel | buttons.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = self.buttons.button(buttons.RestoreDefaults)
        self.restore_button.setToolTip(self.tr("Show this page's defaults; OK keeps them"))
        self.restore_button.clicked.connect(lambda: self.current_page().restore_defaults())
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        geometry = settings.get(settings.PREFS_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(780, 560)
        self.show_page(page or settings.get(settings.PREFS_PAGE))

    def show_page(self, name: str) -> PreferencesPage:
        """Show the page called name (the first one when there is none by that name)."""
        names = [each.name for each in self.pages]
        self.page_list.setCurrentRow(names.index(name) if name in names else 0)
        return self.current_page()

    def current_page(self) -> PreferencesPage:
        return self.pages[max(0, self.page_list.currentRow())]

    def page(self, name: str) -> PreferencesPage:
        return next(each for each in self.pages if each.name == name)

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.heading.setText(self.pages[row].title())

    def accept(self) -> None:
        for each in self.pages:
            each.apply()
        self._remember()
        super().accept()

    def reject(self) -> None:
        self._remember()
        super().reject()

    def _remember(self) -> None:
        settings.put(settings.PREFS_PAGE, self.current_page().name)
        settings.put(settings.PREFS_GEOMETRY, self.saveGeometry())
