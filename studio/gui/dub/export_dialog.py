"""The "Export dub" dialog, and the path field it shares with the "Dub video" dialog.

The dialog only collects choices (ExportOptions); the caller runs the job with
progress_runner.run_with_progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from studio.gui.kit import colors

AUDIO_FORMATS = ("wav", "mp3", "m4a")
DEFAULT_LUFS = -16.0  # the usual target for web video; broadcast (EBU R128) is -23
REPORT_FORMATS = ("csv", "json")
OK = QDialogButtonBox.StandardButton.Ok


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


def with_suffix(text: str, suffix: str) -> str:
    """text with its file suffix replaced by .suffix (added when it has none)."""
    if not text.strip():
        return text
    path = Path(text)
    return str(path.with_suffix(f".{suffix}")) if path.suffix else f"{text}.{suffix}"


def take_chosen_path(path: str, combo: QComboBox, edit: QLineEdit) -> None:
    """A file picked in a file dialog: the format combo follows its suffix when it offers it, and the
    path is shown with the combo's suffix (the file always says what it holds)."""
    index = combo.findData(Path(path).suffix.lower().lstrip("."))
    if index >= 0:
        combo.setCurrentIndex(index)
    edit.setText(with_suffix(path, combo.currentData()))


def dialog_footer(dialog: QDialog, ok_text: str) -> tuple[QLabel, QDialogButtonBox]:
    """The hidden error line (one sentence saying what to fix) and the OK/Cancel buttons of a dialog."""
    error_label = QLabel(dialog, wordWrap=True)
    colors.set_text_color(error_label, colors.error_color)
    error_label.hide()
    buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(OK).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return error_label, buttons


class PathField(QWidget):
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
        self.path_field = PathField(self, self._browse)
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
        self.error_label, self.buttons = dialog_footer(self, self.tr("Export"))

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
        self.path_edit.setText(with_suffix(path, options.fmt) if path not in ("", ".") else "")
        self.normalize_check.setChecked(options.normalize)
        self.lufs_spin.setValue(options.target_lufs)
        self.report_check.setChecked(options.timing_report)
        self.report_combo.setCurrentIndex(max(0, self.report_combo.findData(options.report_format)))
        self.srt_check.setChecked(options.retimed_srt)
        self._update_enabled()

    def options(self) -> ExportOptions:
        fmt = self.format_combo.currentData()
        return ExportOptions(path=Path(with_suffix(self.path_edit.text().strip(), fmt)), fmt=fmt,
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
        self.path_edit.setText(with_suffix(self.path_edit.text(), self.format_combo.currentData()))

    def _update_enabled(self) -> None:
        self.lufs_spin.setEnabled(self.normalize_check.isChecked())
        self.report_combo.setEnabled(self.report_check.isChecked())
        self.buttons.button(OK).setEnabled(bool(self.path_edit.text().strip()))
        self.error_label.hide()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export dub"), self.path_edit.text(),
                                              self.tr("Audio (*.wav *.mp3 *.m4a)"))
        if path:
            take_chosen_path(path, self.format_combo, self.path_edit)


