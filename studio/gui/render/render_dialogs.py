"""What a render asks and tells the user: the questions before it starts and the longer sentences it reports.

Small functions, as in kit/dialogs.py: the controller (render_controller.py) wraps each question in an
`ask_*` method the tests replace, and keeps the order of a render; the wording lives here so the
controller reads as that order and the sentences read together (`RenderDialogs` is their translation
context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.core.recovery import RecoveryReport
from studio.core.render_plan import RenderPlan
from studio.core.render_result import DONE, FAILED, JobResult
from studio.core.spend_guard import SpendCheck
from studio.gui.kit.number_text import counted, short_number, whole_text
from studio.gui.kit.provider_text import message_text, slots_full_text
from studio.gui.money.spend_prompt import ask_spend, plan_question
from studio.providers.voice_guard import SlotCheck, paid_plan_message


class RenderDialogs(QObject):
    """The translation context of these texts."""


def ask_start(parent: QWidget, plan: RenderPlan, slots: SlotCheck, check: SpendCheck, *,
              agreed_cost: float | None, ask_plan: Callable[[RenderPlan, SpendCheck], bool]) -> bool:
    """Show the plan (lines, cost, voices that would take a slot) and the guards' verdict; a price the user
    already accepted (`agreed_cost`) is not asked again, the rest goes to `ask_plan`."""
    if check.refused:
        return ask_spend(parent, check)  # says why; returns False
    if not slots.ok:
        if slots.unknown or slots.paid_plan_required or slots.enough_slots is False:
            QMessageBox.warning(parent, RenderDialogs.tr("Voices Need Slots"), slots_text(slots))
            return False
        names = ", ".join(v.name for v in slots.to_add)
        text = (RenderDialogs.tr("These voices are not in My Voices: %1.\n\nRendering adds them, and each takes one "
                                 "voice slot (%2 of %3 used now). Add them and render?")
                .replace("%1", names).replace("%2", str(slots.voice_slots_used))
                .replace("%3", str(slots.voice_limit)))
        if QMessageBox.question(parent, RenderDialogs.tr("Add Voices to My Voices?"), text) \
                != QMessageBox.StandardButton.Yes:
            return False
    if not check.allowed:
        return ask_spend(parent, check)
    if plan.unit == "none":
        return True  # free: nothing to consent to
    if agreed_cost is not None and plan.estimated_total <= agreed_cost:
        return True
    return ask_plan(plan, check)


def ask_plan(parent: QWidget, plan: RenderPlan, check: SpendCheck) -> bool:
    """What this render will do and cost, before the first request (paid providers)."""
    answer = QMessageBox.question(parent, RenderDialogs.tr("Start Render?"), plan_question(plan, check),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_retry(parent: QWidget, title: str, text: str) -> bool:
    """A problem the user can fix and retry (a full disk, a failing provider): True for Retry."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, parent)
    retry = box.addButton(RenderDialogs.tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def slots_text(slots: SlotCheck) -> str:
    """SlotCheck.message() in the interface language."""
    if slots.paid_plan_required:
        return message_text(paid_plan_message())
    names = ", ".join([v.name for v in slots.to_add] + list(slots.unknown))
    used, limit = slots.voice_slots_used, slots.voice_limit
    if used is not None and limit is not None:
        text = RenderDialogs.tr("%n voice(s) are not in My Voices and would each take a voice slot when used (%1 "
                                "of %2 used): %3. Add them explicitly first.", "", slots.slots_needed)
        text = text.replace("%1", str(used)).replace("%2", str(limit))
    else:
        text = RenderDialogs.tr("%n voice(s) are not in My Voices and would each take a voice slot when used: %3. "
                                "Add them explicitly first.", "", slots.slots_needed)
    text = text.replace("%3", names)
    if slots.enough_slots is False:
        text += " " + slots_full_text(used, limit, slots.slots_needed)
    return text


def recovery_text(report: RecoveryReport) -> str:
    """What recovery found, in the interface language ("" when nothing was interrupted)."""
    if not report.interrupted:
        return ""
    parts = [RenderDialogs.tr("%n request(s) of an interrupted render were found.", "", report.interrupted)]
    if report.recovered:
        parts.append(RenderDialogs.tr("%n clip(s) were fetched back from the provider's history at no cost.", "",
                                      report.recovered))
    if report.not_found:
        parts.append(RenderDialogs.tr("%n never reached the provider and were not billed.", "", report.not_found))
    if report.in_doubt:
        parts.append(RenderDialogs.tr("%n are not in the provider's history yet: each is looked for there again "
                                      "just before its line is sent.", "", report.in_doubt))
    if report.maybe_billed:
        parts.append(RenderDialogs.tr("%n may have been billed by the provider, which keeps no history to fetch "
                                      "them from: they are rendered again.", "", report.maybe_billed))
    if report.note:
        parts.append(RenderDialogs.tr("The API key may not read the speech history: give it the History (read) "
                                      "permission so interrupted requests can be fetched back."))
    return " ".join(parts)


def finished_text(result: JobResult) -> str:
    """A render that ran to its end: how many lines are done, and how many failed."""
    failed = result.count(FAILED)
    done = result.count(DONE)
    if not failed:
        return counted(RenderDialogs.tr("Render finished: %n line(s) done.", "", done), done)
    return counted(RenderDialogs.tr("Render finished: %n line(s) done, %2 failed (see their status).", "", done),
                   done).replace("%2", whole_text(failed))


def cost_differs_text(result: JobResult) -> str:
    """The provider charged more than 5 % away from the estimate."""
    return (RenderDialogs.tr("The provider charged %1 where %2 was estimated (more than 5 % apart). The model "
                             "prices are being read again so the next estimates match.")
            .replace("%1", short_number(result.ledger.actual))
            .replace("%2", short_number(result.ledger.estimated)))
