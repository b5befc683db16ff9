"""Line ▸ Alternative Text…: a shorter wording the voice says instead of the subtitle (the fit ladder's
rung "alt_text"), shown with its own characters per second and price before anything is rendered."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from studio.core.cues import Cue
from studio.gui.table import commands
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import decimal_text

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace

Pricing = Callable[[Cue], "tuple[float | None, str]"]  # the cue -> (its price, or None: nothing to say; unit)


class AltTextDialog(QDialog):
    """Edit one line's alternative wording; the label under it says how fast and how dear it is."""

    def __init__(self, parent: QWidget | None, cue: Cue, price: Pricing) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alternative Text"))
        self._cue, self._price = cue, price
        original = QLabel(self.tr("Subtitle: %1 (%2 characters per second)").replace("%1", cue.text.replace(
            "\n", " ")).replace("%2", decimal_text(cue.cps(), 1)), self)
        original.setWordWrap(True)
        self.edit = QLineEdit(cue.alt_text or "", self)
        self.edit.setPlaceholderText(self.tr("A shorter wording, said instead of the subtitle"))
        self.info = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (original, self.edit, self.info, buttons):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(520)

    def _update(self) -> None:
        cue = self._cue.with_alt_text(self.edit.text())
        if cue.alt_text is None:
            self.info.setText(self.tr("Empty: the voice says the subtitle."))
            return
        cost, unit = self._price(cue)
        text = self.tr("%1 characters per second").replace("%1", decimal_text(cue.alt_cps(), 1))
        if cost is not None:
            text += " · " + self.tr("rendering it costs %1").replace("%1", amount_text(cost, unit))
        self.info.setText(text)

    def alt_text(self) -> str | None:
        return self._cue.with_alt_text(self.edit.text()).alt_text


class AltTextActions(QObject):
    """The action on the current line; the edit goes through the undo stack like any other."""

    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Alternative &Text…"), window)
        self.action.setStatusTip(self.tr("A shorter wording for a line too long for its slot, with its cost"))
        self.action.triggered.connect(self.edit_current)

    def price(self, cue: Cue) -> tuple[float | None, str]:
        controller = self.window.render_actions.controller
        tariff = controller.session.tariff
        spec = self.window.job.render_settings().spec_for(cue)
        if spec is None:
            return None, tariff.unit
        cached = controller.cache is not None and controller.cache.contains(spec.key)
        return (0.0 if cached else tariff.cost(spec)), tariff.unit

    def edit_current(self) -> bool:
        row = self.window.current_row()
        if row < 0:
            return False
        cue = self.window.model.cue(row)
        chosen = self.ask(cue)
        if chosen is None or chosen == (cue.alt_text or ""):
            return False
        self.set_alt_text(row, chosen or None)
        return True

    def set_alt_text(self, row: int, alt_text: str | None) -> None:
        cue = self.window.model.cue(row)
        text = self.tr("Alternative text of line %1").replace("%1", str(row + 1))
        commands.push(self.window.model, commands.SetCueCommand(self.window.model, row, cue.with_alt_text(alt_text),
                                                                text))

    def ask(self, cue: Cue) -> str | None:
        """The wording chosen ("" clears it), or None when cancelled (tests replace this)."""
        dialog = AltTextDialog(self.window, cue, self.price)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return (dialog.alt_text() or "") if dialog.exec() == QDialog.DialogCode.Accepted else None
