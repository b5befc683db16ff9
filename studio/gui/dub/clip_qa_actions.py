"""Render ▸ Re-render With a New Seed…: a line whose clip QA found suspect (clip_qa_column) rendered again
as a new take, after one question that shows its cost.

The new seed is a per-line setting (undoable, saved with the line, part of the clip's key), like the
speed of Render Line Faster: the old take stays in the cache, and Undo brings it back for free.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from studio.core.clip_spec import SEED_PROVIDERS
from studio.core.cue_seeds import new_seed
from studio.gui.table import commands
from studio.gui.table.clip_qa_column import reason_text, suspect, verdict
from studio.gui.table.clip_qa_index import suspects_of
from studio.gui.table.cue_columns import COL_QA
from studio.gui.kit.money_text import amount_text

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace


class ClipQaActions(QObject):
    """Render ▸ Re-render With a New Seed…, enabled on a suspect line of a provider that takes a seed."""

    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Re-render &With a New Seed…"), window)
        self.action.setStatusTip(self.tr("Render the line again as a new take (its clip sounded suspect), with "
                                         "its cost shown first"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.rerender_current)
        window.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_enabled())
        window.model.document_changed.connect(self.update_enabled)
        window.model.dataChanged.connect(lambda *_: self.update_enabled())
        controller = window.render_actions.controller
        suspects = suspects_of(window.model)
        # The verdicts of clips already in the cache are read off the GUI thread whenever the lines'
        # clips may be others: a file opened, the cache opened, the voice or its settings changed.
        window.loaded.connect(lambda *_: suspects.scan())
        controller.cache_ready.connect(lambda _cache: suspects.scan())
        window.job.settings_changed.connect(lambda _settings: suspects.scan())
        controller.finished.connect(self._after_render)
        suspects.changed.connect(self.reveal_column)

    def _after_render(self, result) -> None:  # noqa: ANN001 - JobResult | None
        """Clips just stored are known at once; a scan follows for clips recovery fetched back."""
        model = self.window.model
        rows = [outcome.row for outcome in getattr(result, "lines", None) or ()]
        keys = [model.costs.line(row).spec.key for row in rows if 0 <= row < model.rowCount()
                and model.costs.line(row).spec is not None]
        suspects_of(model).note(keys)
        suspects_of(model).scan()

    def reveal_column(self) -> None:
        """Show the QA column once a line is suspect (hidden, it would keep the news from the user)."""
        if suspects_of(self.window.model).rows():
            self.window.view.horizontalHeader().setSectionHidden(COL_QA, False)

    def update_enabled(self) -> None:
        row = self.window.current_row()
        self.action.setEnabled(row >= 0 and self._can(row))

    def _can(self, row: int) -> bool:
        return self.window.model.costs.settings.provider in SEED_PROVIDERS and suspect(self.window.model, row)

    def rerender_current(self) -> bool:
        """Ask once with the cost, then render the line with a new seed. False: nothing done."""
        window, row = self.window, self.window.current_row()
        if row < 0 or not self._can(row):
            window.show_status(self.tr("Nothing to re-render: the line's clip passed its checks, or the provider "
                                       "takes no seed (ElevenLabs only)."))
            return False
        cue = window.model.cue(row)
        seed = new_seed(cue.seed)
        controller = window.render_actions.controller
        spec = window.model.costs.settings.spec_for(cue.with_seed(seed))
        cost = controller.session.tariff.cost(spec)
        if not self.ask_rerender(row, cost, controller.session.tariff.unit):
            return False
        commands.push(window.model, commands.SetCueCommand(
            window.model, row, cue.with_seed(seed), self.tr("New seed for line %1").replace("%1", str(row + 1))))
        return controller.render(rows=[row], agreed_cost=cost)

    # --- questions (tests replace this) -------------------------------------------------------------

    def ask_rerender(self, row: int, cost: float, unit: str) -> bool:
        found = verdict(self.window.model, row)
        why = "; ".join(reason_text(code) for code in found.reasons) if found else ""
        text = (self.tr("Line %1 sounds suspect: %2.\n\nRender it again as a new take? It costs %3; the current "
                        "take stays in the cache (Undo brings it back).")
                .replace("%1", str(row + 1)).replace("%2", why).replace("%3", amount_text(cost, unit)))
        answer = QMessageBox.question(self.window, self.tr("Re-render With a New Seed"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
