"""The subtitle table's columns, declared once: what each shows, how it aligns, its tooltip; plus the
line states a render reports. To add a column, add one `Column` to COLUMNS (and a COL_* constant if
code refers to it); the model (cue_model.py) reads everything else from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QT_TRANSLATE_NOOP

from studio.core.cues import Cue
from studio.core.spend_guard import format_hms
from studio.core.timecode import format_ms
from studio.gui.table.clip_qa_column import qa_text
from studio.gui.table.fit_column import fit_text
from studio.gui.kit.money_text import format_number

if TYPE_CHECKING:
    from studio.gui.table.cue_rows import CueRows

CPS_WARNING = 17.0  # reading-speed guidelines: above this a voice must hurry
CPS_STRONG = 20.0  # above this no voice fits the line at a natural pace

# Custom roles: views and proxies ask for these instead of reaching into the document.
CueRole = Qt.ItemDataRole.UserRole + 1  # the Cue of the row
ProblemsRole = Qt.ItemDataRole.UserRole + 2  # list[Problem] of the row
SearchRole = Qt.ItemDataRole.UserRole + 3  # the text folded for case/accent-free search

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

Display = Callable[["CueRows", int, Cue], str]


@dataclass(frozen=True)
class Column:
    """One table column: what it shows and how."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP, translated in headerData
    display: Display
    align: Qt.AlignmentFlag = _RIGHT
    # Text whose width (plus padding) is the column's default width; None makes it stretch. A word is
    # marked for translation (the cue table measures it in the interface language).
    width_sample: str | None = "0000"
    editable: bool = False
    monospace: bool = False
    tooltip: str = ""
    # Shown on a first start; the others are a right-click on the header away (the edit box under the
    # table shows the duration and the characters sent of the current line, so Text keeps the room).
    shown: bool = True


def _times(ms: int, cue: Cue) -> str:
    return "--:--:--,---" if cue.bad_timing else format_ms(ms)


def _duration(cue: Cue) -> str:
    # Figures in the interface language's notation ("2.20", "2,20"), as QLocale() is set by i18n.
    return "" if cue.bad_timing else QLocale().toString(cue.duration_ms / 1000, "f", 2)


def _cps(model: CueRows, cue: Cue) -> str:
    speech = model.speech_of(cue)
    if cue.bad_timing or speech.silent or cue.duration_ms <= 0:
        return ""
    return QLocale().toString(cue.cps(model.speech_options), "f", 1)


def cps_tip(model: CueRows, cue: Cue) -> str:
    """Why a fast line's CPS is coloured: its speed against the reading-speed limits ("" under them)."""
    if cue.bad_timing or cue.duration_ms <= 0 or model.speech_of(cue).silent:
        return ""
    cps = cue.cps(model.speech_options)
    shown, locale = QLocale().toString(cps, "f", 1), QLocale()
    if cps > CPS_STRONG:
        text = QCoreApplication.translate(
            "CueTableModel", "%1 characters per second: above %2, a voice rarely fits this line at a "
            "natural pace. Shorten the text or give the line more time.")
        return text.replace("%1", shown).replace("%2", locale.toString(CPS_STRONG, "f", 0))
    if cps > CPS_WARNING:
        text = QCoreApplication.translate(
            "CueTableModel", "%1 characters per second: above the reading-speed limit of %2, the voice "
            "must hurry.")
        return text.replace("%1", shown).replace("%2", locale.toString(CPS_WARNING, "f", 0))
    return ""


def _chars(model: CueRows, row: int) -> str:
    line = model.costs.line(row)
    return str(line.chars) if line.spec is not None else ""


def _cost(model: CueRows, row: int) -> str:
    line = model.costs.line(row)
    if line.spec is None:
        return ""
    return format_line_cost(line.cost, model.costs.unit)


def format_line_cost(cost: float, unit: str) -> str:
    """A line's cost as the cell shows it: "31", "15.5", "1,234", "0:00:03" (Narakeet bills audio time)."""
    if unit == "seconds":
        return format_hms(cost)
    return format_number(cost)


# The model's translation context (lupdate needs it spelled out in each QT_TRANSLATE_NOOP below).
_CTX = "CueTableModel"

COLUMNS: list[Column] = [
    Column("num", QT_TRANSLATE_NOOP("CueTableModel", "#"),
           lambda m, row, cue: str(row + 1), width_sample="0000"),
    Column("start", QT_TRANSLATE_NOOP("CueTableModel", "Start"),
           lambda m, row, cue: _times(cue.start_ms, cue),
           width_sample="00:00:00,000", editable=True, monospace=True, align=_CENTER),
    Column("end", QT_TRANSLATE_NOOP("CueTableModel", "End"),
           lambda m, row, cue: _times(cue.end_ms, cue),
           width_sample="00:00:00,000", editable=True, monospace=True, align=_CENTER),
    Column("duration", QT_TRANSLATE_NOOP("CueTableModel", "Duration"),
           lambda m, row, cue: _duration(cue),
           width_sample=QT_TRANSLATE_NOOP("CueTableModel", "Duration"), monospace=True, shown=False,
           tooltip=QT_TRANSLATE_NOOP("CueTableModel", "How long the subtitle is shown, in seconds")),
    Column("text", QT_TRANSLATE_NOOP("CueTableModel", "Text"),
           lambda m, row, cue: cue.text, align=_LEFT, width_sample=None, editable=True),
    Column("cps", QT_TRANSLATE_NOOP("CueTableModel", "CPS"),
           lambda m, row, cue: _cps(m, cue), width_sample="CPS ",
           tooltip=QT_TRANSLATE_NOOP("CueTableModel", "Characters per second of speakable text: above 17 a "
                                     "voice must hurry, above 20 it rarely fits")),
    Column("voice", QT_TRANSLATE_NOOP("CueTableModel", "Voice"),
           lambda m, row, cue: m.voice_label(cue), align=_LEFT, width_sample="Voice name ab",
           tooltip=QT_TRANSLATE_NOOP("CueTableModel",
                                     "The voice that speaks this line (dimmed: the project's voice)")),
    Column("said", QT_TRANSLATE_NOOP("CueTableModel", "Said as"),
           lambda m, row, cue: m.costs.settings.pronounced(cue) or "", align=_LEFT,
           width_sample=QT_TRANSLATE_NOOP("CueTableModel", "Said as: a short line"), shown=False,
           tooltip=QT_TRANSLATE_NOOP("CueTableModel", "The line as the voice will say it when a word of "
                                     "Tools ▸ Pronunciations is in it; empty: said as written")),
    Column("chars", QT_TRANSLATE_NOOP("CueTableModel", "Chars"),
           lambda m, row, cue: _chars(m, row), width_sample=QT_TRANSLATE_NOOP("CueTableModel", "Chars"),
           shown=False, tooltip=QT_TRANSLATE_NOOP("CueTableModel", "Characters sent to the voice: the speakable text only")),
    Column("cost", QT_TRANSLATE_NOOP("CueTableModel", "Cost"),
           lambda m, row, cue: _cost(m, row), width_sample="0:00:00",
           tooltip=QT_TRANSLATE_NOOP("CueTableModel", "What rendering this line costs, in the provider's "
                                     "unit; 0 when its clip is already rendered")),
    Column("status", QT_TRANSLATE_NOOP("CueTableModel", "Status"),
           lambda m, row, cue: m.status_text(row), align=_LEFT,
           width_sample=QT_TRANSLATE_NOOP("CueTableModel", "Rendering…"),
           tooltip=QT_TRANSLATE_NOOP("CueTableModel", "Whether the line's clip is rendered: to render, queued, "
                                     "rendering, done, cached (rendered before: free) or failed (see its "
                                     "tooltip)")),
    Column("qa", QT_TRANSLATE_NOOP("CueTableModel", "QA"),
           lambda m, row, cue: qa_text(m, row), align=_LEFT,
           width_sample=QT_TRANSLATE_NOOP("CueTableModel", "Suspect"), shown=False,  # until a clip is suspect
           tooltip=QT_TRANSLATE_NOOP("CueTableModel", "Suspect: the clip's checks found skipped words, a long "
                                     "silence or noise, or a length that does not fit its text (F8 goes there)")),
    Column("fit", QT_TRANSLATE_NOOP("CueTableModel", "Fit"),
           lambda m, row, cue: fit_text(m, row), align=_LEFT,
           width_sample=QT_TRANSLATE_NOOP("CueTableModel", "Stretched 1.25× · offer"), shown=False,  # until news
           tooltip=QT_TRANSLATE_NOOP("CueTableModel", "How the line's clip fits its cue: forecast from the "
                                     "voice's pace before rendering (Won't fit: even stretched to the cap), the "
                                     "fix used once rendered, and any paid offer to say it faster")),
]
COLUMN_KEYS = [c.key for c in COLUMNS]


def column_index(key: str) -> int:
    return COLUMN_KEYS.index(key)


COL_NUM = column_index("num")
COL_START = column_index("start")
COL_END = column_index("end")
COL_DURATION = column_index("duration")
COL_TEXT = column_index("text")
COL_CPS = column_index("cps")
COL_VOICE = column_index("voice")
_FLAGS = [Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | (Qt.ItemFlag.ItemIsEditable if c.editable else Qt.ItemFlag.NoItemFlags) for c in COLUMNS]
COL_CHARS = column_index("chars")
COL_COST = column_index("cost")
COL_STATUS = column_index("status")
COL_QA = column_index("qa")
COL_FIT = column_index("fit")
# Line states during a render (keyed by clip key, so edits and row moves never mislabel a line).
TO_RENDER, QUEUED, RENDERING, DONE, CACHED, FAILED = "to_render", "queued", "rendering", "done", "cached", "failed"
RECOVERED = "recovered"  # paid by an interrupted request and fetched back from the provider's history
_STATUS_TEXT = {
    TO_RENDER: QT_TRANSLATE_NOOP("CueTableModel", "To render"),
    QUEUED: QT_TRANSLATE_NOOP("CueTableModel", "Queued"),
    RENDERING: QT_TRANSLATE_NOOP("CueTableModel", "Rendering…"),
    DONE: QT_TRANSLATE_NOOP("CueTableModel", "Done"),
    CACHED: QT_TRANSLATE_NOOP("CueTableModel", "Cached"),
    FAILED: QT_TRANSLATE_NOOP("CueTableModel", "Failed"),
    RECOVERED: QT_TRANSLATE_NOOP("CueTableModel", "Recovered (no cost)"),
}
