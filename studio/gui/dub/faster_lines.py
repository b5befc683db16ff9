"""Render ▸ Render N Lines Faster…: accept every offer of the fit ladder at once.

Each line the last timeline build had to stretch (or could not fit) is offered a re-render spoken
faster by the voice itself (ElevenLabs voice_settings.speed, Narakeet voice-speed); the Fit column
shows the offers. This asks one question, with the total price, then gives each line its speed (one
undo step, kept in the project) and renders exactly those lines: the price asked is the price agreed,
so the render asks nothing more, and the balance guards still apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QSizePolicy, QSpacerItem, QWidget

from studio.core.speed_offer import SpeedOffer
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import counted, decimal_text
from studio.gui.table import commands
from studio.gui.table.fit_column import offer_result_text, row_fit

if TYPE_CHECKING:
    from studio.gui.dub.dub_state import DubState
    from studio.gui.shell.workspace import Workspace

Offers = list[tuple[int, SpeedOffer]]  # (0-based row, its offer)


class FasterLinesActions(QObject):
    def __init__(self, window: Workspace, dub: DubState) -> None:
        super().__init__(window)
        self.window, self.dub = window, dub
        self.action = QAction(window)
        self.action.setStatusTip(self.tr("Render every line on offer again, spoken faster by the voice itself "
                                         "instead of stretched, after one question with the total cost"))
        self.action.triggered.connect(self.accept_offers)
        window.model.fits.changed.connect(self.update_action)
        self.update_action()

    def _offered_rows(self) -> list[int]:
        model = self.window.model
        rows = (verdict.line - 1 for verdict in model.fits.rows.offers)
        return [row for row in rows if row < model.rowCount() and row_fit(model, row) is not None]

    def update_action(self) -> None:
        count = len(self._offered_rows())
        self.action.setText(counted(self.tr("Render %n Line(s) Faster…", "", count), count) if count else
                            self.tr("Render Lines Faster…"))
        self.action.setEnabled(count > 0)

    def offers(self) -> Offers:
        """The offers as they stand now (prices follow the cache: a clip rendered since costs nothing)."""
        found = ((row, self.dub.speed_offer.offer(row)) for row in self._offered_rows())
        return [(row, offer) for row, offer in found if offer is not None]

    def accept_offers(self) -> bool:
        """Ask once with the total; on yes set each line's speed and render them. False: nothing done."""
        offers = self.offers()
        if not offers:
            self.window.show_status(self.tr("No line is on offer: render first, or every line fits without "
                                            "stretching."))
            return False
        controller = self.window.render_actions.controller
        total = sum(offer.cost for _row, offer in offers)
        if not self.ask_accept(offers, total, controller.session.tariff.unit):
            return False
        model = self.window.model
        text = counted(self.tr("Speak %n line(s) faster", "", len(offers)), len(offers))
        children = [commands.SetCueCommand(model, row, model.cue(row).with_speed(offer.speed), text)
                    for row, offer in offers]
        commands.push(model, commands.CompositeCommand(text, children))
        return controller.render(rows=[row for row, _offer in offers], agreed_cost=total)

    # --- the question (tests replace it) -------------------------------------------------------------

    def ask_accept(self, offers: Offers, total: float, unit: str) -> bool:
        box = self.question(self.window, offers, total, unit)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        return box.exec() == QMessageBox.StandardButton.Yes

    def question(self, parent: QWidget | None, offers: Offers, total: float, unit: str) -> QMessageBox:
        """The one question: how many lines, the total cost, and per line its speed and what it achieves."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Render Lines Faster"),
                          self.tr("Render %n line(s) again, spoken faster by the voice itself instead of "
                                  "stretched?", "", len(offers)), parent=parent)
        details = []
        for row, offer in offers[:12]:
            result = offer_result_text(offer)
            details.append(self.tr("Line %1: %2× (%3), %4").replace("%1", str(row + 1))
                           .replace("%2", _figure(offer.speed)).replace("%3", result)
                           .replace("%4", amount_text(offer.cost, unit)))
        if len(offers) > 12:
            details.append(counted(self.tr("…and %n more", "", len(offers) - 12), len(offers) - 12))
        box.setInformativeText(self.tr("It costs %1 in total: each line is paid again.").replace(
            "%1", amount_text(total, unit)) + "\n\n" + "\n".join(details))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("Render for %1").replace("%1", amount_text(total, unit)))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        # Room for a line of the list on one line (a message box wraps its text narrow by default).
        grid = box.layout()
        grid.addItem(QSpacerItem(480, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                     grid.rowCount(), 0, 1, grid.columnCount())
        return box


def _figure(speed: float) -> str:
    """1.18 as the interface language writes it ("1,18" in French)."""
    return decimal_text(speed, 2)
