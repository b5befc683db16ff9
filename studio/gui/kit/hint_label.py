"""The secondary text under a field (what it does, what to expect), the same in every dialog."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QSizePolicy, QWidget


class HintLabel(QLabel):
    """A wrapped label as tall as its lines at the width it has. QLabel guesses the height of wrapped text
    for a narrow width, and a form lays its rows out by that guess: a one-line hint got two lines'
    room, a blank line under it."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width())) if self.testAttribute(
            Qt.WidgetAttribute.WA_WState_Created) and self.width() > 1 else hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height follows the new width


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Wrapped, in the theme's placeholder colour, and at the top of its row."""
    label = HintLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setContentsMargins(0, 0, 0, 6)  # room before the next field: a hint belongs to the one above
    # As wide as the form lets it be, where the fields beside it keep their own width. The label's own
    # policy, widened: it says the height follows the width, without which a form sizes the hint for a
    # narrow column and leaves blank lines under it.
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    return label


def add_hinted_row(form: QFormLayout, label: str, field: QWidget | QLayout, hint: str = "") -> None:
    """A form row, then its hint under the field (none when hint is empty)."""
    form.addRow(label, field)
    if hint:
        form.addRow("", hint_label(hint, form.parentWidget()))
