"""Preferences ▸ Voices: the provider a new job starts with, what is spoken, and how lines are sent.

Each value is also a control of the window (the toolbar's provider, Tools ▸ Speak Text in Brackets, the
ElevenLabs entries, Render ▸ Play Next Line Automatically): OK works those controls, so the window
reacts exactly as it does to them (the account opens, the table is costed again) and they show the
new state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from studio.gui.kit import settings
from studio.gui.kit.hint_label import add_hinted_row
from studio.gui.kit.provider_text import normalization_choices, provider_name
from studio.gui.prefs.page import PreferencesPage, page_form
from studio.gui.shell.workspace import Workspace
from studio.providers import PROVIDERS


class VoicesPage(PreferencesPage):
    name = "voices"
    keys = (settings.PROVIDER, settings.STRIP_ANNOTATIONS, settings.TEXT_NORMALIZATION, settings.SEND_CONTEXT,
            settings.AUTO_ADVANCE)

    def __init__(self, window: Workspace, speak_brackets: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.speak_brackets = speak_brackets  # the window's Tools ▸ Speak Text in Brackets
        self.provider_combo = QComboBox(self)
        for name in PROVIDERS:
            self.provider_combo.addItem(provider_name(name), name)
        self.brackets_check = QCheckBox(self.tr("Speak text in brackets"), self)
        self.normalization_combo = QComboBox(self)
        for value, label in normalization_choices().items():
            self.normalization_combo.addItem(label, value)
        self.context_check = QCheckBox(self.tr("Send neighbouring lines as context"), self)
        self.advance_check = QCheckBox(self.tr("Play the next line automatically"), self)
        form = page_form(self)
        add_hinted_row(form, self.tr("Voice provider:"), self.provider_combo,
                       self.tr("The one a new file starts with; a project keeps its own. The voice itself is "
                               "chosen in the Voices menu."))
        add_hinted_row(form, self.tr("Speech:"), self.brackets_check,
                       self.tr("[Notes] and (notes) are usually descriptions for the hearing impaired, not "
                               "dialogue."))
        add_hinted_row(form, self.tr("Text normalisation (ElevenLabs):"), self.normalization_combo,
                       self.tr("Numbers, dates and units spelled out before speaking. It changes the audio, "
                               "not the price."))
        add_hinted_row(form, self.tr("Context (ElevenLabs):"), self.context_check,
                       self.tr("Lines flow together better; a line's price and its cached clip do not change."))
        form.addRow(self.tr("Preview:"), self.advance_check)

    def title(self) -> str:
        return self.tr("Voices")

    def show_values(self, values: dict[str, Any]) -> None:
        self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(values[settings.PROVIDER])))
        self.brackets_check.setChecked(not values[settings.STRIP_ANNOTATIONS])
        normalization = self.normalization_combo.findData(values[settings.TEXT_NORMALIZATION])
        self.normalization_combo.setCurrentIndex(max(0, normalization))
        self.context_check.setChecked(values[settings.SEND_CONTEXT])
        self.advance_check.setChecked(values[settings.AUTO_ADVANCE])

    def values(self) -> dict[str, Any]:
        return {settings.PROVIDER: self.provider_combo.currentData(),
                settings.STRIP_ANNOTATIONS: not self.brackets_check.isChecked(),
                settings.TEXT_NORMALIZATION: self.normalization_combo.currentData(),
                settings.SEND_CONTEXT: self.context_check.isChecked(),
                settings.AUTO_ADVANCE: self.advance_check.isChecked()}

    def store(self, changed: dict[str, Any]) -> None:
        super().store(changed)  # also where a control already showed the value and stays silent
        job = self.window.job
        if settings.PROVIDER in changed:
            job.provider_combo.setCurrentIndex(job.provider_combo.findData(changed[settings.PROVIDER]))
        if settings.STRIP_ANNOTATIONS in changed:
            self.speak_brackets.setChecked(not changed[settings.STRIP_ANNOTATIONS])
        if settings.TEXT_NORMALIZATION in changed:
            for action in job.normalization_group.actions():
                if action.data() == changed[settings.TEXT_NORMALIZATION]:
                    action.trigger()
        if settings.SEND_CONTEXT in changed:
            job.context_action.setChecked(changed[settings.SEND_CONTEXT])
        if settings.AUTO_ADVANCE in changed:
            self.window.render_actions.auto_advance_action.setChecked(changed[settings.AUTO_ADVANCE])
