"""Per-voice ElevenLabs settings: model, stability, similarity, style, speed, speaker boost.

The result is a `VoiceSetup`, which is part of every clip's key: changing it makes new clips (and
new costs) for every line of that voice, so the panel says so. Models come from provider.models()
off the GUI thread (the provider falls back to its built-in table when /v1/models fails).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget)

from studio.core.clip_spec import VoiceSetup
from studio.gui.kit import colors
from studio.gui.kit.money_text import plural_count
from studio.gui.kit.number_text import short_number
from studio.gui.kit.tasks import Task, run_in_background
from studio.providers.base import Provider, Voice

# Documented range of voice_settings.speed (reference/elevenlabs.md): outside it the API refuses.
SPEED_MIN, SPEED_MAX = 0.7, 1.2
# ElevenLabs' own defaults, used when the user first turns custom settings on.
DEFAULTS: dict[str, Any] = {"stability": 0.5, "similarity_boost": 0.75, "style": 0.0, "speed": 1.0,
                            "use_speaker_boost": True}


def clamp_speed(value: float) -> float:
    return round(min(SPEED_MAX, max(SPEED_MIN, float(value))), 2)


def load_models(provider: Provider) -> list[tuple[str, str, float]]:
    """Blocking: (model id, name, credits per character) of the provider's speech models."""
    models = getattr(provider, "models", None)
    if models is None:
        return []
    return [(m.model_id, m.name, m.credits_per_character) for m in models().values()]


class _Slider(QWidget):
    """A 0–1 (or any range) value as a slider and a spin box kept in step."""

    changed = Signal(float)

    def __init__(self, low: float, high: float, step: float = 0.01, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.step = low, step
        self._value = low
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((high - low) / step))
        self.spin = QDoubleSpinBox()
        self.spin.setRange(low, high)   # also clamps anything typed or set
        self.spin.setSingleStep(step)
        self.spin.setDecimals(2)
        self.slider.valueChanged.connect(lambda v: self.set_value(self.low + v * self.step))
        self.spin.valueChanged.connect(self.set_value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        value = round(min(self.spin.maximum(), max(self.spin.minimum(), float(value))), 2)
        changed = value != self._value
        self._value = value
        for widget, v in ((self.spin, value), (self.slider, round((value - self.low) / self.step))):
            widget.blockSignals(True)
            widget.setValue(v)
            widget.blockSignals(False)
        if changed:
            self.changed.emit(value)


class VoiceSettingsPanel(QWidget):
    """Edits one voice's VoiceSetup; `changed(VoiceSetup)` on every edit."""

    changed = Signal(object)
    models_loaded = Signal()

    def __init__(self, provider: Provider, voice: Voice | None = None, setup: VoiceSetup | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.voice = voice
        self.task: Task | None = None
        self._loading = True

        title = QLabel(self.tr("Settings for <b>%1</b>").replace("%1", voice.name) if voice
                       else self.tr("Voice settings"))
        self.model_combo = QComboBox()
        self.model_combo.addItem(self.tr("Project model"), None)
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_combo.currentIndexChanged.connect(self._emit)
        self.model_cost = QLabel()
        self.custom = QGroupBox(self.tr("Custom voice settings"))
        self.custom.setCheckable(True)
        self.custom.setToolTip(self.tr("Off: the voice speaks with the settings stored with it on ElevenLabs."))
        self.custom.toggled.connect(self._emit)
        self.stability = _Slider(0.0, 1.0)
        self.similarity = _Slider(0.0, 1.0)
        self.style = _Slider(0.0, 1.0)
        self.speed = _Slider(SPEED_MIN, SPEED_MAX)
        self.speaker_boost = QCheckBox(self.tr("Speaker boost"))
        for control in (self.stability, self.similarity, self.style, self.speed):
            control.changed.connect(self._emit)
        self.speaker_boost.toggled.connect(self._emit)
        form = QFormLayout(self.custom)
        form.addRow(self.tr("Stability:"), self.stability)
        form.addRow(self.tr("Similarity:"), self.similarity)
        form.addRow(self.tr("Style:"), self.style)
        form.addRow(self.tr("Speed (0.7–1.2):"), self.speed)
        form.addRow("", self.speaker_boost)
        self.note = QLabel(self.tr("Changing the model or these settings makes new clips: every line spoken by "
                                   "this voice will be rendered, and paid for, again. The estimate shows the new "
                                   "cost before anything is sent."))
        self.note.setWordWrap(True)
        colors.set_text_color(self.note, colors.warning_color)

        model_row = QFormLayout()
        model_row.addRow(self.tr("Model:"), self.model_combo)
        model_row.addRow("", self.model_cost)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(model_row)
        layout.addWidget(self.custom)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self._pending_model: str | None = None
        self.set_voice_setup(setup or VoiceSetup())
        self._loading = False
        self.task = run_in_background(load_models, provider, on_done=self._on_models,
                                      on_error=self._on_models_failed)

    # -- value in and out ------------------------------------------------------------------------
    def set_voice_setup(self, setup: VoiceSetup) -> None:
        loading, self._loading = self._loading, True  # one `changed` for the whole update, not seven
        self._select_model(setup.model)
        values = setup.settings_dict()
        self.custom.setChecked(bool(values))
        merged = {**DEFAULTS, **values}
        self.stability.set_value(float(merged["stability"]))
        self.similarity.set_value(float(merged["similarity_boost"]))
        self.style.set_value(float(merged["style"]))
        self.speed.set_value(clamp_speed(merged["speed"]))
        self.speaker_boost.setChecked(bool(merged["use_speaker_boost"]))
        self._loading = loading
        self._show_cost()
        self._emit()

    def voice_setup(self) -> VoiceSetup:
        model = self.model_combo.currentData() or self._pending_model
        if not self.custom.isChecked():
            return VoiceSetup.from_mapping(model, None)
        return VoiceSetup.from_mapping(model, {
            "stability": self.stability.value(), "similarity_boost": self.similarity.value(),
            "style": self.style.value(), "speed": clamp_speed(self.speed.value()),
            "use_speaker_boost": self.speaker_boost.isChecked()})

    # -- models ----------------------------------------------------------------------------------
    def _select_model(self, model: str | None) -> None:
        index = self.model_combo.findData(model) if model else 0
        if index < 0:  # models not loaded yet (or unknown): keep it and select it once listed
            self._pending_model = model
            index = 0
        else:
            self._pending_model = None
        self.model_combo.setCurrentIndex(index)

    def _on_models(self, models: list[tuple[str, str, float]]) -> None:
        if not shiboken6.isValid(self):
            return  # the panel was closed and deleted while the list was on its way
        self.task = None
        wanted = self._pending_model
        loading, self._loading = self._loading, True
        for model_id, name, per_char in models:
            self.model_combo.addItem(name, model_id)
            self.model_combo.setItemData(self.model_combo.count() - 1, per_char, Qt.ItemDataRole.UserRole + 1)
        if wanted and self.model_combo.findData(wanted) < 0:
            self.model_combo.addItem(wanted, wanted)  # a model the API no longer lists: keep it visible
        if wanted:
            self._select_model(wanted)
        self._loading = loading
        self._show_cost()
        self.models_loaded.emit()

    def _on_models_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.task = None
        self.model_cost.setText(self.tr("The model list could not be loaded; the project model is used."))

    def _show_cost(self) -> None:
        per_char = self.model_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        if per_char is None:
            self.model_cost.setText(self.tr("The project's model decides the cost."))
        else:
            self.model_cost.setText(self.tr("%1 credit(s) per character", "", plural_count(per_char))
                                    .replace("%1", short_number(per_char)))

    def _emit(self, *_args: object) -> None:
        if self._loading:
            return
        self._show_cost()
        self.changed.emit(self.voice_setup())

    def discard_task(self) -> None:
        if self.task is not None:
            self.task.discard()
            self.task = None


class VoiceSettingsDialog(QDialog):
    """The panel with OK/Cancel; `voice_setup()` after exec() returns Accepted."""

    def __init__(self, provider: Provider, voice: Voice | None = None, setup: VoiceSetup | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voice settings"))
        self.panel = VoiceSettingsPanel(provider, voice, setup, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def voice_setup(self) -> VoiceSetup:
        return self.panel.voice_setup()

    def done(self, result: int) -> None:
        self.panel.discard_task()
        super().done(result)
