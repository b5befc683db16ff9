"""The window's render actions: render all / selected, cancel, retry failed, and play a line (Space).

Playing a line whose clip does not exist yet renders just that line first, through the same guards
as a whole render (its cost is shown and the spend and voice guards apply), then plays it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from studio.gui.kit import settings
from studio.gui.render.cache_dialog import CacheDialog
from studio.gui.render.line_player import LinePlayer
from studio.gui.render.render_controller import RenderController
from studio.gui.render.render_progress import RenderProgress


class RenderActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        job = window.job
        self.controller = RenderController(window.model, job.session, window, budget=job.budget)
        self.player = LinePlayer(self)
        self._warned_no_device = False
        self.progress = RenderProgress()
        window.statusBar().addPermanentWidget(self.progress)

        def action(text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:  # noqa: ANN001
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(tip or text.replace("&", "").rstrip("…"))
            act.setStatusTip(act.toolTip())
            act.triggered.connect(slot)
            return act

        self.render_all_action = action(self.tr("&Render All Lines"), self.render_all, "Ctrl+R",
                                        self.tr("Render every line that has no clip yet (cost shown first)"))
        self.render_selected_action = action(self.tr("Render &Selected Lines"), self.render_selected,
                                             "Ctrl+Shift+R")
        self.cancel_action = action(self.tr("&Cancel Render"), self.controller.cancel, "Ctrl+.")
        self.retry_action = action(self.tr("Retr&y Failed Lines"), self.retry_failed)
        self.context_action = action(self.tr("Re-render Lines With Changed Conte&xt…"), self.rerender_context,
                                     tip=self.tr("Lines rendered before their neighbours were edited keep their "
                                                 "clip (it is paid for); re-render them for smoother continuity"))
        self.cache_action = action(self.tr("Clip Cac&he…"), self.show_cache,
                                   tip=self.tr("Where the rendered clips are kept, how much disk they use, and clearing them"))
        self.play_action = action(self.tr("&Play Line"), self.play_current, "Space",
                                  self.tr("Play the current line's clip (rendering it first if needed)"))
        self.play_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(self.play_action)  # Space only in the table (the text editor types spaces)
        self.stop_action = action(self.tr("S&top Playing"), self.player.stop, "Ctrl+Space")
        self.auto_advance_action = QAction(self.tr("Play &Next Line Automatically"), window)
        self.auto_advance_action.setCheckable(True)
        self.auto_advance_action.setChecked(settings.get(settings.AUTO_ADVANCE))
        self.auto_advance_action.toggled.connect(lambda on: settings.put(settings.AUTO_ADVANCE, on))
        self.cancel_action.setEnabled(False)
        self.actions = [self.render_all_action, self.render_selected_action, self.cancel_action, self.retry_action,
                        self.context_action]

        self.controller.started.connect(self._on_started)
        self.controller.progress.connect(self.progress.update_progress)
        self.controller.finished.connect(self._on_finished)
        self.controller.message.connect(window.show_status)
        self.progress.cancel_button.clicked.connect(self.controller.cancel)
        self.player.finished.connect(self._on_played)

    def shutdown(self) -> None:
        """The window is closing: stop playback and the render (finished clips are kept)."""
        self.player.release()
        self.controller.cancel()

    def render_all(self) -> bool:
        return self.controller.render()

    def render_selected(self) -> bool:
        rows = self.window.selected_rows()
        return self.controller.render(rows) if rows else False

    def retry_failed(self) -> bool:
        rows = self.controller.failed_rows()
        if not rows:
            self.window.show_status(self.tr("No failed lines to retry."))
            return False
        return self.controller.render(rows)

    def rerender_context(self) -> bool:
        rows = self.controller.context_changed_rows()
        if not rows:
            self.window.show_status(self.tr("No rendered line has neighbours that changed since."))
            return False
        # Forced lines are paid again: the plan dialog and the spend guard show that first.
        return self.controller.render(rows, force=set(rows))

    def show_cache(self) -> CacheDialog | None:
        """Tools ▸ Clip Cache…: sizes, the cap on rebuildable copies, clearing (studio.gui.render.cache_dialog)."""
        cache = self.controller.cache
        if cache is None:
            self.window.show_status(self.tr("The clip cache is not open yet."))
            return None
        dialog = CacheDialog(cache, self.window, rendering=lambda: self.controller.running)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.panel.cleared.connect(self.on_cache_cleared)
        dialog.open()
        return dialog

    def on_cache_cleared(self, _freed: int) -> None:
        """Every clip was deleted (the Clip Cache dialog or Preferences ▸ Storage): the lines show it."""
        self.window.model.refresh_cached()
        self.window.show_status(self.tr("The clip cache was cleared."))

    def play_current(self) -> None:
        row = self.window.current_row()
        if row < 0:
            return
        self.play_row(row)

    def play_row(self, row: int) -> bool:
        """Play a line's clip; render it first (with its cost and the guards) if it has none."""
        line = self.window.model.costs.line(row)
        if line.spec is None:
            self.window.show_status(self.tr("This line has nothing to say."))
            return False
        cache = self.controller.cache
        path = cache.path(line.spec.key) if cache is not None else None
        if path is not None:
            self._warn_if_silent()
            return self.player.play(row, path, self._duration_ms(line.spec.key))
        return self.controller.render([row], after=lambda _result, r=row: self._play_if_rendered(r))

    def _warn_if_silent(self) -> None:
        """Say once why nothing is heard: the line plays, but to no device."""
        if not self._warned_no_device and not self.player.has_output_device():
            self._warned_no_device = True
            self.window.show_status(self.tr("No audio output device: lines play silently. Rendering, the "
                                            "timeline and export work without one."))

    def _play_if_rendered(self, row: int) -> None:
        line = self.window.model.costs.line(row) if row < self.window.model.rowCount() else None
        cache = self.controller.cache
        path = cache.path(line.spec.key) if line and line.spec and cache else None
        if path is not None:
            self._warn_if_silent()
            self.player.play(row, path, self._duration_ms(line.spec.key))

    def _duration_ms(self, key: str) -> float | None:
        meta = self.controller.cache.meta(key) if self.controller.cache is not None else None
        return meta.duration_ms if meta is not None else None

    def _on_played(self, row: int) -> None:
        if not self.auto_advance_action.isChecked():
            return
        model = self.window.model
        for nxt in range(row + 1, model.rowCount()):
            if model.costs.line(nxt).spec is not None:
                self.window.select_row(nxt)
                self.play_row(nxt)
                return

    def _on_started(self, total: int) -> None:
        self.progress.begin(total, self.window.model.costs.unit)
        self.cancel_action.setEnabled(True)
        for act in (self.render_all_action, self.render_selected_action, self.retry_action):
            act.setEnabled(False)

    def _on_finished(self, _result) -> None:  # noqa: ANN001
        self.progress.end()
        self.cancel_action.setEnabled(False)
        for act in (self.render_all_action, self.render_selected_action, self.retry_action):
            act.setEnabled(True)
