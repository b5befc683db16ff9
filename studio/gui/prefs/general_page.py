"""Preferences ▸ General: the interface language and theme, what opens at start, the recent files.

A new language applies from the next start: OK works View ▸ Language, which offers to restart now (after
the Preferences window has closed). A new theme applies at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QMenu, QSpinBox, QWidget

from studio.gui.kit import settings
from studio.gui.kit.hint_label import add_hinted_row
from studio.gui.prefs.page import PreferencesPage, page_form
from studio.gui.shell import i18n, theme


class GeneralPage(PreferencesPage):
    name = "general"
    keys = (settings.LANGUAGE, settings.THEME, settings.REOPEN_LAST, settings.WELCOME_DONE, settings.RECENT_MAX)

    def __init__(self, language_menu: QMenu | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_menu = language_menu  # View ▸ Language, whose choice offers the restart
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each in its own name, as in View ▸ Language
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(self.tr("Follow the system"), "")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.reopen_check = QCheckBox(self.tr("Reopen the last file"), self)
        self.welcome_check = QCheckBox(self.tr("Show the welcome window"), self)
        self.recent_spin = QSpinBox(self)
        self.recent_spin.setRange(1, 30)
        form = page_form(self)
        add_hinted_row(form, self.tr("Language:"), self.language_combo,
                       self.tr("Applies the next time Dubbing Studio starts."))
        form.addRow(self.tr("Theme:"), self.theme_combo)
        form.addRow(self.tr("At start:"), self.reopen_check)
        add_hinted_row(form, "", self.welcome_check,
                       self.tr("A file named on the command line or opened from the file manager opens instead "
                               "of the last one."))
        form.addRow(self.tr("Recent files listed:"), self.recent_spin)

    def title(self) -> str:
        return self.tr("General")

    def show_values(self, values: dict[str, Any]) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(values[settings.LANGUAGE])))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(values[settings.THEME])))
        self.reopen_check.setChecked(values[settings.REOPEN_LAST])
        self.welcome_check.setChecked(not values[settings.WELCOME_DONE])
        self.recent_spin.setValue(values[settings.RECENT_MAX])

    def values(self) -> dict[str, Any]:
        return {settings.LANGUAGE: self.language_combo.currentData(),
                settings.THEME: self.theme_combo.currentData(),
                settings.REOPEN_LAST: self.reopen_check.isChecked(),
                settings.WELCOME_DONE: not self.welcome_check.isChecked(),
                settings.RECENT_MAX: self.recent_spin.value()}

    def store(self, changed: dict[str, Any]) -> None:
        language = changed.pop(settings.LANGUAGE, None)
        super().store(changed)
        if settings.THEME in changed:
            theme.follow_system(QApplication.instance())  # keeps the stored scheme, or follows the system
        if language is not None:
            # After the Preferences window closes: the restart offer must not stack on it.
            menu = self.language_menu
            QTimer.singleShot(0, lambda: choose_language(menu, language))


def choose_language(menu: QMenu | None, code: str) -> None:
    """Choose code in View ▸ Language (which remembers it and offers to restart), or just remember it."""
    for action in menu.actions() if menu is not None else []:
        if action.isCheckable() and action.data() == code:
            action.trigger()
            return
    settings.put(settings.LANGUAGE, code)
