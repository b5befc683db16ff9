"""The Edit menu's structural edits (insert, delete, split, merge) and "Next problem".

Each action reads the selection in source rows (through the window, which maps the Find box's proxy)
and pushes exactly one undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from studio.gui.kit.problem_text import problem_text
from studio.gui.kit.window_action import window_action
from studio.gui.table import commands
from studio.gui.table.clipboard_actions import ClipboardActions
from studio.gui.table.cue_model import COL_TEXT
from studio.gui.table.retime_actions import RetimeActions
from studio.gui.table.clip_qa_column import reason_text, suspect, verdict

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace


class EditActions(QObject):
    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self.insert_action = self._action(self.tr("&Insert Subtitle"), self.insert, "Ctrl+Return",
                                          self.tr("Insert an empty subtitle after the current one"))
        self.delete_action = self._action(self.tr("&Delete Subtitles"), self.delete, "Ctrl+Delete",
                                          self.tr("Delete the selected subtitles"))
        self.split_action = self._action(self.tr("Sp&lit Subtitle"), self.split, "Ctrl+Shift+P",
                                         self.tr("Split the current subtitle in two at its middle, or "
                                                 "where the cursor is in the edit box"))
        self.merge_action = self._action(self.tr("&Merge Subtitles"), self.merge, "Ctrl+Shift+M",
                                         self.tr("Merge the selected consecutive subtitles into one"))
        self.next_problem_action = self._action(self.tr("Next &Problem"), self.next_problem, "F8",
                                                self.tr("Go to the next subtitle with a problem"))
        self.actions = [self.insert_action, self.delete_action, self.split_action, self.merge_action]
        self.clipboard = ClipboardActions(window)  # Cut, Copy, Paste of whole lines
        self.retime = RetimeActions(window)  # Edit ▸ Synchronize
        # The toolbar shows these: a shorter label where a language needs one (Qt would use the text).
        self.insert_action.setIconText(self.tr("Insert Subtitle", "toolbar"))
        self.delete_action.setIconText(self.tr("Delete Subtitles", "toolbar"))
        self.split_action.setIconText(self.tr("Split Subtitle", "toolbar"))
        self.merge_action.setIconText(self.tr("Merge Subtitles", "toolbar"))

    def _action(self, text: str, slot, shortcut: str, tip: str) -> QAction:  # noqa: ANN001
        return window_action(self._window, text, slot, shortcut, tip)

    def insert(self) -> None:
        window = self._window
        row = window.current_row()
        if row < 0:
            row = window.model.rowCount() - 1
        if window.push(commands.insert_cue, row):
            window.edit_cell(row + 1, COL_TEXT)

    def delete(self) -> None:
        window = self._window
        rows = window.selected_rows()
        if window.push(commands.delete_rows, rows) and window.model.rowCount():
            window.select_row(min(rows[0], window.model.rowCount() - 1))

    def split(self) -> None:
        window = self._window
        row = window.current_row()
        if row < 0:
            window.show_status(self.tr("Select the subtitle to split first."))
            return
        # Typing in the edit box: split where its cursor is, as in Subtitle Edit and Aegisub.
        box = window.line_editor.box
        at = box.textCursor().position() if box.hasFocus() and window.line_editor.row() == row else None
        if window.push(commands.split, row, at):
            window.select_row(row, count=2)

    def merge(self) -> None:
        window = self._window
        rows = window.selected_rows()
        if window.push(commands.merge, rows):
            window.select_row(rows[0])

    def next_problem(self) -> None:
        """Go to the next visible row with a problem after the current one, wrapping around."""
        window = self._window
        proxy, doc = window.proxy, window.model.document
        count = proxy.rowCount()
        current = window.view.currentIndex().row() if window.view.currentIndex().isValid() else -1
        for step in range(1, count + 1):
            proxy_row = (current + step) % count
            source_row = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
            if doc.problems_at(source_row) or suspect(window.model, source_row):
                window.select_row(source_row, COL_TEXT)
                window.show_status(" ".join([problem_text(p) for p in doc.problems_at(source_row)]
                                            + [self._suspect_text(source_row)]).strip())
                return
        window.show_status(self.tr("No subtitle has a problem."))

    def _suspect_text(self, row: int) -> str:
        """One sentence on why the row's clip is suspect ("" when it is not)."""
        found = verdict(self._window.model, row)
        if found is None or not found.suspect:
            return ""
        return self.tr("Suspect clip: %1.").replace("%1", "; ".join(reason_text(code) for code in found.reasons))
