"""The table's Fit column: per line the rung of the fit ladder its clip should need (a forecast, before
anything is paid) or, once its clip is placed on the timeline, the rung it used; "Won't fit" stands out.

The figures are worked out off the GUI thread (studio.core.fit_rows, fed by the dub feature) and kept
here; a cell is a lookup. A line edited since the last pass shows nothing until the next one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication

from studio.core.fit_forecast import OVERFLOW
from studio.core.fit_ladder import (ALT_TEXT, BORROW, NATIVE_SPEED, NONE, STRETCH, TRIM, LadderOffer,
                                    LadderVerdict)
from studio.core.fit_rows import RowFit
from studio.core.speed_offer import SpeedOffer
from studio.gui.kit import colors
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import seconds_text, speed_text, whole_text

if TYPE_CHECKING:
    from studio.gui.table.cue_rows import CueRows


def row_fit(model: CueRows, row: int) -> RowFit | None:
    """The row's fit, when it was worked out for the line as it is now."""
    found = model.fits.rows.row(row)
    spec = model.costs.line(row).spec if found is not None else None
    return found if spec is not None and spec.key == found.key else None


class FitText(QObject):
    """The translation context of these texts: `FitText.tr("...")` (as money_text's MoneyText)."""


def _times(speed: float) -> str:
    return speed_text(speed, 2)


def fit_text(model: CueRows, row: int) -> str:
    found = row_fit(model, row)
    if found is None:
        return ""
    verdict = found.verdict
    if verdict is not None:
        text = _verdict_text(verdict)
        return FitText.tr("%1 · offer").replace("%1", text) if verdict.offer is not None else text
    forecast = found.forecast
    if forecast is None:
        return ""
    return {NONE: FitText.tr("Fits"), BORROW: FitText.tr("Borrows"),
            STRETCH: FitText.tr("Stretch %1").replace("%1", _times(forecast.speed_needed)),
            OVERFLOW: FitText.tr("Won't fit")}.get(forecast.step, "")


def _verdict_text(verdict: LadderVerdict) -> str:
    if verdict.overflow_ms > 0:
        return FitText.tr("Too long")
    return {NONE: FitText.tr("Fits"), TRIM: FitText.tr("Trimmed"),
            BORROW: FitText.tr("Borrowed"), NATIVE_SPEED: FitText.tr("Spoken faster"),
            ALT_TEXT: FitText.tr("Alt. text"),
            STRETCH: FitText.tr("Stretched %1").replace("%1", _times(verdict.speed))}.get(verdict.step, "")


def fit_color(model: CueRows, row: int) -> QColor | None:
    """Red for a line that will not fit (or did not), amber for a stretched one, dimmed for a forecast."""
    found = row_fit(model, row)
    if found is None:
        return None
    palette = QGuiApplication.palette()
    verdict, forecast = found.verdict, found.forecast
    if (verdict is not None and verdict.overflow_ms > 0) or (verdict is None and forecast is not None
                                                              and not forecast.fits):
        return colors.error_color(palette)
    if (verdict.step if verdict is not None else forecast.step if forecast is not None else None) == STRETCH:
        return colors.warning_color(palette)
    return None


def is_news(model: CueRows) -> bool:
    """Whether the column has something to tell: a line that will not fit, or an offer."""
    return bool(model.fits.rows.wont_fit or model.fits.rows.offers)


def fit_tip(model: CueRows, row: int) -> str:
    """Why: the forecast's figures, or the rung used; for an offer, what it would do and its price."""
    found = row_fit(model, row)
    if found is None:
        return ""
    lines = []
    if found.verdict is not None:
        lines.append(_verdict_tip(found.verdict))
        if found.verdict.offer is not None:
            lines.append(_offer_tip(found.verdict, model.fits.rows.unit))
    elif found.forecast is not None:
        forecast = found.forecast
        source = (FitText.tr("Its clip lasts %1 s, for a cue of %2 s (%3 s with the pause it may borrow).")
                  if forecast.measured else
                  FitText.tr("Forecast before rendering: about %1 s of speech at the voice's pace, for a cue of "
                             "%2 s (%3 s with the pause it may borrow)."))
        lines.append(source.replace("%1", seconds_text(forecast.predicted_ms))
                     .replace("%2", seconds_text(forecast.cue_ms)).replace("%3", seconds_text(forecast.room_ms)))
        lines.append({
            NONE: FitText.tr("It should fit as it is."),
            BORROW: FitText.tr("It should fit by borrowing the pause after it."),
            STRETCH: FitText.tr("It should need stretching %1 to fit.").replace(
                "%1", _times(forecast.speed_needed)),
            OVERFLOW: FitText.tr("It will not fit, even stretched to the cap: shorten it (Alternative "
                         "Text…) or give it more time."),
        }.get(forecast.step, ""))
    return "\n".join(line for line in lines if line)


def _verdict_tip(verdict: LadderVerdict) -> str:
    if verdict.overflow_ms > 0:
        return FitText.tr("Still %1 ms too long for its place after every free fix.").replace(
            "%1", str(verdict.overflow_ms))
    return {
        NONE: FitText.tr("Rendered: it fits as it is."),
        TRIM: FitText.tr("Rendered: it fits once the silence around it is trimmed."),
        BORROW: FitText.tr("Rendered: it fits by borrowing the pause after it."),
        NATIVE_SPEED: FitText.tr("Rendered: the voice itself speaks it faster."),
        ALT_TEXT: FitText.tr("Rendered: the shorter wording (alternative text) is said."),
        STRETCH: FitText.tr("Rendered: stretched %1 to fit, pitch kept (the last resort: it can sound "
                    "processed).").replace("%1", _times(verdict.speed)),
    }.get(verdict.step, "")


def offer_result_text(offer: LadderOffer | SpeedOffer) -> str:
    """What an offered faster take should give: "fits without stretching", "fits with a ×1,04 stretch",
    "still about 120 ms too long" (the Fit column's tooltip and the Render Lines Faster question)."""
    if offer.predicted_overflow_ms > 0:
        return FitText.tr("still about %1 ms too long").replace("%1", whole_text(offer.predicted_overflow_ms))
    if offer.predicted_stretch > 1.0:
        return FitText.tr("fits with a %1 stretch").replace("%1", _times(offer.predicted_stretch))
    return FitText.tr("fits without stretching")


def _offer_tip(verdict: LadderVerdict, unit: str) -> str:
    offer = verdict.offer
    price = (FitText.tr("free: already rendered at this speed") if offer.cost == 0
             else amount_text(offer.cost, unit))
    result = offer_result_text(offer)
    return (FitText.tr("Offer: the voice says it at %1 speed (%2), for %3. Accept it from the Render menu or "
                       "the table's context menu (Render Lines Faster…).")
            .replace("%1", _times(offer.speed or 1.0)).replace("%2", result).replace("%3", price))
