"""Tools ▸ Pronunciations…: open the dialog on the project's dictionary and apply the result as one undo
step (the project is created for a plain SRT, as voice choices do). The costs, the "Said as" column and
the clip keys follow at once: only lines containing an edited word need rendering again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from studio.core.pronunciation import PronunciationDictionary, Rule
from studio.gui.kit.problem_text import rule_refusal_text
from studio.gui.table import commands
from studio.gui.table.cue_columns import column_index
from studio.gui.table.pronunciation_dialog import PronunciationDialog, RuleCheck
from studio.providers.offline import engine_of
from studio.providers.phoneme_check import PhonemeCheck
from studio.providers.voice_catalogue import ENGINE

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace


class PronunciationActions(QObject):
    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self.action = QAction(self.tr("&Pronunciations…"), window)
        tip = self.tr("How names and words are said: aliases or phonemes, imported from or exported to PLS")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self.edit)
        window.loaded.connect(lambda _path: self.show_column())

    def show_column(self) -> None:
        """The "Said as" column is shown while the project has pronunciations (the Text column needs the
        room otherwise); the header menu can still show or hide it by hand."""
        if self.current():
            self._window.view.horizontalHeader().setSectionHidden(column_index("said"), False)

    def current(self) -> PronunciationDictionary:
        project = self._window.project
        return project.pronunciations if project is not None else PronunciationDictionary()

    def edit(self) -> PronunciationDialog:
        model = self._window.model
        texts = [model.speech_of(cue).text for cue in model.document.cues]
        dialog = PronunciationDialog(self.current(), texts, self._window, check=self.phoneme_check())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(dialog.dictionary()))
        dialog.open()
        return dialog

    def phoneme_check(self) -> RuleCheck | None:
        """The render's check of a phoneme rule against the natural offline voices the lines will use
        (the project's, and lines' own), or None when no line is said by one (nothing to check)."""
        render = self._window.job.render_settings()
        if render.provider != "offline":
            return None
        used = {render.voice, *(render.voice_for(cue) for cue in self._window.model.document.cues)}
        voices = sorted(voice for voice in used if voice and engine_of(voice) == ENGINE)
        if not voices:
            return None
        check = PhonemeCheck()

        def problem(rule: Rule) -> str | None:
            refusal = next((found for voice in voices if (found := check.refusal(voice, rule))), None)
            return None if refusal is None else rule_refusal_text(refusal.reason, refusal.params, str(refusal))
        return problem

    def apply(self, dictionary: PronunciationDictionary) -> None:
        """Store the dictionary in the project as one undoable step."""
        project = self._window.voice_actions.ensure_project()
        old = project.pronunciations
        if old == dictionary:
            return

        def store(value: PronunciationDictionary) -> None:
            # The project captured here: the undo stack is cleared whenever another document opens.
            project.pronunciations = value
            self._window.job.refresh_costing()
            self.show_column()

        commands.push(self._window.model, commands.ValueCommand(store, old, dictionary,
                                                                self.tr("Change pronunciations")))
