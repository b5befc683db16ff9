"""The "Dub video" dialog: the video, where the dubbed copy goes, how the dub goes in, its language.

It only collects choices (DubVideoOptions); the caller runs the job with
progress_runner.run_with_progress and keeps the choices with dub_video_memory.remember.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QGroupBox, QLabel, QRadioButton, QSpinBox,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from studio.core.mux import DuckSettings, MediaError, MediaInfo, probe_media
from studio.gui.dub.dub_video_memory import (VIDEO_CONTAINERS, DubVideoOptions, remembered_options,
                                             suggested_output)
from studio.gui.dub.export_dialog import OK, PathField, dialog_footer, take_chosen_path, with_suffix
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background


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
        """options: what to show (remembered_options gives the remembered ones); else video/output."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dub video"))
        self._probe_task: Task | None = None
        self._auto_output = ""  # the output we derived from the video; replaced when the video changes
        self._shown_video = ""  # the video whose remembered choices are shown
        self.media_info: MediaInfo | None = None

        self.video_field = PathField(self, self._browse_video)
        self.video_edit = self.video_field.edit
        self.video_info = QLabel(self, wordWrap=True)
        self.output_field = PathField(self, self._browse_output)
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
                 self.tr("The original sound stays as a second track; players play the dub first.")),
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
        self.language_combo.setToolTip(self.tr("Players show it in their audio menu; detected from the subtitles"))
        self.subtitles_check = QCheckBox(self.tr("Put the subtitles in the video too, tagged with this language"),
                                         self)
        self.duck_group = QGroupBox(self.tr("How the original is lowered"), self)
        self.duck_spin = QDoubleSpinBox(self.duck_group)
        self.duck_spin.setRange(-60.0, 0.0)
        self.duck_spin.setDecimals(0)
        self.duck_spin.setSuffix(self.tr(" dB"))
        self.duck_spin.setToolTip(self.tr("How far the original is lowered while the dub speaks"))
        self.fade_down_spin = QSpinBox(self.duck_group)
        self.fade_up_spin = QSpinBox(self.duck_group)
        for spin in (self.fade_down_spin, self.fade_up_spin):
            spin.setRange(0, 5000)
            spin.setSingleStep(50)
            spin.setSuffix(self.tr(" ms"))
        duck_form = QFormLayout(self.duck_group)
        duck_form.addRow(self.tr("Original lowered by:"), self.duck_spin)
        duck_form.addRow(self.tr("Fade down before a line:"), self.fade_down_spin)
        duck_form.addRow(self.tr("Fade back up after it:"), self.fade_up_spin)
        self.error_label, self.buttons = dialog_footer(self, self.tr("Dub video"))

        form = QFormLayout()
        form.addRow(self.tr("Video:"), self.video_field)
        form.addRow("", self.video_info)
        form.addRow(self.tr("Save as:"), self.output_field)
        form.addRow(self.tr("Container:"), self.container_combo)
        form.addRow(self.tr("Dub language:"), self.language_combo)
        form.addRow("", self.subtitles_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (modes, self.duck_group, self.error_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.container_combo.currentIndexChanged.connect(self._container_changed)
        self.video_edit.editingFinished.connect(lambda: self._video_changed(self.video_edit.text()))
        self.video_edit.textChanged.connect(self._update_enabled)
        self.output_edit.textChanged.connect(self._update_enabled)
        self.mode_buttons.buttonToggled.connect(self._update_enabled)
        self.language_combo.currentIndexChanged.connect(self._language_changed)

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
        self.output_edit.setText(with_suffix(output, self.container_combo.currentData()) if output else "")
        self.mode_radios.get(options.mode, self.mode_radios["replace"]).setChecked(True)
        index = self.language_combo.findData(options.language or "")
        if index < 0:  # a code we do not list: keep it rather than silently retag the track
            self.language_combo.addItem(options.language or "", options.language or "")
            index = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(index)
        self.subtitles_check.setChecked(options.subtitles)
        self.duck_spin.setValue(options.duck.duck_db)
        self.fade_down_spin.setValue(options.duck.fade_down_ms)
        self.fade_up_spin.setValue(options.duck.fade_up_ms)
        self._auto_output = self.output_edit.text() if video and self.output_edit.text() == str(
            suggested_output(Path(video), options.language, self.container_combo.currentData())) else ""
        self.video_edit.setText(video)
        self._shown_video = video
        self._video_changed(video, remembered=False)
        self._update_enabled()

    def options(self) -> DubVideoOptions:
        mode = next(mode for mode, radio in self.mode_radios.items() if radio.isChecked())
        language = self.language_combo.currentData() or None
        output = with_suffix(self.output_edit.text().strip(), self.container_combo.currentData())
        duck = DuckSettings(self.duck_spin.value(), self.fade_down_spin.value(), self.fade_up_spin.value())
        return DubVideoOptions(Path(self.video_edit.text().strip()), Path(output), mode, language, duck,
                               self.subtitles_check.isChecked())

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

    def _video_changed(self, text: str, remembered: bool = True) -> None:
        """A video was chosen: read it, and (remembered) bring back its own mode and output."""
        text = text.strip()
        if remembered and text and text != self._shown_video:
            self._shown_video = text
            own = remembered_options(Path(text), self.language_combo.currentData() or None)
            self.mode_radios[own.mode].setChecked(True)
            suffix = own.output.suffix.lower().lstrip(".")
            if suffix in VIDEO_CONTAINERS:
                self.container_combo.setCurrentIndex(self.container_combo.findData(suffix))
            self.output_edit.setText(str(own.output))
            self._auto_output = str(own.output) if own.output == suggested_output(
                Path(text), self.language_combo.currentData(), self.container_combo.currentData()) else ""
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
            self._auto_output = str(suggested_output(path, self.language_combo.currentData(),
                                                     self.container_combo.currentData()))
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
        self.video_info.setText(error_text(error) if isinstance(error, MediaError) else
                                self.tr("This video could not be read."))

    def _set_modes_allowed(self, has_audio: bool) -> None:
        for mode in ("add", "duck"):
            self.mode_radios[mode].setEnabled(has_audio)
        if not has_audio and not self.mode_radios["replace"].isChecked():
            self.mode_radios["replace"].setChecked(True)

    def _container_changed(self) -> None:
        container = self.container_combo.currentData()
        text = with_suffix(self.output_edit.text(), container)
        if self.output_edit.text() == self._auto_output:
            self._auto_output = text
        self.output_edit.setText(text)

    def _language_changed(self) -> None:
        """The proposed name says the language ("(dub fr)"): it follows, unless the user typed one."""
        video = self.video_edit.text().strip()
        if video and self.output_edit.text() == self._auto_output:
            self._auto_output = str(suggested_output(Path(video), self.language_combo.currentData(),
                                                     self.container_combo.currentData()))
            self.output_edit.setText(self._auto_output)

    def _update_enabled(self) -> None:
        self.duck_group.setEnabled(self.mode_radios["duck"].isChecked())
        ready = bool(self.video_edit.text().strip() and self.output_edit.text().strip())
        self.buttons.button(OK).setEnabled(ready)
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
        if path:
            take_chosen_path(path, self.container_combo, self.output_edit)


