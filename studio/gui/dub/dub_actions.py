"""The dub in the window: the timeline strip under the table, the video pane, export and "Dub video".

The dub is built on demand (after a render, on Refresh Timeline) off the GUI thread with the same core
pipeline as the CLI (studio/core/dub_pipeline.py), so the strip shows exactly what an export writes.
A film-length preview WAV of the last build feeds the video pane's "play in context". Per-line overflow
policies live in the project (1-based, like its per-line voices) and change through the undo stack.
The jobs themselves are in dub_jobs.py, Export and Dub Video in dub_outputs.py, the video side in
video_actions.py.
"""

from __future__ import annotations

import os
import threading
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from shiboken6 import isValid

from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import NATIVE_SPEED_PROVIDERS, SPEED_PROVIDERS
from studio.core.cues import Cue
from studio.core.dub_pipeline import DubResult, clip_paths
from studio.core.fit import OVERLAP, PUSH, FitSettings
from studio.gui.dub.alt_text import AltTextActions
from studio.gui.dub.clip_qa_actions import ClipQaActions
from studio.gui.dub.dub_jobs import (DubInputs, build_preview, derived_limit_bytes, fit_settings, line_list,
                                     sweep_previews)
from studio.gui.dub.dub_outputs import DubOutputs
from studio.gui.dub.faster_lines import FasterLinesActions
from studio.gui.dub.fit_feed import FitFeed
from studio.gui.dub.speed_offer import SpeedOfferActions
from studio.gui.kit.number_text import short_number
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.table import commands
from studio.gui.timeline.timeline_strip import TimelineStrip
from studio.gui.video.video_actions import VideoActions

if TYPE_CHECKING:
    from studio.gui.kit.progress_runner import ProgressRun
    from studio.gui.shell.workspace import Workspace

_PREVIEW_DIR = "dub-preview"  # next to the clip cache: rebuilt at will, never worth keeping
_numbers = count(1)


# --- the window's side -----------------------------------------------------------------------------

class DubActions(QObject):
    dub_ready = Signal(object)  # DubResult: the strip and the video pane show it
    dub_failed = Signal(str)

    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.result: DubResult | None = None  # the last build; its samples back the strip's waveform
        self.summary = ""  # the last build's one-line report (status bar)
        self._task: Task | None = None
        self._cancel: threading.Event | None = None
        self._preview: Path | None = None
        self._row_count = 0
        self._closed = False
        self._built_from: tuple[DubInputs, list[Path | None]] | None = None  # what self.result was built from
        self.outputs = DubOutputs(window, self)

        self.strip = TimelineStrip()
        self.strip.setObjectName("timelineStrip")
        splitter = window.splitter
        splitter.setOrientation(Qt.Orientation.Vertical)
        splitter.addWidget(self.strip)
        splitter.setCollapsible(0, False)
        splitter.setStretchFactor(0, 1)  # a taller window gives its room to the table, not the strip
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([500, 150])  # room for the waveform lane under the slots and clips
        self.video = VideoActions(window, self)
        self.pane, self.dock, self.dock_action = self.video.pane, self.video.dock, self.video.dock_action
        self.choose_video_action = self.video.choose_action

        self.export_action = self._action(self.tr("&Export Dub…"), self.export_dub, "Ctrl+E",
                                          self.tr("Write the dub as WAV, MP3 or M4A, with a timing report"))
        self.dub_video_action = self._action(self.tr("&Dub Video…"), self.dub_video, None,
                                             self.tr("Put the dub into a copy of the video"))
        self.refresh_action = self._action(self.tr("Refresh &Timeline"), self.refresh, "F5",
                                           self.tr("Fit and place every rendered line again"))
        self.overlap_action = self._action(self.tr("Let Line Overlap the Next"),
                                           lambda on: self.set_policy(OVERLAP if on else None), None,
                                           self.tr("When this line does not fit, it runs over the next one"))
        self.push_action = self._action(self.tr("Push Following Lines"),
                                        lambda on: self.set_policy(PUSH if on else None), None,
                                        self.tr("When this line does not fit, the lines after it move later"))
        for action in (self.overlap_action, self.push_action):
            action.setCheckable(True)
        self.file_actions = [self.export_action, self.dub_video_action, self.choose_video_action]
        self.speed_offer = SpeedOfferActions(window, self)
        self.alt_text = AltTextActions(window)
        self.clip_qa = ClipQaActions(window)
        self.fit_feed = FitFeed(window, self)
        self.faster_lines = FasterLinesActions(window, self)
        self.context_actions = [self.overlap_action, self.push_action, self.speed_offer.action,
                                self.faster_lines.action, self.speed_offer.clear_action, self.alt_text.action,
                                self.clip_qa.action]

        model = window.model
        model.cues_replaced.connect(self._on_cues_replaced)
        window.loaded.connect(self._on_loaded)
        window.view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())
        self.strip.cue_clicked.connect(window.select_row)
        self.strip.cue_activated.connect(self.video.play_in_context)
        self.video.length_known.connect(self._on_video_length)
        window.render_actions.controller.cache_ready.connect(lambda _cache: self._first_build())
        window.render_actions.controller.finished.connect(lambda _result: self.refresh())

    def _action(self, text: str, slot, shortcut: str | None, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def after_restore(self) -> None:
        self.video.after_restore()

    # --- following the document and the table ------------------------------------------------------

    def _cues(self) -> list[Cue]:
        return list(self.window.model.document.cues)

    def _on_loaded(self, _path: object) -> None:
        self._discard_build()
        self.result = None
        self.strip.clear_audio()  # the cues are there already (cues_replaced)
        self._row_count = self.window.model.rowCount()
        self.pane.set_dub(None)
        project = self.window.project
        video = project.video_path if project is not None else None
        self.video.show_video(video if video is not None and Path(video).is_file() else None)
        self._on_current_changed()
        QTimer.singleShot(250, self, self._first_build)  # after the first paint: builds hold the GIL

    def _first_build(self) -> None:
        """Show the slots (and any clips already in the cache) as soon as a file and the cache are there."""
        if self.result is None and self._task is None and self.window.model.rowCount():
            self.refresh(announce=False)

    def _on_video_length(self) -> None:
        if self.result is not None or self._task is not None:
            self.refresh(announce=False)  # the last line may now borrow up to the film's end

    def _on_cues_replaced(self, row: int, removed: int, added: int) -> None:
        rows = self.window.model.rowCount()
        moved = rows != self._row_count  # lines inserted or removed: placements are by row, now misaligned
        self._row_count = rows
        if not moved and removed == added <= 64:  # edited in place (a committed text, a retime): patch them
            self.strip.update_cues(row, self.window.model.document.cues[row:row + added])
        else:
            self.strip.set_cues(self._cues(), keep_audio=not moved)

    def _on_current_changed(self) -> None:
        row = self.window.current_row()
        self.strip.set_current(row)
        policy = self._policies_by_number().get(row + 1) if row >= 0 else None
        self.overlap_action.setChecked(policy == OVERLAP)
        self.push_action.setChecked(policy == PUSH)

    # --- building the dub -------------------------------------------------------------------------

    def _policies_by_number(self) -> dict[int, str]:
        project = self.window.project
        return dict(project.overflow_policies) if project is not None else {}

    def policies(self, cue_count: int) -> dict[int, str]:
        """The per-line policies for build_track: 0-based, only lines that exist."""
        return {number - 1: policy for number, policy in self._policies_by_number().items()
                if 1 <= number <= cue_count}

    def current_inputs(self) -> DubInputs | None:
        cache = self.window.render_actions.controller.cache
        if cache is None:
            self.window.show_status(self.tr("The clip cache is not open yet: try again in a moment."))
            return None
        cues = self._cues()
        render = self.window.job.render_settings()
        provider = self.window.job.session.provider
        # Only a provider that speaks faster for free re-renders during a build (NATIVE_SPEED_PROVIDERS).
        native = (provider if provider is not None and provider.name == render.provider
                  and render.provider in NATIVE_SPEED_PROVIDERS else None)
        return DubInputs(cues, render, cache, fit_settings(), self.policies(len(cues)), self.video.film_end_ms,
                         native, derived_limit_bytes())

    def _preview_dir(self, cache: ClipCache) -> Path:
        return cache.root.parent / _PREVIEW_DIR

    def refresh(self, announce: bool = True) -> bool:
        """Rebuild the dub off the GUI thread; dub_ready (or dub_failed) follows. False: nothing started.

        announce=False keeps the status bar quiet (a build nobody asked for: a file opened, a video's length).
        """
        if self._closed or (self.window.render_actions.controller.cache is None and not announce):
            return False
        inputs = self.current_inputs()
        if inputs is None or not inputs.cues:
            return False
        self._discard_build()
        self._cancel = threading.Event()
        folder = self._preview_dir(inputs.cache)
        wav = folder / f"dub-{os.getpid()}-{next(_numbers)}.wav"
        if self._preview is None:
            sweep_previews(folder)
        paths = clip_paths(inputs.cues, inputs.render, inputs.cache)
        self._task = run_in_background(build_preview, inputs, wav, self._cancel,
                                       on_done=lambda result: self._built(result, wav, inputs, paths, announce),
                                       on_error=self._build_failed)
        return True

    def _discard_build(self) -> None:
        if self._task is not None:
            self._task.discard()  # the user asked for a newer dub: this one is stale
            self._task = None
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def _built(self, result: DubResult, wav: Path, inputs: DubInputs, paths: list[Path | None],
               announce: bool = True) -> None:
        self._task, self._cancel = None, None
        if self._closed or not isValid(self.strip):  # closed, or deleted unclosed (a late delivery)
            wav.unlink(missing_ok=True)
            return
        self.result = result
        self._built_from = (inputs, paths)
        self._row_count = len(result.placements)
        self.strip.set_placements(result.placements, result.native_speeds)
        self.strip.set_waveform(result.track.samples, result.track.sample_rate)
        old, self._preview = self._preview, (wav if wav.is_file() else None)
        self.pane.set_dub(self._preview)  # releases the old file before it is deleted
        if old is not None and old != self._preview:
            try:
                old.unlink(missing_ok=True)
            except OSError:  # still open elsewhere (Windows): the next session's sweep removes it
                pass
        self.summary = self._summary(result, inputs.fit)
        if announce:
            self.window.show_status(self.summary)
        self.dub_ready.emit(result)

    def _build_failed(self, error: BaseException) -> None:
        self._task, self._cancel = None, None
        if self._closed or not isValid(self.strip):
            return
        text = error_text(error) or type(error).__name__
        self.summary = self.tr("The timeline could not be built: %1").replace("%1", text)
        self.window.show_status(self.summary)
        self.dub_failed.emit(text)

    def _summary(self, result: DubResult, fit: FitSettings) -> str:
        too_long = [p.index for p in result.placements if p.overflow_ms > 0]
        speed = short_number(fit.max_speed)
        if not too_long:
            parts = [self.tr("Timeline updated: every rendered line fits.")]
        elif len(too_long) == 1:
            parts = [self.tr("Line %1 is still too long after %2× speed-up.").replace("%1", str(too_long[0]))
                     .replace("%2", speed)]
        else:
            parts = [self.tr("%n line(s) still too long after %1× speed-up (lines %2).", "", len(too_long))
                     .replace("%1", speed).replace("%2", line_list(too_long))]
        if result.native_speeds:
            parts.append(self.tr("Spoken faster by the voice itself, not stretched: line(s) %1.")
                         .replace("%1", line_list(sorted(result.native_speeds))))
        if too_long and self.window.job.render_settings().provider in SPEED_PROVIDERS:
            parts.append(self.tr("Right-click a line ▸ Render Line Faster to have it spoken faster."))
        if result.missing:
            parts.append(self.tr("Not rendered yet, silent: %1.").replace("%1", line_list(result.missing)))
        return " ".join(parts)

    def cleanup(self) -> None:
        """Delete this session's preview WAV (the window is closing): no build starts or lands after this,
        whatever still reports in (a render finishing, the video's length)."""
        self._closed = True
        self.video.stop_reading()
        self._discard_build()
        self.pane.stop()
        if self._preview is not None:
            self.pane.set_dub(None)
            try:
                self._preview.unlink(missing_ok=True)
            except OSError:
                pass
            self._preview = None

    # --- per-line overflow policy -----------------------------------------------------------------

    def _target_rows(self) -> list[int]:
        rows = self.window.selected_rows()
        current = self.window.current_row()
        return rows or ([current] if current >= 0 else [])

    def set_policy(self, policy: str | None) -> bool:
        """Give the selected lines their own overflow policy (None: back to the default), as one undo step."""
        rows = self._target_rows()
        if not rows:
            return False
        project = self.window.voice_actions.ensure_project()
        old = dict(project.overflow_policies)
        new = dict(old)
        for row in rows:
            if policy is None:
                new.pop(row + 1, None)
            else:
                new[row + 1] = policy
        if new == old:
            self._on_current_changed()
            return False

        def store(value: dict[int, str]) -> None:
            # The project captured here: the undo stack is cleared whenever another document opens.
            project.overflow_policies = dict(value)
            self._on_current_changed()
            if self.result is not None:
                self.refresh()  # show what the choice does

        commands.push(self.window.model, commands.ValueCommand(store, old, new, self.tr("Change overflow policy")))
        return True

    # --- export and dub video (dub_outputs.py) ---------------------------------------------------

    def export_dub(self) -> ProgressRun | None:
        return self.outputs.export_dub()

    def dub_video(self) -> ProgressRun | None:
        return self.outputs.dub_video()

    def ready_result(self, inputs: DubInputs) -> DubResult | None:
        """The last build when it was made from these very inputs and the same clips: what Export and
        Dub Video then use as it is (None: a build is running, or something changed since)."""
        if self._task is not None or self.result is None or self._built_from is None:
            return None
        built_inputs, built_paths = self._built_from
        if built_inputs != inputs or clip_paths(inputs.cues, inputs.render, inputs.cache) != built_paths:
            return None
        return self.result
