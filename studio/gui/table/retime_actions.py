"""Edit ▸ Synchronize: shift lines, stretch between two sync points, snap a line to the video.

Each action is one undo step (commands.replace_rows); the arithmetic is in studio/core/retime.py.
The dialogs are asked through `ask_shift` / `ask_stretch`, which tests replace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from studio.core import retime
from studio.core.timecode import format_ms
from studio.gui.kit.number_text import counted
from studio.gui.kit.window_action import window_action
from studio.gui.table import commands
from studio.gui.table.sync_dialogs import ShiftChoice, ShiftDialog, StretchDialog, SyncPoint

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace


class RetimeActions(QObject):
    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self.shift_action = self._action(self.tr("&Shift Times…"), self._shift_asked, "Ctrl+Shift+A",
                                         self.tr("Show all lines or the selected ones earlier or later"))
        self.stretch_action = self._action(self.tr("S&tretch Between Two Lines…"), self._stretch_asked, None,
                                           self.tr("Move and stretch every line so that two lines start "
                                                   "where you say"))
        self.snap_start_action = self._action(self.tr("Start at &Video Position"), lambda: self.snap("start"),
                                              "Ctrl+3", self.tr("Move the current line to start where the "
                                                                "video is paused (its length is kept)"))
        self.snap_end_action = self._action(self.tr("End at V&ideo Position"), lambda: self.snap("end"),
                                            "Ctrl+4", self.tr("End the current line where the video is paused"))
        self.menu = QMenu(self.tr("S&ynchronize"), window)
        self.menu.addActions([self.shift_action, self.stretch_action])
        self.menu.addSeparator()
        self.menu.addActions([self.snap_start_action, self.snap_end_action])

    def _action(self, text: str, slot, shortcut: str | None, tip: str) -> QAction:  # noqa: ANN001
        return window_action(self._window, text, slot, shortcut, tip)

    # --- questions (tests replace these) -----------------------------------------------------------

    def ask_shift(self, selected: int, first_ms: int) -> ShiftChoice | None:
        dialog = ShiftDialog(self._window, selected, first_ms)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_stretch(self, starts: list[int], first: int, last: int) -> tuple[SyncPoint, SyncPoint] | None:
        dialog = StretchDialog(self._window, starts, first, last)
        return dialog.points() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- the edits -------------------------------------------------------------------------------------

    def _rows(self, selected_only: bool) -> list[int]:
        return self._window.selected_rows() if selected_only else list(range(self._window.model.rowCount()))

    def _shift_asked(self) -> None:
        window = self._window
        if not window.model.rowCount():
            window.show_status(self.tr("Open a subtitle file first."))
            return
        selected = window.selected_rows()
        cues = window.model.document.cues
        first = retime.first_start([cues[r] for r in selected] if len(selected) > 1 else cues) or 0
        choice = self.ask_shift(len(selected), first)
        if choice is not None:
            self.shift(choice)

    def shift(self, choice: ShiftChoice) -> bool:
        """Shift the lines as chosen; False (and a status message) when refused or nothing moves."""
        window, rows = self._window, self._rows(choice.selected_only)
        old = [window.model.cue(r) for r in rows]
        delta = choice.delta_ms
        if choice.to_ms is not None:
            first = retime.first_start(old)
            delta = choice.to_ms - first if first is not None else 0
        if delta == 0:
            window.show_status(self.tr("Nothing to shift: the offset is zero."))
            return False
        try:
            new = retime.shifted(old, delta)
        except ValueError:
            earliest = retime.first_start(sorted(old, key=lambda c: (c.bad_timing != "", c.start_ms)))
            window.show_status(self.tr("That would move a line before the start of the film: shift by at "
                                       "most −%1.").replace("%1", format_ms(earliest or 0)))
            return False
        seconds = ("+" if delta > 0 else "−") + QLocale().toString(abs(delta) / 1000, "f", 3)
        text = (self.tr("Shift 1 line by %1 s") if len(rows) == 1
                else counted(self.tr("Shift %n lines by %1 s", "", len(rows)), len(rows))
                ).replace("%1", seconds)
        commands.push(window.model, commands.replace_rows(window.model, rows, new, text))
        window.show_status(text)
        return True

    def _stretch_asked(self) -> None:
        window = self._window
        count = window.model.rowCount()
        if count < 2:
            window.show_status(self.tr("Stretching needs at least two lines."))
            return
        selected = window.selected_rows()
        first, last = (selected[0], selected[-1]) if len(selected) > 1 else (0, count - 1)
        starts = [cue.start_ms for cue in window.model.document.cues]
        points = self.ask_stretch(starts, first, last)
        if points is not None:
            self.stretch(*points)

    def stretch(self, a: SyncPoint, b: SyncPoint) -> bool:
        """Map every line linearly so that lines a.row and b.row start at a.new_ms and b.new_ms."""
        window, model = self._window, self._window.model
        cues = model.document.cues
        try:
            new = retime.stretched(cues, (cues[a.row].start_ms, a.new_ms), (cues[b.row].start_ms, b.new_ms))
        except ValueError:
            window.show_status(self.tr("These sync points would put lines before the start of the film or "
                                       "in reverse order: check the two times."))
            return False
        rows = list(range(len(cues)))
        commands.push(model, commands.replace_rows(model, rows, new, self.tr("Stretch between two lines")))
        return True

    def snap(self, which: str) -> bool:
        """Move the current line's start ("start") or end ("end") to where the video is."""
        window = self._window
        row = window.current_row()
        pane = window.dub.pane
        if row < 0:
            window.show_status(self.tr("Select a line first."))
            return False
        if not pane.has_media():
            window.show_status(self.tr("Open a video first (File ▸ Choose Video…), pause it where the line "
                                       "should start or end, then snap."))
            return False
        position = pane.position_ms()
        try:
            cue = retime.snapped(window.model.cue(row), position, which)
        except ValueError:
            window.show_status(self.tr("The video is at %1, before this line starts: the end must follow "
                                       "the start.").replace("%1", format_ms(position)))
            return False
        text = self.tr("Snap start to video") if which == "start" else self.tr("Snap end to video")
        commands.push(window.model, commands.SetCueCommand(window.model, row, cue, text))
        return True
