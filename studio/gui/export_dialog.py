"""The "Export dub" and "Dub video" dialogs, and the progress-and-cancel runner both jobs go through.

The dialogs only collect choices (ExportOptions, DubVideoOptions); the caller runs the job with
run_with_progress, which keeps the work off the GUI thread (tasks.run_in_background), shows a
progress dialog whose Cancel sets the job's threading.Event, and reports a failure in one clear
message box. The core's ExportError/MuxError/FitError messages are already user-ready sentences.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QProgressDialog, QPushButton, QRadioButton, QVBoxLayout, QWidget)
from shiboken6 import isValid

from studio.core.export import ExportError
from studio.core.fit import FitError
from studio.core.mux import MediaError, MediaInfo, MuxCancelled, MuxError, probe_media
from studio.gui import colors
from studio.gui.tasks import Task, run_in_background

log = logging.getLogger(__name__)

AUDIO_FORMATS = ("wav", "mp3", "m4a")
VIDEO_CONTAINERS = ("mp4", "mkv")
DEFAULT_LUFS = -16.0  # the usual target for web video; broadcast (EBU R128) is -23
REPORT_FORMATS = ("csv", "json")
_OK = QDialogButtonBox.StandardButton.Ok
# Exceptions whose message is written for the user (one sentence saying what to do).
USER_READY_ERRORS: tuple[type[BaseException], ...] = (ExportError, MuxError, FitError)


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose in the export dialog."""

    path: Path
    fmt: str = "wav"  # one of AUDIO_FORMATS; the path's suffix always matches it
    normalize: bool = False
    target_lufs: float = DEFAULT_LUFS
    timing_report: bool = False
    report_format: str = "csv"  # one of REPORT_FORMATS
    retimed_srt: bool = False

    @property
    def normalize_lufs(self) -> float | None:
        """The value for export_audio(normalize_lufs=...): None when normalisation is off."""
        return self.target_lufs if self.normalize else None

    @property
    def report_path(self) -> Path | None:
        """Next to the dub: "film.timing.csv" for "film.wav"; None when no report was asked for."""
        return self.path.with_suffix(f".timing.{self.report_format}") if self.timing_report else None

    @property
    def srt_path(self) -> Path | None:
        """Next to the dub: "film.retimed.srt"; None when not asked for."""
        return self.path.with_suffix(".retimed.srt") if self.retimed_srt else None


@dataclass(frozen=True)
class DubVideoOptions:
    """What the user chose in the "Dub video" dialog (arguments for mux_video)."""

    video: Path
    output: Path
    mode: str = "replace"  # one of studio.core.mux.MODES
    language: str | None = "fra"  # ISO 639-2 code for the dub's audio track; None: untagged


def _with_suffix(text: str, suffix: str) -> str:
    """text with its file suffix replaced by .suffix (added when it has none)."""
    if not text.strip():
        return text
    path = Path(text)
    return str(path.with_suffix(f".{suffix}")) if path.suffix else f"{text}.{suffix}"


class _PathField(QWidget):
    """A line edit with a "Browse…" button."""

    def __init__(self, parent: QWidget, browse: Callable[[], None]) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.button = QPushButton(self.tr("Browse…"), self)
        self.button.clicked.connect(browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)


class ExportDialog(QDialog):
    """Choose where and how to write the dub track, and which companion files to write with it."""

    def __init__(self, parent: QWidget | None = None, *, options: ExportOptions | None = None,
                 default_path: str | Path | None = None, lines_pushed: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export dub"))
        self.path_field = _PathField(self, self._browse)
        self.path_edit = self.path_field.edit
        self.format_combo = QComboBox(self)
        for fmt, label in (("wav", self.tr("WAV (lossless, largest)")), ("mp3", self.tr("MP3")),
                           ("m4a", self.tr("M4A (AAC)"))):
            self.format_combo.addItem(label, fmt)
        self.normalize_check = QCheckBox(self.tr("Normalise loudness (EBU R128)"), self)
        self.lufs_spin = QDoubleSpinBox(self)
        self.lufs_spin.setRange(-40.0, -5.0)
        self.lufs_spin.setDecimals(1)
        self.lufs_spin.setSingleStep(1.0)
        self.lufs_spin.setSuffix(self.tr(" LUFS"))
        self.lufs_hint = QLabel(self.tr("−16 suits the web, −23 is broadcast."), self)
        self.report_check = QCheckBox(self.tr("Write a timing report"), self)
        self.report_check.setToolTip(self.tr("One row per line: slot, clip, where it was placed, speed, "
                                             "overflow"))
        self.report_combo = QComboBox(self)
        self.report_combo.addItem(self.tr("CSV (spreadsheet)"), "csv")
        self.report_combo.addItem(self.tr("JSON"), "json")
        self.srt_check = QCheckBox(self.tr("Write an SRT retimed to where the audio was placed"), self)
        self.srt_hint = QLabel(self, wordWrap=True)
        self.srt_hint.setText(self.tr("Some lines were pushed later: a retimed SRT keeps the subtitles with "
                                      "the voice.") if lines_pushed else
                              self.tr("No line was pushed: the retimed SRT would match the original."))
        self.error_label = QLabel(self, wordWrap=True)
        colors.set_text_color(self.error_label, colors.error_color)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(_OK | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(_OK).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Save as:"), self.path_field)
        form.addRow(self.tr("Format:"), self.format_combo)
        loudness = QHBoxLayout()
        loudness.addWidget(self.normalize_check)
        loudness.addWidget(self.lufs_spin)
        loudness.addStretch(1)
        form.addRow(loudness)
        form.addRow("", self.lufs_hint)
        report = QHBoxLayout()
        report.addWidget(self.report_check)
        report.addWidget(self.report_combo)
        report.addStretch(1)
        form.addRow(report)
        form.addRow(self.srt_check)
        form.addRow(self.srt_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.normalize_check.toggled.connect(self._update_enabled)
        self.report_check.toggled.connect(self._update_enabled)
        self.path_edit.textChanged.connect(self._update_enabled)
        self.set_options(options or ExportOptions(Path(default_path) if default_path else Path()))
        if options is None and not default_path:
            self.path_edit.clear()
        self.resize(520, self.sizeHint().height())

    def set_options(self, options: ExportOptions) -> None:
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(options.fmt)))
        path = str(options.path)
        self.path_edit.setText(_with_suffix(path, options.fmt) if path not in ("", ".") else "")
        self.normalize_check.setChecked(options.normalize)
        self.lufs_spin.setValue(options.target_lufs)
        self.report_check.setChecked(options.timing_report)
        self.report_combo.setCurrentIndex(max(0, self.report_combo.findData(options.report_format)))
        self.srt_check.setChecked(options.retimed_srt)
        self._update_enabled()

    def options(self) -> ExportOptions:
        fmt = self.format_combo.currentData()
        return ExportOptions(path=Path(_with_suffix(self.path_edit.text().strip(), fmt)), fmt=fmt,
                             normalize=self.normalize_check.isChecked(), target_lufs=self.lufs_spin.value(),
                             timing_report=self.report_check.isChecked(),
                             report_format=self.report_combo.currentData(),
                             retimed_srt=self.srt_check.isChecked())

    def accept(self) -> None:
        folder = self.options().path.parent
        if not folder.is_dir():
            self.error_label.setText(self.tr("The folder {folder} does not exist: choose another place.")
                                     .format(folder=folder))
            self.error_label.show()
            return
        super().accept()

    def _format_changed(self) -> None:
        # The suffix follows the format, so the file always says what it holds.
        self.path_edit.setText(_with_suffix(self.path_edit.text(), self.format_combo.currentData()))

    def _update_enabled(self) -> None:
        self.lufs_spin.setEnabled(self.normalize_check.isChecked())
        self.report_combo.setEnabled(self.report_check.isChecked())
        self.buttons.button(_OK).setEnabled(bool(self.path_edit.text().strip()))
        self.error_label.hide()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export dub"), self.path_edit.text(),
                                              self.tr("Audio (*.wav *.mp3 *.m4a)"))
        if not path:
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in AUDIO_FORMATS:
            self.format_combo.setCurrentIndex(self.format_combo.findData(suffix))
        self.path_edit.setText(_with_suffix(path, self.format_combo.currentData()))


def _language_names() -> list[tuple[str, str]]:
    """ISO 639-2 codes offered for the dub's track, with names in the user's language."""
    def name(text: str) -> str:
        return QCoreApplication.translate("DubVideoDialog", text)

    # QT_TRANSLATE_NOOP marks each name for lupdate; name() translates it when the dialog opens.
    return [("fra", name(QT_TRANSLATE_NOOP("DubVideoDialog", "French"))),
            ("eng", name(QT_TRANSLATE_NOOP("DubVideoDialog", "English"))),
            ("spa", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Spanish"))),
            ("deu", name(QT_TRANSLATE_NOOP("DubVideoDialog", "German"))),
            ("ita", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Italian"))),
            ("por", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Portuguese"))),
            ("nld", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Dutch"))),
            ("pol", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Polish"))),
            ("ara", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Arabic"))),
            ("jpn", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Japanese"))),
            ("zho", name(QT_TRANSLATE_NOOP("DubVideoDialog", "Chinese"))),
            ("", name(QT_TRANSLATE_NOOP("DubVideoDialog", "None (untagged)")))]


class DubVideoDialog(QDialog):
    """Choose the video, where to save the dubbed copy, how the dub goes in, and its language tag."""

    def __init__(self, parent: QWidget | None = None, *, video: str | Path | None = None,
                 output: str | Path | None = None, options: DubVideoOptions | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dub video"))
        self._probe_task: Task | None = None
        self._auto_output = ""  # the output we derived from the video; replaced when the video changes
        self.media_info: MediaInfo | None = None

        self.video_field = _PathField(self, self._browse_video)
        self.video_edit = self.video_field.edit
        self.video_info = QLabel(self, wordWrap=True)
        self.output_field = _PathField(self, self._browse_output)
        self.output_edit = self.output_field.edit
        self.container_combo = QComboBox(self)
        self.container_combo.addItem(self.tr("MP4"), "mp4")
        self.container_combo.addItem(self.tr("MKV (takes any codec)"), "mkv")

        self.mode_buttons = QButtonGroup(self)
        self.mode_radios: dict[str, QRadioButton] = {}
        modes = QGroupBox(self.tr("The dub goes in by"), self)
        mode_layout = QVBoxLayout(modes)
        for mode, label, explanation in (
                ("replace", self.tr("Replacing the sound"),
                 self.tr("The dub becomes the video's only sound.")),
                ("add", self.tr("Adding a track"),
                 self.tr("The original sound stays; the dub is a second audio track viewers can choose.")),
                ("duck", self.tr("Mixing over the original"),
                 self.tr("The original is lowered only while the dub speaks, music and effects stay."))):
            radio = QRadioButton(label, modes)
            note = QLabel(explanation, modes)
            note.setWordWrap(True)
            note.setContentsMargins(22, 0, 0, 4)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text, theme-aware
            self.mode_buttons.addButton(radio)
            self.mode_radios[mode] = radio
            mode_layout.addWidget(radio)
            mode_layout.addWidget(note)

        self.language_combo = QComboBox(self)
        for code, name in _language_names():
            self.language_combo.addItem(f"{name} ({code})" if code else name, code)
        self.error_label = QLabel(self, wordWrap=True)
        colors.set_text_color(self.error_label, colors.error_color)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(_OK | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(_OK).setText(self.tr("Dub video"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Video:"), self.video_field)
        form.addRow("", self.video_info)
        form.addRow(self.tr("Save as:"), self.output_field)
        form.addRow(self.tr("Container:"), self.container_combo)
        form.addRow(self.tr("Dub language:"), self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(modes)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.container_combo.currentIndexChanged.connect(self._container_changed)
        self.video_edit.editingFinished.connect(lambda: self._video_changed(self.video_edit.text()))
        self.video_edit.textChanged.connect(self._update_enabled)
        self.output_edit.textChanged.connect(self._update_enabled)
        self.mode_buttons.buttonToggled.connect(self._update_enabled)

        if options is None:
            options = DubVideoOptions(Path(video) if video else Path(), Path(output) if output else Path())
        self.set_options(options)
        self.resize(560, self.sizeHint().height())

    def set_options(self, options: DubVideoOptions) -> None:
        video = str(options.video) if str(options.video) not in ("", ".") else ""
        output = str(options.output) if str(options.output) not in ("", ".") else ""
        suffix = Path(output).suffix.lower().lstrip(".")
        if suffix in VIDEO_CONTAINERS:
            self.container_combo.setCurrentIndex(self.container_combo.findData(suffix))
        self.output_edit.setText(_with_suffix(output, self.container_combo.currentData()) if output else "")
        self.mode_radios.get(options.mode, self.mode_radios["replace"]).setChecked(True)
        index = self.language_combo.findData(options.language or "")
        if index < 0:  # a code we do not list: keep it rather than silently retag the track
            self.language_combo.addItem(options.language or "", options.language or "")
            index = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(index)
        self.video_edit.setText(video)
        self._video_changed(video)

    def options(self) -> DubVideoOptions:
        mode = next(mode for mode, radio in self.mode_radios.items() if radio.isChecked())
        language = self.language_combo.currentData() or None
        output = _with_suffix(self.output_edit.text().strip(), self.container_combo.currentData())
        return DubVideoOptions(Path(self.video_edit.text().strip()), Path(output), mode, language)

    def accept(self) -> None:
        options = self.options()
        problem = None
        if not options.video.is_file():
            problem = self.tr("The video {name} was not found: choose it again.").format(
                name=options.video.name)
        elif options.output.resolve() == options.video.resolve():
            problem = self.tr("Save the dubbed video under another name: the original must stay untouched.")
        elif not options.output.parent.is_dir():
            problem = self.tr("The folder {folder} does not exist: choose another place.").format(
                folder=options.output.parent)
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

    # ----- internals -----

    def _video_changed(self, text: str) -> None:
        text = text.strip()
        if self._probe_task is not None:
            self._probe_task.discard()  # a previous video's report would be stale
            self._probe_task = None
        self.media_info = None
        self._set_modes_allowed(True)
        if not text:
            self.video_info.setText(self.tr("Choose the video to dub; it is stored in the project."))
            return
        path = Path(text)
        current = self.output_edit.text().strip()
        if not current or current == self._auto_output:
            container = self.container_combo.currentData()
            self._auto_output = str(path.with_name(f"{path.stem}.dubbed.{container}"))
            self.output_edit.setText(self._auto_output)
        self.video_info.setText(self.tr("Reading the video…"))
        self._probe_task = run_in_background(probe_media, path, on_done=self._probed,
                                             on_error=self._probe_failed)

    def done(self, result: int) -> None:
        if self._probe_task is not None:
            self._probe_task.discard()  # nobody will read the report now
            self._probe_task = None
        super().done(result)

    def _probed(self, info: MediaInfo) -> None:
        if not isValid(self):
            return  # the dialog was deleted while ffmpeg read the video
        self._probe_task = None
        self.media_info = info
        seconds = (info.duration_ms or 0) // 1000
        length = f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        video = info.video[0].codec if info.video else "—"
        if not info.video:
            self.video_info.setText(self.tr("This file has no picture: choose the video itself."))
        elif not info.has_audio:
            self.video_info.setText(self.tr("{length}, video {codec}, no sound of its own: only “Replacing "
                                            "the sound” is possible.").format(length=length, codec=video))
        else:
            audio = ", ".join(f"{s.codec} {s.layout or ''}".strip() for s in info.audio)
            self.video_info.setText(self.tr("{length}, video {codec}, sound: {audio}.").format(
                length=length, codec=video, audio=audio))
        self._set_modes_allowed(info.has_audio)

    def _probe_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._probe_task = None
        self.video_info.setText(str(error) if isinstance(error, MediaError) else
                                self.tr("This video could not be read."))

    def _set_modes_allowed(self, has_audio: bool) -> None:
        for mode in ("add", "duck"):
            self.mode_radios[mode].setEnabled(has_audio)
        if not has_audio and not self.mode_radios["replace"].isChecked():
            self.mode_radios["replace"].setChecked(True)

    def _container_changed(self) -> None:
        container = self.container_combo.currentData()
        text = _with_suffix(self.output_edit.text(), container)
        if self.output_edit.text() == self._auto_output:
            self._auto_output = text
        self.output_edit.setText(text)

    def _update_enabled(self) -> None:
        ready = bool(self.video_edit.text().strip() and self.output_edit.text().strip())
        self.buttons.button(_OK).setEnabled(ready)
        self.error_label.hide()

    def _browse_video(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the video"), self.video_edit.text(),
            self.tr("Videos (*.mp4 *.mkv *.mov *.m4v *.avi *.webm);;All files (*)"))
        if path:
            self.video_edit.setText(path)
            self._video_changed(path)

    def _browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dubbed video"), self.output_edit.text(),
                                              self.tr("Videos (*.mp4 *.mkv)"))
        if not path:
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in VIDEO_CONTAINERS:
            self.container_combo.setCurrentIndex(self.container_combo.findData(suffix))
        self.output_edit.setText(_with_suffix(path, self.container_combo.currentData()))


class _Progress:
    """The latest fraction a worker reported: one float, written by the worker, polled by a QTimer.

    Assigning a float is atomic in Python, so no lock is needed and the worker never touches Qt.
    """

    def __init__(self) -> None:
        self.fraction: float | None = None

    def __call__(self, fraction: float) -> None:
        self.fraction = fraction


class ProgressRun:
    """One job under a progress dialog; `finished` is True once its outcome was handled."""

    def __init__(self) -> None:
        self.finished = False
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.task: Task | None = None


def run_with_progress(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      cancel_event: threading.Event | None = None, label: str = "",
                      kwargs: Mapping[str, Any] | None = None, progress_arg: str | None = None,
                      on_done: Callable[[Any], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> ProgressRun:
    """Run fn(*args, **kwargs) off the GUI thread under a progress dialog; returns at once.

    cancel_event: the Event fn watches (e.g. mux_video's cancel=); the dialog's Cancel sets it.
    Without one, the dialog has no Cancel button. progress_arg: the name of fn's progress callback
    parameter (mux_video's "progress"); without it the bar shows "busy". On success on_done(result)
    runs; after a cancel, on_cancelled(); on failure a message box tells the user why (the core's
    sentences as they are, anything else as a short notice with the details in the log), then
    on_error(error).
    """
    run = ProgressRun()
    call_kwargs = dict(kwargs or {})
    progress = _Progress()
    if progress_arg:
        call_kwargs[progress_arg] = progress
    dialog = QProgressDialog(label or title, QCoreApplication.translate("ProgressDialog", "Cancel")
                             if cancel_event is not None else "", 0, 1000 if progress_arg else 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)  # a job done in a blink never flashes a dialog
    if cancel_event is None:
        dialog.setCancelButton(None)
    dialog.setValue(0)
    run.dialog = dialog
    poll = QTimer(dialog)
    poll.setInterval(100)

    def show_progress() -> None:
        if progress.fraction is not None and not run.cancelled:
            dialog.setValue(round(progress.fraction * 1000))

    def cancel() -> None:
        # Also reached when the dialog is closed with Esc or its title-bar button.
        if run.finished or cancel_event is None:
            return
        run.cancelled = True
        cancel_event.set()
        dialog.setLabelText(QCoreApplication.translate("ProgressDialog", "Cancelling…"))

    def close_dialog() -> None:
        run.finished = True
        run.dialog = None
        if not isValid(dialog):
            return  # its parent window was closed meanwhile, taking the dialog (and the timer) with it
        poll.stop()
        dialog.canceled.disconnect(cancel)
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        close_dialog()
        run.result = result
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        close_dialog()
        run.error = error
        if isinstance(error, MuxCancelled) or (cancel_event is not None and cancel_event.is_set()):
            run.cancelled = True
            if on_cancelled is not None:
                on_cancelled()
            return
        if isinstance(error, USER_READY_ERRORS):
            text = str(error)
        else:
            log.error("%s failed", title, exc_info=error)
            text = QCoreApplication.translate(
                "ProgressDialog", "This did not work because of an unexpected error ({kind}). The details "
                "are in the log.").format(kind=type(error).__name__)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): no nested event loop, and tests can read and close it
        run.message_box = box
        if on_error is not None:
            on_error(error)

    dialog.canceled.connect(cancel)
    poll.timeout.connect(show_progress)
    poll.start()
    run.task = run_in_background(lambda: fn(*args, **call_kwargs), on_done=done, on_error=failed)
    return run
