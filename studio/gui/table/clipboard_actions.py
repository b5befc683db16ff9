"""Cut, Copy and Paste of whole subtitles, as SubRip text so they paste into any other editor.

Active while the table has focus (a text field keeps its own Ctrl+C). Copy puts the selected lines on
the clipboard as an SRT, numbered from 1 with their own times; Paste inserts after the current line
the SRT it finds there (times kept), or, for plain text, one new line per paragraph in the gaps that
follow. Cut and Paste are one undo step each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.srt_file import to_srt_text
from studio.core.srt_reader import parse_srt
from studio.gui.kit.number_text import counted
from studio.gui.table import commands
from studio.gui.table.cue_edits import new_cue_after

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace


def cues_to_text(cues: list[Cue]) -> str:
    return to_srt_text(Document(list(cues)))


def cues_from_text(text: str, before: list[Cue]) -> list[Cue]:
    """The cues an SRT on the clipboard holds, or one cue per paragraph of plain text, timed one after
    another after `before` (the document's cues up to the insertion point)."""
    timed = [cue for cue in parse_srt(text).cues if not cue.bad_timing]
    if timed:
        return [Cue(cue.start_ms, cue.end_ms, cue.text, cue.position) for cue in timed]
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    made: list[Cue] = []
    for paragraph in paragraphs:
        context = before + made
        made.append(new_cue_after(context, len(context) - 1).with_text(paragraph))
    return made


class ClipboardActions(QObject):
    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self._window = window
        key = QKeySequence.StandardKey
        self.cut_action = self._action(self.tr("Cu&t Subtitles"), self.cut, key.Cut,
                                       self.tr("Remove the selected subtitles and put them on the clipboard "
                                               "as SRT"))
        self.copy_action = self._action(self.tr("&Copy Subtitles"), self.copy, key.Copy,
                                        self.tr("Put the selected subtitles on the clipboard as SRT"))
        self.paste_action = self._action(self.tr("Pa&ste Subtitles"), self.paste, key.Paste,
                                         self.tr("Insert the subtitles on the clipboard after the current one"))
        self.actions = [self.cut_action, self.copy_action, self.paste_action]
        window.view.addActions(self.actions)

    def _action(self, text: str, slot, keys: QKeySequence.StandardKey, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self._window)
        action.setShortcuts(keys)
        # Only while the table (or this menu) has focus: in the edit box and the Find box Ctrl+C copies text.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def copy(self) -> bool:
        window = self._window
        rows = window.selected_rows()
        if not rows:
            window.show_status(self.tr("Select the subtitles to copy first."))
            return False
        QGuiApplication.clipboard().setText(cues_to_text([window.model.cue(r) for r in rows]))
        # Singular and plural as separate strings: English reads well without a .qm file.
        window.show_status(self.tr("Copied 1 subtitle.") if len(rows) == 1
                           else counted(self.tr("Copied %n subtitles.", "", len(rows)), len(rows)))
        return True

    def cut(self) -> bool:
        window = self._window
        rows = window.selected_rows()
        if not self.copy():
            return False
        command = commands.delete_rows(window.model, rows)
        command.setText(self.tr("Cut 1 subtitle") if len(rows) == 1 else
                        counted(self.tr("Cut %n subtitles", "", len(rows)), len(rows)))
        commands.push(window.model, command)
        if window.model.rowCount():
            window.select_row(min(rows[0], window.model.rowCount() - 1))
        return True

    def paste(self) -> bool:
        window, model = self._window, self._window.model
        row = window.current_row()
        at = row + 1 if row >= 0 else model.rowCount()
        new = cues_from_text(QGuiApplication.clipboard().text(), list(model.document.cues[:at]))
        if not new:
            window.show_status(self.tr("The clipboard holds no text to paste."))
            return False
        text = (self.tr("Paste 1 subtitle") if len(new) == 1 else
                counted(self.tr("Paste %n subtitles", "", len(new)), len(new)))
        commands.push(model, commands.ReplaceCommand(model, at, 0, new, text))
        window.select_row(at, count=len(new))
        return True
