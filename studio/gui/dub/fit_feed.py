"""Feeds the table's Fit column: the fit forecast of every line, and the ladder's rung of every placed one.

One pass over the film (studio.core.fit_rows) runs off the GUI thread a moment after the lines, their
costing or the timeline change; edits arriving meanwhile make one more pass when it ends, never a
pile of them. The column appears by itself once it has news (a line that will not fit, an offer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from studio.core.clip_cache import ClipCache
from studio.core.dub_pipeline import DubResult
from studio.core.fit_forecast import cached_speech
from studio.core.fit_rows import Built, FitRows, fit_rows
from studio.gui.dub.dub_jobs import fit_settings
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.table.cue_columns import COL_FIT
from studio.gui.table.fit_column import is_news

if TYPE_CHECKING:
    from studio.gui.dub.dub_state import DubState
    from studio.gui.shell.workspace import Workspace

# After the last change: typing a line sends a change per keystroke, and a pass reads the whole film.
DELAY_MS = 300


class FitFeed(QObject):
    def __init__(self, window: Workspace, dub: DubState) -> None:
        super().__init__(window)
        self.window, self.dub = window, dub
        self._built: Built | None = None
        self._spans: dict[str, float | None] = {}  # clip key -> its speech in ms: a clip never changes
        self._task: Task | None = None
        self._again = False
        self._had_news = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.update_now)
        window.model.costs_changed.connect(self._timer.start)
        window.loaded.connect(self._on_loaded)
        dub.dub_ready.connect(self._on_built)

    @property
    def busy(self) -> bool:
        """A pass is running or waiting to start (tests wait for it to end)."""
        return self._task is not None or self._timer.isActive() or self._again

    def _on_loaded(self, _path: object) -> None:
        self._built = None  # placements of another file
        self._had_news = False
        self._timer.start()

    def _on_built(self, result: DubResult) -> None:
        model = self.window.model
        keys = [spec.key if spec is not None else None
                for spec in (model.costs.line(row).spec for row in range(model.rowCount()))]
        self._built = Built(result.placements, keys)
        self._timer.start()

    def update_now(self) -> None:
        """Start a pass with the lines as they are now (or one more after the running pass)."""
        self._timer.stop()
        if self._task is not None:
            self._again = True
            return
        self._again = False
        model = self.window.model
        if not model.costs.complete:
            self._timer.start()  # a film just opened is still being costed
            return
        cache: ClipCache | None = self.window.render_actions.controller.cache
        # The window's own dub build decodes the clips: read its copies rather than decode them twice.
        durations = cached_speech(cache, self._spans, decode=False) if cache is not None else (lambda key: None)
        # A clip whose speech is not known yet (not decoded) counts whole for its line, but teaches no pace.
        learn = cached_speech(cache, self._spans, decode=False, whole=False) if cache is not None else None
        is_cached = cache.contains if cache is not None else (lambda key: False)
        fit = fit_settings()
        specs = [model.costs.line(row).spec for row in range(model.rowCount())]  # made already: not again
        self._task = run_in_background(
            fit_rows, list(model.document.cues), model.costs.settings, model.costs.tariff, durations,
            fit.max_speed, fit.slots, is_cached, self._built, specs, learn,
            on_done=self._done, on_error=self._failed)

    def _done(self, rows: FitRows) -> None:
        self._task = None
        model = self.window.model
        model.fits.set_rows(rows)
        news = is_news(model)
        if news and not self._had_news:  # shown once when news arrives: a user who hides it again is heard
            self.window.view.horizontalHeader().setSectionHidden(COL_FIT, False)
        self._had_news = news
        if self._again:
            self.update_now()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.window.show_status(self.tr("The fit forecast could not be worked out: %1").replace(
            "%1", error_text(error) or type(error).__name__))
        if self._again:
            self.update_now()
