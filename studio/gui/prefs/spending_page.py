"""Preferences ▸ Spending: the most one job may cost, and how many lines render at once.

Both are read when a render or a preview starts, so storing them is all OK has to do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from studio.gui.kit import settings
from studio.gui.kit.hint_label import add_hinted_row
from studio.gui.prefs.page import PreferencesPage, page_form


class SpendingPage(PreferencesPage):
    name = "spending"
    keys = (settings.BUDGET_CAP, settings.CONCURRENCY)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget_spin = QDoubleSpinBox(self)
        self.budget_spin.setRange(0, 10**9)
        self.budget_spin.setDecimals(0)
        self.budget_spin.setSingleStep(100)
        self.budget_spin.setSpecialValueText(self.tr("No limit"))
        self.concurrency_spin = QSpinBox(self)
        self.concurrency_spin.setRange(0, 64)
        self.concurrency_spin.setSpecialValueText(self.tr("As many as the plan allows"))
        form = page_form(self)
        add_hinted_row(form, self.tr("Budget per job:"), self.budget_spin, self.tr(
            "The most that one render or one voice preview may cost: a job over it is refused before anything "
            "is sent. ElevenLabs counts in credits, Narakeet in seconds of audio; the offline voice is free. "
            "A job over your balance, or whose balance cannot be read, is always asked about first."))
        add_hinted_row(form, self.tr("Requests at once:"), self.concurrency_spin, self.tr(
            "How many lines render at the same time. A lower number leaves room for other apps using the "
            "same account; the plan's limit is never exceeded."))

    def title(self) -> str:
        return self.tr("Spending")

    def show_values(self, values: dict[str, Any]) -> None:
        self.budget_spin.setValue(values[settings.BUDGET_CAP])
        self.concurrency_spin.setValue(values[settings.CONCURRENCY])

    def values(self) -> dict[str, Any]:
        return {settings.BUDGET_CAP: float(self.budget_spin.value()),
                settings.CONCURRENCY: self.concurrency_spin.value()}
