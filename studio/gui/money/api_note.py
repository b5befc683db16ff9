"""The answer to "will it cost more via the API?" that the balance panel's link opens, worded after
ElevenLabs' own docs. Its strings keep the BalancePanel translation context of the panel that shows them."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from studio.gui.kit import money_text
from studio.providers.base import Balance


def api_note_text(balance: Balance | None, tz: tzinfo | None) -> str:
    """The note's paragraphs; the last one says when the credits come back when the balance knows."""
    paragraphs = [
        QCoreApplication.translate(
            "BalancePanel", "No. The API and the ElevenLabs website spend the same credits from the same "
            "balance: there is nothing separate to pay for the API while you have credits."),
        QCoreApplication.translate(
            "BalancePanel", "A line costs credits per character, at a rate that depends on the model. ElevenLabs' "
            "help centre says API generations are discounted (see their API pricing page), so a "
            "line should not cost more through the API. This app's estimates use the rates the "
            "API reports."),
        QCoreApplication.translate(
            "BalancePanel", "One difference: the website normalises text before speaking it (numbers, dates, "
            "abbreviations). Through the API this is the apply_text_normalization option (auto, "
            "on or off), which this app offers as a setting. With it off, write numbers and "
            "dates as words."),
        QCoreApplication.translate(
            "BalancePanel", "Your credits are refilled at each reset, every month on a monthly plan."),
    ]
    if balance is not None and balance.resets_at is not None:
        paragraphs[-1] += " " + money_text.reset_sentence(balance.resets_at, balance.unit, tz) + "."
    return "\n\n".join(paragraphs)
