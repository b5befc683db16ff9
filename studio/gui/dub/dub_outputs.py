"""Export Dub and Dub Video in the window: ask, then run under a progress dialog with % and time left.

Both use the dub the timeline already shows when nothing changed since it was built (no second
decode and fit of every clip), and Dub Video streams it into ffmpeg as the CLI does: one pass, no
temporary WAV. The dialog's choices are remembered (dub_video_memory.py).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from studio.core.dub_pipeline import DubResult, clip_paths
from studio.core.languages import find
from studio.core.mux import Tracks, TrackWords, dub_title
from studio.gui.dub.dub_jobs import DubInputs, dub_video_job, export_job, export_place, line_list
from studio.gui.dub.dub_video_dialog import DubVideoDialog
from studio.gui.dub.dub_video_memory import DubVideoOptions, remember, remembered_options
from studio.gui.dub.export_dialog import ExportDialog, ExportOptions
from studio.gui.kit import settings
from studio.gui.kit.language_names import language_name
from studio.gui.kit.progress_runner import ProgressRun, run_with_progress
from studio.gui.kit.provider_text import provider_name

if TYPE_CHECKING:
    from studio.gui.dub.dub_state import DubState
    from studio.gui.shell.workspace import Workspace


class DubOutputs(QObject):
    def __init__(self, window: Workspace, dub: DubState) -> None:
        super().__init__(dub)
        self.window, self.dub = window, dub

    def _rendered(self, inputs: DubInputs) -> bool:
        """True when at least one line has a clip; else say what to do first."""
        if any(path is not None for path in clip_paths(inputs.cues, inputs.render, inputs.cache)):
            return True
        self.window.show_error(self.tr("Nothing Rendered Yet"),
                               self.tr("No line has been rendered yet: use Render ▸ Render All Lines first."))
        return False

    def export_dub(self) -> ProgressRun | None:
        inputs = self.dub.current_inputs()
        if inputs is None or not self._rendered(inputs):
            return None
        folder, stem = export_place(self.window.model.document.path)
        result = self.dub.result
        pushed = result is not None and result.track.pushed()
        options = self.ask_export_options(ExportOptions(folder / f"{stem}.dub.wav",
                                                        normalize=settings.get(settings.NORMALIZE),
                                                        target_lufs=settings.get(settings.TARGET_LUFS)), pushed)
        if options is None:
            return None
        settings.put(settings.EXPORT_DIR, str(options.path.parent))
        settings.put(settings.NORMALIZE, options.normalize)
        settings.put(settings.TARGET_LUFS, options.target_lufs)
        cancel = threading.Event()
        return run_with_progress(self.window, self.tr("Export Dub"), export_job, inputs, options,
                                 self.dub.ready_result(inputs), cancel_event=cancel, kwargs={"cancel": cancel},
                                 progress_arg="progress", label=self.tr("Writing %1…").replace("%1", options.path.name),
                                 on_done=lambda done: self._finished(done, options.path),
                                 on_cancelled=lambda: self.window.show_status(
                                     self.tr("Export cancelled: nothing was written.")))

    def dub_video(self) -> ProgressRun | None:
        inputs = self.dub.current_inputs()
        if inputs is None or not self._rendered(inputs):
            return None
        project = self.window.voice_actions.ensure_project()
        # Guessed off the GUI thread when the file opened (the voice picker filters by the same guess).
        found = find(self.window.voice_actions.file_language)
        options = self.ask_dub_video_options(remembered_options(project.video_path,
                                                                found.terminology if found else None))
        if options is None:
            return None
        remember(options)
        # The timeline was built for the project's video: another one has its own length (the job reads it).
        built = self.dub.ready_result(inputs) if options.video == project.video_path else None
        if options.video != project.video_path:
            self.dub.video.set_video(options.video)
        normalize = settings.get(settings.TARGET_LUFS) if settings.get(settings.NORMALIZE) else None
        words = self.track_words()
        labels = Tracks(options.language, dub_title(options.language, self._voice_label(inputs),
                                                    mixed=options.mode == "duck", words=words), words=words)
        cancel = threading.Event()
        return run_with_progress(self.window, self.tr("Dub Video"), dub_video_job, inputs, options, built,
                                 normalize, labels,
                                 cancel_event=cancel, kwargs={"cancel": cancel}, progress_arg="progress",
                                 label=self.tr("Dubbing %1…").replace("%1", options.video.name),
                                 on_done=lambda done: self._finished(done, options.output),
                                 on_cancelled=lambda: self.window.show_status(
                                     self.tr("Dubbing cancelled: no video was written.")))

    def track_words(self) -> TrackWords:
        """The tracks' titles in the interface language ("Doublage – français – …"); the CLI's are English."""
        return TrackWords(dub=self.tr("Dub", "audio track title"),
                          dub_over_original=self.tr("Dub over the original", "audio track title"),
                          original=self.tr("Original", "audio track title"),
                          subtitles=self.tr("Subtitles", "subtitle track title"), language_name=language_name)

    def _voice_label(self, inputs: DubInputs) -> str:
        """"ElevenLabs Rachel": the provider and the job's voice, for the dub track's title."""
        voice = inputs.render.voice
        name = self.window.model.voice_names.get(voice, voice) if voice else ""
        return f"{provider_name(inputs.render.provider)} {name}".strip()

    def _finished(self, result: DubResult, path: Path) -> None:
        self.window.show_status(self.tr("Saved %1").replace("%1", str(path)))
        if result.missing:
            self.inform(self.tr("Some Lines Are Silent"),
                        self.tr("%1 was written, but these lines had no clip yet and are silent in it: %2.\n\n"
                                "Render them, then export again.").replace("%1", path.name)
                        .replace("%2", line_list(result.missing, 40)))

    # --- questions (tests replace these) ----------------------------------------------------------

    def ask_export_options(self, suggested: ExportOptions, lines_pushed: bool) -> ExportOptions | None:
        dialog = ExportDialog(self.window, options=suggested, lines_pushed=lines_pushed)
        return dialog.options() if dialog.exec() == ExportDialog.DialogCode.Accepted else None

    def ask_dub_video_options(self, suggested: DubVideoOptions) -> DubVideoOptions | None:
        dialog = DubVideoDialog(self.window, options=suggested)
        return dialog.options() if dialog.exec() == DubVideoDialog.DialogCode.Accepted else None

    def inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the export is done, nothing waits on the answer
