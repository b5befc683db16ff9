"""Edit ▸ Synchronize dialogs: shift lines by an offset (or to a first-line time), stretch between two
sync points. They only collect values; RetimeActions makes the one undoable edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
                               QLineEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from studio.core.timecode import TimecodeError, format_ms, parse_ms
from studio.gui.kit.number_text import whole_text


@dataclass(frozen=True)
class ShiftChoice:
    """Shift by delta_ms, or (to_ms set) so that the first line concerned starts at to_ms."""

    selected_only: bool
    delta_ms: int = 0
    to_ms: int | None = None


def _hint(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _time_field(parent: QWidget, ms: int) -> QLineEdit:
    field = QLineEdit(format_ms(ms), parent)
    field.setPlaceholderText("00:01:02,500")
    return field


def _lay_out(dialog: QDialog, form: QFormLayout) -> QLabel:
    """The form, a line for what is wrong with what was typed (returned), then OK and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                               dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    error = _hint(dialog, "")
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(440)
    return error


class ShiftDialog(QDialog):
    """Show earlier or later: all lines or the selection, by an offset or to a first-line time."""

    def __init__(self, parent: QWidget | None, selected: int, first_ms: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift Times"))
        self.all_radio = QRadioButton(self.tr("&All lines"), self)
        self.selected_radio = QRadioButton(self.tr("&Selected lines (%1)").replace("%1", whole_text(selected)),
                                           self)
        lines = QButtonGroup(self)
        for radio in (self.all_radio, self.selected_radio):
            lines.addButton(radio)
        self.selected_radio.setEnabled(selected > 1)
        (self.selected_radio if selected > 1 else self.all_radio).setChecked(True)
        self.by_radio = QRadioButton(self.tr("Shift &by:"), self)
        self.to_radio = QRadioButton(self.tr("&First line starts at:"), self)
        how = QButtonGroup(self)
        for radio in (self.by_radio, self.to_radio):
            how.addButton(radio)
        self.by_radio.setChecked(True)
        self.seconds_spin = QDoubleSpinBox(self)
        self.seconds_spin.setRange(-36000.0, 36000.0)
        self.seconds_spin.setDecimals(3)
        self.seconds_spin.setSingleStep(0.1)
        self.seconds_spin.setSuffix(self.tr(" s"))
        self.seconds_spin.setLocale(QLocale())
        self.to_field = _time_field(self, first_ms)
        self.to_field.textEdited.connect(lambda _text: self.to_radio.setChecked(True))
        self.seconds_spin.valueChanged.connect(lambda _value: self.by_radio.setChecked(True))
        form = QFormLayout()
        form.addRow(self.tr("Lines:"), self.all_radio)
        form.addRow("", self.selected_radio)
        form.addRow(self.by_radio, self.seconds_spin)
        form.addRow("", _hint(self, self.tr("Negative: the lines show earlier. Positive: later.")))
        form.addRow(self.to_radio, self.to_field)
        self.error_label = _lay_out(self, form)

    def choice(self) -> ShiftChoice | None:
        """What was asked, or None when the time typed is not a time (the dialog says so)."""
        selected = self.selected_radio.isChecked()
        if self.by_radio.isChecked():
            return ShiftChoice(selected, round(self.seconds_spin.value() * 1000))
        try:
            return ShiftChoice(selected, to_ms=parse_ms(self.to_field.text()))
        except TimecodeError:
            self.error_label.setText(self.tr("“%1” is not a time: type it as 00:01:02,500.")
                                     .replace("%1", self.to_field.text().strip()))
            return None

    def accept(self) -> None:
        if self.choice() is not None:
            super().accept()


@dataclass(frozen=True)
class SyncPoint:
    row: int  # 0-based source row
    new_ms: int  # where its start should be


class StretchDialog(QDialog):
    """Two lines whose right start times the user knows; everything is mapped linearly between them."""

    def __init__(self, parent: QWidget | None, starts: list[int], first: int, last: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stretch Between Two Lines"))
        self._starts = starts
        self.row_spins: list[QSpinBox] = []
        self.time_fields: list[QLineEdit] = []
        form = QFormLayout()
        for label, row in ((self.tr("First sync line:"), first), (self.tr("Second sync line:"), last)):
            spin = QSpinBox(self)
            spin.setRange(1, len(starts))
            spin.setValue(row + 1)
            field = _time_field(self, starts[row])
            spin.valueChanged.connect(lambda value, f=field: f.setText(format_ms(self._starts[value - 1])))
            form.addRow(label, spin)
            form.addRow(self.tr("should start at:"), field)
            self.row_spins.append(spin)
            self.time_fields.append(field)
        form.addRow("", _hint(self, self.tr("Every line is moved and stretched in proportion, so that both "
                                            "lines start where you say: for subtitles made for another "
                                            "cut or frame rate.")))
        self.error_label = _lay_out(self, form)

    def points(self) -> tuple[SyncPoint, SyncPoint] | None:
        points = []
        for spin, field in zip(self.row_spins, self.time_fields):
            try:
                points.append(SyncPoint(spin.value() - 1, parse_ms(field.text())))
            except TimecodeError:
                self.error_label.setText(self.tr("“%1” is not a time: type it as 00:01:02,500.")
                                         .replace("%1", field.text().strip()))
                return None
        if self._starts[points[0].row] == self._starts[points[1].row]:
            self.error_label.setText(self.tr("Choose two lines that start at different times."))
            return None
        return points[0], points[1]

    def accept(self) -> None:
        if self.points() is not None:
            super().accept()
