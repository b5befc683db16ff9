"""Preferences ▸ Timing: the fitting rules and the loudness of exports (the dub package's TimingForm).

OK stores them and refits the dub the window shows, so the timeline shows the new rules at once.
"""

from __future__ import annotations

from dataclasses import astuple
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.gui.dub.timing_form import TimingChoices, TimingForm
from studio.gui.kit import settings
from studio.gui.prefs.page import PreferencesPage
from studio.gui.shell.workspace import Workspace


class TimingPage(PreferencesPage):
    name = "timing"
    # In TimingChoices' field order.
    keys = (settings.MAX_SPEED, settings.BORROW_MS, settings.OVERFLOW_POLICY, settings.NORMALIZE,
            settings.TARGET_LUFS, settings.MAX_SPEED_STEP)

    def __init__(self, window: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.form = TimingForm(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Timing")

    def show_values(self, values: dict[str, Any]) -> None:
        self.form.set_choices(TimingChoices(*(values[key] for key in self.keys)))

    def values(self) -> dict[str, Any]:
        return dict(zip(self.keys, astuple(self.form.choices())))

    def store(self, changed: dict[str, Any]) -> None:
        super().store(changed)
        if self.window.dub.result is not None:
            self.window.dub.refresh()  # the timeline shows the new rules at once
