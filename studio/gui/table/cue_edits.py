"""What insert, split and merge make of cues: pure functions over cues.

The undo commands only apply their results through the document primitives, so these rules can be
tested with plain cues. Qt is used only to translate the refusal messages.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QCoreApplication

from studio.core.cues import Cue
from studio.core.timecode import TimecodeError, format_ms, parse_ms

NEW_CUE_MS = 2000
# The gap left before a new cue, so that it never overlaps the one before.
NEW_CUE_GAP_MS = 100
_DASH = re.compile(r"^\s*[-‐‑–—]\s*")


class EditRefused(ValueError):
    """An edit that cannot be made; the message tells the user why (shown in the status bar)."""


def new_cue_after(cues: list[Cue], row: int) -> Cue:
    """Return an empty cue to insert after row (-1: at the start), in the gap that follows it."""
    prev = cues[row] if 0 <= row < len(cues) else None
    nxt = cues[row + 1] if row + 1 < len(cues) else None
    start = prev.end_ms + NEW_CUE_GAP_MS if prev is not None and not prev.bad_timing else 0
    end = start + NEW_CUE_MS
    if nxt is not None and not nxt.bad_timing and start < nxt.start_ms - NEW_CUE_GAP_MS:
        end = min(end, nxt.start_ms - NEW_CUE_GAP_MS)
    return Cue(start, end, "")


def split_text(text: str) -> tuple[str, str]:
    """Split text at its middle line break, or else at its middle word; raise EditRefused if one word."""
    text = text.strip()
    breaks = [m.start() for m in re.finditer(r"\n", text)]
    spaces = [m.start() for m in re.finditer(r"\s", text)]
    cuts = breaks or spaces
    if not cuts:
        raise EditRefused(QCoreApplication.translate(
            "cue_edits", "This subtitle has a single word: there is nothing to split."))
    middle = len(text) / 2
    cut = min(cuts, key=lambda i: abs(i - middle))
    first, second = text[:cut].strip(), text[cut + 1:].strip()
    # "- Tu viens ?\n- Oui." split into two subtitles: each one has one speaker, so no dashes.
    if breaks and _DASH.match(first) and _DASH.match(second):
        first, second = _DASH.sub("", first, count=1), _DASH.sub("", second, count=1)
    return first, second


def split_cue(cue: Cue, at: int | None = None) -> tuple[Cue, Cue]:
    """Split a cue in two, at character `at` of its text (the edit box's cursor) or else at its middle;
    time is shared in proportion to the characters of each half."""
    if cue.bad_timing:
        raise EditRefused(QCoreApplication.translate(
            "cue_edits", "Set this subtitle's start and end times before splitting it."))
    if at is None:
        first_text, second_text = split_text(cue.text)
    else:
        first_text, second_text = cue.text[:at].strip(), cue.text[at:].strip()
        if not first_text or not second_text:
            raise EditRefused(QCoreApplication.translate(
                "cue_edits", "Put the cursor between two words of the text to split it there."))
    total = len(first_text) + len(second_text)
    cut = cue.start_ms + round(cue.duration_ms * len(first_text) / total) if total else cue.start_ms
    first = dataclasses.replace(cue, end_ms=cut, text=first_text)
    second = dataclasses.replace(cue, start_ms=cut, text=second_text, source_line=None)
    return first, second


def merge_cues(cues: list[Cue]) -> Cue:
    """Merge consecutive cues: texts joined by a line break, start of the first, end of the last."""
    if len(cues) < 2:
        raise EditRefused(QCoreApplication.translate(
            "cue_edits", "Select at least two consecutive subtitles to merge them."))
    text = "\n".join(c.text.strip() for c in cues if c.text.strip())
    return dataclasses.replace(cues[0], end_ms=cues[-1].end_ms, text=text,
                               bad_timing=cues[0].bad_timing or cues[-1].bad_timing)


def contiguous_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Group rows into (first row, count) runs, in ascending order."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs


def retimed(cue: Cue, key: str, value: str) -> Cue | None:
    """Return the cue with a new start or end, None if unchanged; raise ValueError to refuse.

    The messages keep the table model's translation context, where they were first written."""
    try:
        ms = parse_ms(value)
    except TimecodeError:
        raise ValueError(QCoreApplication.translate(
            "CueTableModel", "“%1” is not a time: type it as 00:01:02,500.").replace("%1", value.strip())) from None
    if key == "start":
        if cue.bad_timing:
            # Times were placeholders: keep the end if it still follows, else give a default length.
            return cue.with_times(ms, cue.end_ms if cue.end_ms > ms else ms + 2000)
        if ms == cue.start_ms:
            return None
        if ms >= cue.end_ms:
            raise ValueError(QCoreApplication.translate(
                "CueTableModel", "The start must be before the end (%1): change the end first.").replace(
                "%1", format_ms(cue.end_ms)))
        return cue.with_times(ms, cue.end_ms)
    if ms == cue.end_ms and not cue.bad_timing:
        return None
    if ms <= cue.start_ms:
        raise ValueError(QCoreApplication.translate(
            "CueTableModel", "The end must be after the start (%1).").replace("%1", format_ms(cue.start_ms)))
    return cue.with_times(cue.start_ms, ms)
