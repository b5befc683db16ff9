"""The table's QA column: a line whose clip QA found suspect says so, and its tooltip says why.

The verdict comes from the clip's sidecar (studio.core.clip_qa, stored by the render job), so a line
keeps its QA across runs; a clip cached before QA existed shows nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from studio.core.clip_qa import MESSAGES, QaVerdict, verdict_of

if TYPE_CHECKING:
    from studio.gui.table.cue_rows import CueRows


def verdict(model: CueRows, row: int) -> QaVerdict | None:
    """The QA verdict of the row's clip, when it is cached and was checked."""
    line = model.costs.line(row)
    if line.spec is None or not line.cached:
        return None
    return verdict_of(model.clip_meta(line.spec.key))


def suspect(model: CueRows, row: int) -> bool:
    found = verdict(model, row)
    return found is not None and found.suspect


def qa_text(model: CueRows, row: int) -> str:
    return QCoreApplication.translate("CueTableModel", "Suspect") if suspect(model, row) else ""


def qa_tip(model: CueRows, row: int) -> str:
    """The reasons a clip is suspect, one per line, and what to do ("" for a clip that passed)."""
    found = verdict(model, row)
    if found is None or not found.suspect:
        return ""
    reasons = [f"• {reason_text(code)}" for code in found.reasons]
    advice = QCoreApplication.translate("CueTableModel", "Listen to it; Render ▸ Re-render With a New Seed makes a new take.")
    return "\n".join([*reasons, advice])


def reason_text(code: str) -> str:
    """A reason code in the interface language (an unknown code: the core's English sentence)."""
    texts = {
        "unaligned": QCoreApplication.translate("CueTableModel", "some words were not spoken"),
        "alignment_gap": QCoreApplication.translate("CueTableModel", "a long pause between words"),
        "sound_after_end": QCoreApplication.translate("CueTableModel", "sound goes on after the last word"),
        "long_silence": QCoreApplication.translate("CueTableModel", "a long silence inside the clip"),
        "noise_head": QCoreApplication.translate("CueTableModel", "noise before the speech"),
        "noise_tail": QCoreApplication.translate("CueTableModel", "noise after the speech"),
        "too_short": QCoreApplication.translate("CueTableModel", "much shorter than the text takes to say"),
        "too_long": QCoreApplication.translate("CueTableModel", "much longer than the text takes to say"),
        "no_sound": QCoreApplication.translate("CueTableModel", "no sound at all"),
        "audio_only": QCoreApplication.translate("CueTableModel", "checked from the audio only (no word timing "
                                                                  "came with the clip)"),
    }
    return texts.get(code) or MESSAGES.get(code, code)
