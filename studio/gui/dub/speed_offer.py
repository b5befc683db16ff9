"""Render ▸ Render Line Faster…: offer to re-render a line that is too long at a faster speaking speed.

The timeline speeds a long clip up with atempo, which sounds processed past ~1.15×, and reports the
lines that still overflow. ElevenLabs and Narakeet can speak faster themselves, naturally, but a new
render costs; so this is an offer for one line at a time, with the price and the expected result shown
before anything is sent, and it goes through the same plan, voice and spend guards as any render.
The chosen speed is a per-line setting (saved in the project, undoable), so the clip stays valid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from studio.core.clip_spec import SPEED_MAX, SPEED_MIN
from studio.core.speed_offer import SpeedOffer, offer_for, wants_offer
from studio.gui.kit import settings
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import decimal_text, seconds_text, short_number, sign_speed_spin, whole_text
from studio.gui.table import commands

if TYPE_CHECKING:
    from studio.gui.dub.dub_state import DubState
    from studio.gui.shell.workspace import Workspace


class SpeedOfferDialog(QDialog):
    """The offer for one line; the speed can be changed and the prediction and price follow it."""

    def __init__(self, parent: QWidget | None, offer: SpeedOffer, offer_at: Callable[[float], SpeedOffer | None],
                 unit: str, overflow_ms: int, stretched: float) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Render Line Faster"))
        self._offer_at, self._unit, self.offer = offer_at, unit, offer
        layout = QVBoxLayout(self)
        if overflow_ms > 0 and stretched > 1.0:
            problem = (self.tr("Line %1 is still %2 ms too long for its place, even sped up %3×.")
                       .replace("%2", whole_text(overflow_ms)))
        elif overflow_ms > 0:
            problem = self.tr("Line %1 is %2 ms too long for its place.").replace("%2",
                                                                                   whole_text(overflow_ms))
        else:
            problem = self.tr("Line %1 fits only sped up %3×, which can sound processed.")
        problem = problem.replace("%1", str(offer.line)).replace("%3", short_number(stretched))
        intro = QLabel(problem + "\n\n" + self.tr("The voice can say it faster itself, which sounds natural, "
                                                "but the line is rendered and paid again."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        form = QFormLayout()
        self.speed = QDoubleSpinBox()
        self.speed.setRange(SPEED_MIN, SPEED_MAX)
        self.speed.setSingleStep(0.01)
        self.speed.setDecimals(2)
        sign_speed_spin(self.speed)
        self.speed.setValue(offer.speed)
        form.addRow(self.tr("Speaking speed (now %1×):").replace("%1", short_number(offer.current_speed)),
                    self.speed)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        form.addRow(self.tr("Expected:"), self.result_label)
        self.cost_label = QLabel()
        self.cost_label.setObjectName("speedOfferCost")
        form.addRow(self.tr("Cost:"), self.cost_label)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.render_button = QPushButton()
        self.render_button.setDefault(True)
        buttons.addButton(self.render_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.speed.valueChanged.connect(self._update)
        self._update(offer.speed)
        self.setMinimumWidth(460)

    def _update(self, speed: float) -> None:
        offer = self._offer_at(round(speed, 2))
        self.render_button.setEnabled(offer is not None)
        if offer is None:
            self.result_label.setText(self.tr("No change at this speed."))
            self.cost_label.setText("")
            return
        self.offer = offer
        room, spoken = seconds_text(offer.room_ms), seconds_text(offer.predicted_ms)
        if not offer.fits:
            text = self.tr("about %1 s of speech for %2 s of room: still %4 ms too long.")
        elif offer.predicted_stretch > 1.0:
            text = self.tr("about %1 s of speech for %2 s of room: fits with a %3× speed-up.")
        else:
            text = self.tr("about %1 s of speech for %2 s of room: fits without speed-up.")
        self.result_label.setText(text.replace("%1", spoken).replace("%2", room)
                                  .replace("%3", short_number(offer.predicted_stretch))
                                  .replace("%4", whole_text(offer.predicted_overflow_ms)))
        if offer.cached:
            self.cost_label.setText(self.tr("free: already rendered at this speed"))
        else:
            self.cost_label.setText(amount_text(offer.cost, self._unit))
        self.render_button.setText(self.tr("Render at %1×").replace("%1", decimal_text(offer.speed, 2)))


class SpeedOfferActions(QObject):
    """The action, enabled on a line the last timeline build found too long or sped up."""

    def __init__(self, window: Workspace, dub: DubState) -> None:
        super().__init__(window)
        self.window, self.dub = window, dub
        self.action = QAction(self.tr("Render Line &Faster…"), window)
        self.action.setStatusTip(self.tr("Render the line again at a faster speaking speed of the voice "
                                         "(ElevenLabs, Narakeet), with its cost shown first"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.offer_current)
        self.clear_action = QAction(self.tr("&Use the Voice's Speed for Line"), window)
        self.clear_action.setStatusTip(self.tr("Forget this line's own speaking speed"))
        self.clear_action.setEnabled(False)
        self.clear_action.triggered.connect(self.clear_current)
        dub.dub_ready.connect(lambda _result: self.update_enabled())
        window.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_enabled())
        window.model.document_changed.connect(self.update_enabled)

    # --- what is on offer -----------------------------------------------------------------------

    def _placement(self, row: int):  # noqa: ANN202
        result = self.dub.result
        if result is None or not 0 <= row < len(result.placements) or row >= self.window.model.rowCount():
            return None
        return result.placements[row]

    def offer(self, row: int, speed: float | None = None) -> SpeedOffer | None:
        """The offer for row at speed (default: the suggested one), from the last timeline build."""
        placement = self._placement(row)
        controller = self.window.render_actions.controller
        if placement is None or controller.cache is None:
            return None
        if speed is None and not wants_offer(placement):
            return None
        return offer_for(self.window.model.cue(row), placement, self.window.job.render_settings(),
                         controller.session.tariff, settings.get(settings.MAX_SPEED), controller.cache.contains,
                         speed)

    def update_enabled(self) -> None:
        row = self.window.current_row()
        self.action.setEnabled(row >= 0 and self.offer(row) is not None)
        self.clear_action.setEnabled(row >= 0 and self.window.model.cue(row).speed is not None)

    # --- acting on it -----------------------------------------------------------------------------

    def offer_current(self) -> bool:
        """Show the offer for the current line; on acceptance set its speed and render it. False: nothing done."""
        row = self.window.current_row()
        offer = self.offer(row) if row >= 0 else None
        if offer is None:
            self.window.show_status(self.tr("Nothing to offer: the line fits, has no clip yet, or the provider "
                                            "has no speaking speed (ElevenLabs and Narakeet have one)."))
            return False
        placement = self._placement(row)
        chosen = self.ask_offer(offer, lambda speed: self.offer(row, speed),
                                self.window.render_actions.controller.session.tariff.unit,
                                placement.overflow_ms, placement.speed)
        if chosen is None:
            return False
        self.set_speed(row, chosen.speed)
        return self.window.render_actions.controller.render(rows=[row], agreed_cost=chosen.cost)

    def set_speed(self, row: int, speed: float | None) -> None:
        cue = self.window.model.cue(row)
        if cue.speed == speed:
            return
        text = (self.tr("Set speaking speed of line %1").replace("%1", str(row + 1)) if speed is not None else
                self.tr("Use the voice's speed for line %1").replace("%1", str(row + 1)))
        commands.push(self.window.model, commands.SetCueCommand(self.window.model, row, cue.with_speed(speed), text))

    def clear_current(self) -> None:
        row = self.window.current_row()
        if row >= 0:
            self.set_speed(row, None)

    # --- questions (tests replace this) -------------------------------------------------------------

    def ask_offer(self, offer: SpeedOffer, offer_at: Callable[[float], SpeedOffer | None], unit: str,
                  overflow_ms: int, stretched: float) -> SpeedOffer | None:
        dialog = SpeedOfferDialog(self.window, offer, offer_at, unit, overflow_ms, stretched)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.offer if dialog.exec() == QDialog.DialogCode.Accepted else None
