"""Map the speakers found in the subtitles (`NAME:` labels, dialogue dashes) to voices.

A table: speaker, how many lines they speak, and a voice combo from the voices the caller knows
(My Voices and default voices; a library voice that is not added is shown with its slot cost, and the
render guard still asks before using it). The dialog returns the mapping and the per-cue assignment
computed by studio.core.speakers; the caller applies it to the document with undo.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studio.core.cues import Cue
from studio.core.speakers import (DASH_FIRST, DASH_SECOND, SpeakerScan, VoiceAssignment, assign_voices,
                                  detect_speakers)
from studio.gui.kit import colors
from studio.gui.kit.number_text import counted
from studio.providers.base import Voice

SPEAKER, LINES, VOICE = range(3)


class SpeakerDialog(QDialog):
    def __init__(self, cues: Sequence[Cue], voices: Sequence[Voice], *,
                 mapping: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voices by speaker"))
        self.cues = list(cues)
        self.voices = list(voices)
        self._mapping: dict[str, str] = dict(mapping or {})
        self.scan: SpeakerScan = detect_speakers(self.cues)

        intro = QLabel(self.tr("Speakers are found from names before a colon (“JEAN : Bonjour”) and from "
                               "dialogue dashes. Pick a voice for each; lines of a speaker left on “Keep "
                               "current voice” do not change."))
        intro.setWordWrap(True)
        self.carry = QCheckBox(self.tr("Lines without a name keep the previous speaker"))
        self.carry.setToolTip(self.tr("Many subtitle files name the speaker only when it changes."))
        self.carry.toggled.connect(self._rescan)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Lines"), self.tr("Voice")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LINES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VOICE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply voices"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.carry)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(620, 400)
        self._fill()

    # -- results ---------------------------------------------------------------------------------
    def mapping(self) -> dict[str, str]:
        """speaker key → voice id, for the speakers given a voice."""
        out: dict[str, str] = {}
        for row, speaker in enumerate(self.scan.speakers):
            combo = self.table.cellWidget(row, VOICE)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[speaker.key] = combo.currentData()
        return out

    def assignment(self) -> VoiceAssignment:
        """row → voice id for the cues whose speaker was given a voice."""
        return assign_voices(self.scan, self.mapping())

    def set_voice(self, speaker: str, voice_id: str | None) -> None:
        for row, found in enumerate(self.scan.speakers):
            if found.key == speaker:
                combo = self.table.cellWidget(row, VOICE)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(max(0, combo.findData(voice_id)) if voice_id else 0)

    # -- display ---------------------------------------------------------------------------------
    def speaker_name(self, key: str) -> str:
        if key == DASH_FIRST:
            return self.tr("Dialogue dash – first speaker")
        if key == DASH_SECOND:
            return self.tr("Dialogue dash – second speaker")
        return key

    def _rescan(self, carry: bool) -> None:
        self._mapping.update(self.mapping())  # keep the choices made so far
        self.scan = detect_speakers(self.cues, carry_labels=carry)
        self._fill()

    def _fill(self) -> None:
        speakers = self.scan.speakers
        self.table.setRowCount(len(speakers))
        for row, speaker in enumerate(speakers):
            name = QTableWidgetItem(self.speaker_name(speaker.key))
            name.setToolTip(self.tr("First heard on line %1").replace("%1", str(speaker.first_row + 1)))
            lines = QTableWidgetItem(str(speaker.lines))
            lines.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, SPEAKER, name)
            self.table.setItem(row, LINES, lines)
            self.table.setCellWidget(row, VOICE, self._voice_combo(self._mapping.get(speaker.key)))
        self.ok_button.setEnabled(bool(speakers))
        self._update_summary()

    def _voice_combo(self, current: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Keep current voice"), None)
        for voice in self.voices:
            text = voice.name
            if voice.uses_slot_if_used:
                text = self.tr("%1 (not in My Voices: takes 1 slot)").replace("%1", voice.name)
            elif voice.category == "premade":
                text = self.tr("%1 (default)").replace("%1", voice.name)
            combo.addItem(text, voice.id)
        if current:
            index = combo.findData(current)
            if index < 0:  # a voice the caller no longer lists: keep the choice visible
                combo.addItem(current, current)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        combo.currentIndexChanged.connect(lambda _i: self._update_summary())
        return combo

    def _update_summary(self) -> None:
        if not self.scan.speakers:
            self.summary.setText(self.tr("No speaker was found: no line starts with a name and a colon, and no "
                                         "line has dialogue dashes. Use the voice picker for all or selected "
                                         "lines instead."))
            return
        result = self.assignment()
        parts = [counted(self.tr("%n line(s) get a voice from their speaker.", "", len(result.voices)),
                         len(result.voices))]
        unknown = len(self.scan.unknown_rows)
        if unknown:
            parts.append(counted(
                self.tr("%n line(s) have no known speaker and keep their voice.", "", unknown), unknown))
        if result.mixed:
            rows = ", ".join(str(r + 1) for r in result.mixed[:8]) + ("…" if len(result.mixed) > 8 else "")
            if len(result.mixed) == 1:
                text = self.tr("Line %1 has two speakers with different voices: one line is one clip, so it is "
                               "spoken with its first speaker's voice. Split it to give each speaker their own "
                               "voice.")
            else:
                text = self.tr("Lines %1 have two speakers with different voices: one line is one clip, so each "
                               "is spoken with its first speaker's voice. Split them to give each speaker "
                               "their own voice.")
            parts.append(text.replace("%1", rows))
        self.summary.setText(" ".join(parts))
        colors.set_text_color(self.summary, colors.warning_color if result.mixed else None)
