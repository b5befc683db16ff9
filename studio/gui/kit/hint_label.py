"""The secondary text under a field (what it does, what to expect), the same in every dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QSizePolicy, QWidget


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Wrapped, in the theme's placeholder colour, and at the top of its row: a form may give a wrapped
    label more height than its lines take, and centred text would float away from its field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    # As wide as the form lets it be, where the fields beside it keep their own width.
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def add_hinted_row(form: QFormLayout, label: str, field: QWidget | QLayout, hint: str = "") -> None:
    """A form row, then its hint under the field (none when hint is empty)."""
    form.addRow(label, field)
    if hint:
        form.addRow("", hint_label(hint, form.parentWidget()))
