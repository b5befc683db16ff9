"""How clips are fitted to their slots, and the loudness of exports: the fields of Preferences ▸ Timing
(Tools ▸ Timing… opens that page).

The form only shows and collects values (TimingChoices); the page stores them (settings.py) and refits
the dub, so the form can be shown and read by tests without touching the user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QSpinBox, QWidget

from studio.core.fit import OVERLAP, PUSH
from studio.gui.kit import settings
from studio.gui.kit.hint_label import add_hinted_row
from studio.gui.kit.number_text import sign_speed_spin


@dataclass(frozen=True)
class TimingChoices:
    max_speed: float = 1.25
    borrow_ms: int = 1000
    overflow: str = OVERLAP
    normalize: bool = False
    target_lufs: float = -16.0
    max_speed_step: float = 0.0  # rate smoothing between neighbouring lines (0: off)

    @classmethod
    def from_settings(cls) -> TimingChoices:
        return cls(settings.get(settings.MAX_SPEED), settings.get(settings.BORROW_MS),
                   settings.get(settings.OVERFLOW_POLICY), settings.get(settings.NORMALIZE),
                   settings.get(settings.TARGET_LUFS), settings.get(settings.MAX_SPEED_STEP))

    def save(self) -> None:
        settings.put(settings.MAX_SPEED, self.max_speed)
        settings.put(settings.BORROW_MS, self.borrow_ms)
        settings.put(settings.OVERFLOW_POLICY, self.overflow)
        settings.put(settings.NORMALIZE, self.normalize)
        settings.put(settings.TARGET_LUFS, self.target_lufs)
        settings.put(settings.MAX_SPEED_STEP, self.max_speed_step)


class TimingForm(QWidget):
    """The fitting rules' fields, with a hint under each."""

    def __init__(self, parent: QWidget | None = None, choices: TimingChoices | None = None) -> None:
        super().__init__(parent)
        choices = choices or TimingChoices.from_settings()
        self.speed_spin = QDoubleSpinBox(self)
        self.speed_spin.setRange(1.0, 2.0)
        self.speed_spin.setDecimals(2)
        self.speed_spin.setSingleStep(0.05)
        sign_speed_spin(self.speed_spin)
        self.smooth_spin = QDoubleSpinBox(self)
        self.smooth_spin.setRange(0.0, 0.5)
        self.smooth_spin.setDecimals(2)
        self.smooth_spin.setSingleStep(0.01)
        self.smooth_spin.setSpecialValueText(self.tr("Off"))
        self.smooth_spin.setSuffix(self.tr(" ×"))
        self.borrow_spin = QSpinBox(self)
        self.borrow_spin.setRange(0, 2000)
        self.borrow_spin.setSingleStep(100)
        self.borrow_spin.setSuffix(self.tr(" ms"))
        self.policy_combo = QComboBox(self)
        self.policy_combo.addItem(self.tr("Let it overlap the next line"), OVERLAP)
        self.policy_combo.addItem(self.tr("Push the following lines later"), PUSH)
        self.normalize_check = QCheckBox(self.tr("Normalise loudness to"), self)
        self.lufs_spin = QDoubleSpinBox(self)
        self.lufs_spin.setRange(-40.0, -5.0)
        self.lufs_spin.setDecimals(1)
        self.lufs_spin.setSuffix(self.tr(" LUFS"))
        self.normalize_check.toggled.connect(self.lufs_spin.setEnabled)

        form = QFormLayout()
        add_hinted_row(form, self.tr("Speed up at most:"), self.speed_spin,
                       self.tr("Pitch is kept. Beyond about 1.3× speech starts to sound rushed."))
        add_hinted_row(form, self.tr("Speed change between neighbours at most:"), self.smooth_spin,
                       self.tr("Spreads a speed-up over the lines around it, so the voice does not lurch from "
                               "one line to the next."))
        add_hinted_row(form, self.tr("Borrow from the pause after:"), self.borrow_spin,
                       self.tr("A line may run this far into the silence before the next one (50 ms are always "
                               "left)."))
        add_hinted_row(form, self.tr("A line that still does not fit:"), self.policy_combo,
                       self.tr("Per line: right-click it in the table. Speech is never cut."))
        loudness = QHBoxLayout()
        loudness.addWidget(self.normalize_check)
        loudness.addWidget(self.lufs_spin)
        loudness.addStretch(1)
        add_hinted_row(form, self.tr("Exports:"), loudness,
                       self.tr("EBU R128: −16 suits the web, −23 is broadcast."))
        form.setVerticalSpacing(4)
        form.setContentsMargins(0, 0, 0, 0)
        # The numbers and the choice keep their width; the hints take the rest (as on every settings page).
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setLayout(form)
        self.set_choices(choices)

    def set_choices(self, choices: TimingChoices) -> None:
        self.speed_spin.setValue(choices.max_speed)
        self.borrow_spin.setValue(choices.borrow_ms)
        self.policy_combo.setCurrentIndex(max(0, self.policy_combo.findData(choices.overflow)))
        self.normalize_check.setChecked(choices.normalize)
        self.lufs_spin.setValue(choices.target_lufs)
        self.lufs_spin.setEnabled(choices.normalize)
        self.smooth_spin.setValue(choices.max_speed_step)

    def choices(self) -> TimingChoices:
        return TimingChoices(round(self.speed_spin.value(), 2), self.borrow_spin.value(),
                             self.policy_combo.currentData(), self.normalize_check.isChecked(),
                             round(self.lufs_spin.value(), 1), round(self.smooth_spin.value(), 2))

