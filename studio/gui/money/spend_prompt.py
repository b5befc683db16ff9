"""The spend guard's words in the window: why nothing was sent, or what going ahead would bill.

The verdict comes from studio.core.spend_guard (the same one the CLI uses); this module only says it,
translated, with the amounts in the provider's unit, and asks for consent when consent is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.core.render_plan import RenderPlan
from studio.core.spend_guard import SpendCheck, Verdict
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import counted


def spend_message(check: SpendCheck) -> tuple[str, str]:
    """(title, sentence) for a verdict that is not a plain yes."""
    cost = amount_text(check.cost, check.unit)
    left = amount_text(check.remaining, check.unit)
    if check.verdict is Verdict.OVER_BALANCE:
        return (QCoreApplication.translate("SpendPrompt", "Not Enough Credits"),
                QCoreApplication.translate(
                    "SpendPrompt", "This needs %1 but your account has %2 left, and usage-based billing is off. "
                    "Nothing was sent and nothing was spent.\n\nRender fewer lines (select them first), "
                    "wait for your credits to reset, or top up on the provider's site.")
                .replace("%1", cost).replace("%2", left))
    if check.verdict is Verdict.OVER_BUDGET:
        return (QCoreApplication.translate("SpendPrompt", "Over Your Budget"),
                QCoreApplication.translate(
                    "SpendPrompt", "This needs %1, more than your budget of %2 per job. Nothing was sent.\n\n"
                    "Render fewer lines, or raise the budget in Tools ▸ Budget per Job.")
                .replace("%1", cost).replace("%2", amount_text(check.budget, check.unit)))
    if check.verdict is Verdict.CONFIRM_OVERAGE:
        return (QCoreApplication.translate("SpendPrompt", "Go Over Your Credits?"),
                QCoreApplication.translate(
                    "SpendPrompt", "This needs %1 but your account has %2 left. Usage-based billing is on, so "
                    "%3 would be billed as overage on top of your plan.\n\nGo ahead and pay the overage?")
                .replace("%1", cost).replace("%2", left)
                .replace("%3", amount_text(check.overage, check.unit)))
    if check.verdict is Verdict.CONFIRM_UNKNOWN:
        return (QCoreApplication.translate("SpendPrompt", "Balance Unknown"),
                QCoreApplication.translate(
                    "SpendPrompt", "This needs %1, and your balance could not be read just now (see the account "
                    "panel). Go ahead anyway?").replace("%1", cost))
    return "", ""


class SpendPrompt(QObject):
    """The translation context of this module's plurals (tr with a count needs a QObject class)."""


def plan_question(plan: RenderPlan, check: SpendCheck) -> str:
    """What a render will do and cost, asked before the first request (paid providers)."""
    after = None if check.remaining is None else check.remaining - check.cost
    asked = SpendPrompt.tr("Render %n line(s) for %2?\n\nBalance now: %3\nAfter this render: %4\n\n"
                           "Lines already rendered are not paid again.", "", plan.requests)
    text = (counted(asked, plan.requests)
        .replace("%2", amount_text(plan.estimated_total, plan.unit))
        .replace("%3", amount_text(check.remaining, plan.unit))
        .replace("%4", amount_text(after, plan.unit)))
    reusing = len(plan.lines) - plan.requests
    if reusing:
        # "Render 21 lines" for 300 cues: the other 279 say the same thing as one of those 21.
        text += " " + counted(SpendPrompt.tr("%n other line(s) say the same as one of these and reuse its "
                                             "clip at no cost.", "", reusing), reusing)
    return text


def ask_spend(parent: QWidget | None, check: SpendCheck) -> bool:
    """True when the job may go ahead: allowed outright, or confirmed by the user."""
    if check.allowed:
        return True
    title, text = spend_message(check)
    if check.refused:
        QMessageBox.warning(parent, title, text)
        return False
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(QCoreApplication.translate("SpendPrompt", "Go Ahead"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # spending more is never the default
    box.exec()
    return box.clickedButton() is go
