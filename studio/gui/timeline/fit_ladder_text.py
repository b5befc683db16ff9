"""The fit ladder's rungs in the interface language (the timeline's tooltip names the one a line used)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.core.assemble import Placement
from studio.core.fit_ladder import ALT_TEXT, BORROW, NATIVE_SPEED, NONE, STRETCH, TRIM, step_used

RUNG_TEXT = {
    NONE: QT_TRANSLATE_NOOP("FitLadder", "Fit: as rendered"),
    TRIM: QT_TRANSLATE_NOOP("FitLadder", "Fit: silence trimmed"),
    BORROW: QT_TRANSLATE_NOOP("FitLadder", "Fit: borrows the pause after it"),
    NATIVE_SPEED: QT_TRANSLATE_NOOP("FitLadder", "Fit: spoken faster by the voice"),
    ALT_TEXT: QT_TRANSLATE_NOOP("FitLadder", "Fit: the shorter wording"),
    STRETCH: QT_TRANSLATE_NOOP("FitLadder", "Fit: stretched, pitch kept (the last resort)"),
}


def rung_text(placement: Placement, native_speed: bool = False) -> str:
    """The sentence naming the rung of the ladder this placement used."""
    return QCoreApplication.translate("FitLadder", RUNG_TEXT[step_used(placement, native_speed=native_speed)])
