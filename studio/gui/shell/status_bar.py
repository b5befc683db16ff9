"""The status bar's figures: subtitles, total length, problems and suspect clips (a click on either jumps
to the next line with one, like F8).

Figures are recounted once per event-loop turn after edits, not once per edit: an undo of a big
delete sends many signals, and the problem count is a pass over the document.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from studio.core.timecode import format_duration
from studio.gui.kit import colors
from studio.gui.kit.number_text import counted
from studio.gui.kit.problem_text import problem_text
from studio.gui.shell.encoding_menu import encoding_name
from studio.gui.table.clip_qa_index import suspects_of
from studio.gui.table.cue_model import CueTableModel


class CueStatusBar(QStatusBar):
    problem_clicked = Signal()

    def __init__(self, model: CueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.count_label = QLabel()
        self.duration_label = QLabel()
        self.problems_button = QToolButton()
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.problem_clicked)
        # Clip QA: lines whose paid clip sounds wrong, counted apart from the subtitles' own problems.
        self.suspects_button = QToolButton()
        self.suspects_button.setAutoRaise(True)
        self.suspects_button.clicked.connect(self.problem_clicked)
        self.suspects_button.setToolTip(self.tr("Go to the next line whose clip sounds suspect (F8)"))
        colors.set_text_color(self.suspects_button, colors.warning_color, "font-weight: bold;")
        self.suspects_button.hide()
        # The file's encoding, detected or chosen; its menu (File ▸ Reopen with Encoding) is one click away.
        self.encoding_button = QToolButton()
        self.encoding_button.setAutoRaise(True)
        self.encoding_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.encoding_button.setToolTip(self.tr("Encoding of the file: click to reopen it with another one"))
        for widget in (self.encoding_button, self.count_label, self.duration_label, self.problems_button,
                       self.suspects_button):
            self.addPermanentWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        model.document_changed.connect(self._timer.start)
        # A line's clip changes with its costing (a voice, a seed, a render): recount the suspect ones.
        model.costs_changed.connect(self._timer.start)
        suspects_of(model).changed.connect(self._timer.start)
        self.refresh()

    def _length_text(self, ms: int) -> str:
        """"27.00 s" ("27,00 s" in French) under a minute, else "1:02:03" as format_duration says it."""
        if abs(ms) < 60_000:
            return self.tr("%1 s", "seconds").replace("%1", QLocale().toString(ms / 1000, "f", 2))
        return format_duration(ms)

    def refresh(self) -> None:
        doc = self._model.document
        self.encoding_button.setText(encoding_name(doc.encoding))
        count = len(doc.cues)
        # Singular and plural as separate strings: English needs no .qm file to read well.
        self.count_label.setText(self.tr("1 subtitle") if count == 1 else
                                 counted(self.tr("%n subtitles", "", count), count))
        self.duration_label.setText(self.tr("Length %1").replace("%1", self._length_text(doc.duration_ms())))
        problems = doc.problem_count()
        text = (self.tr("No problems") if problems == 0 else self.tr("1 problem") if problems == 1
                else counted(self.tr("%n problems", "", problems), problems))
        self.problems_button.setText(text)
        # Problems of the file itself (stray text, repaired bytes) belong to no row: list them here.
        file_lines = [f"• {problem_text(p)}" for p in doc.file_problems]
        self.problems_button.setToolTip("\n".join(
            [self.tr("Go to the next subtitle with a problem (F8)")] + file_lines))
        colors.set_text_color(self.problems_button, colors.error_color if problems else None,
                              "font-weight: bold;" if problems else "")
        self.problems_button.setEnabled(problems > 0)
        suspects = len(suspects_of(self._model).rows())
        self.suspects_button.setText(self.tr("1 suspect clip") if suspects == 1
                                     else counted(self.tr("%n suspect clips", "", suspects), suspects))
        self.suspects_button.setVisible(suspects > 0)
