"""The job's choices in the window: which provider and voice, how text is normalised, the budget cap
(set in Preferences ▸ Spending).

It owns the account session and the money dock, turns settings (and the open project) into the
RenderSettings every line is costed with, and recosts the table whenever one of them changes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu

from studio.core.clip_spec import RenderSettings
from studio.core.project import Project, voice_setups_of
from studio.core.pronunciation import PronunciationDictionary
from studio.gui.accounts.account_session import AccountSession
from studio.gui.kit import settings
from studio.gui.kit.provider_only import ProviderOnlyActions
from studio.gui.kit.provider_text import normalization_choices, provider_name
from studio.gui.money.money_dock import MoneyDock
from studio.gui.table.cue_model import CueTableModel
from studio.providers import PROVIDERS

# What each provider is asked for: the offline engine writes WAV; MP3 is the APIs' cheapest default.
AUDIO_FORMATS = {"offline": "wav", "elevenlabs": "mp3", "narakeet": "mp3"}


class JobControls(QObject):
    settings_changed = Signal(object)  # RenderSettings

    def __init__(self, window: QMainWindow, model: CueTableModel) -> None:
        super().__init__(window)
        self.window = window
        self.model = model
        self.project: Project | None = None
        self.session = AccountSession(self)
        self.dock = MoneyDock(self.session, model, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("providerCombo")
        self.provider_combo.setToolTip(self.tr("Text-to-speech provider for this job"))
        for name in PROVIDERS:
            self.provider_combo.addItem(provider_name(name), name)
        self.provider_label = QLabel(self.tr("Voice provider:"))
        self.session.tariff_changed.connect(lambda tariff: self.model.set_costing(tariff=tariff))
        self.provider_combo.currentIndexChanged.connect(self._on_provider_picked)

        self.normalization_group = QActionGroup(self)
        self.normalization_menu = QMenu(self.tr("Text &Normalization (ElevenLabs)"), window)
        self.normalization_menu.setToolTipsVisible(True)
        for value, label in normalization_choices().items():
            action = QAction(label, self.normalization_group)
            action.setCheckable(True)
            action.setData(value)
            action.setToolTip(self.tr("apply_text_normalization: numbers, dates and units spelled out before "
                                      "speaking. It changes the audio, not the price."))
            self.normalization_menu.addAction(action)
        self.normalization_group.triggered.connect(self._on_normalization)
        self.context_action = QAction(self.tr("Send Neighbouring Lines as &Context (ElevenLabs)"), self)
        self.context_action.setCheckable(True)
        self.context_action.setToolTip(self.tr("previous_text / next_text make lines flow together; they do not "
                                               "change a line's price or its cached clip"))
        self.context_action.toggled.connect(self._on_context)
        self.provider_only = ProviderOnlyActions(self)
        self.provider_only.add(self.normalization_menu.menuAction())
        self.provider_only.add(self.context_action)

    def _on_context(self, on: bool) -> None:
        settings.put(settings.SEND_CONTEXT, on)
        self._apply(reopen=False)

    def budget(self) -> float | None:
        """The per-job cap in the provider's unit, or None (no cap beyond the balance)."""
        return settings.get(settings.BUDGET_CAP) or None

    # --- settings → render settings ----------------------------------------------------------------

    @property
    def provider(self) -> str:
        return self.provider_combo.currentData() or "offline"

    def render_settings(self) -> RenderSettings:
        name = self.provider
        project = self.project if self.project and self.project.provider == name else None
        voice = (project.voice if project and project.voice else None) or settings.get(settings.VOICE[name]) or None
        model = None
        if name == "elevenlabs":
            model = (project.model if project and project.model else None) or settings.get(settings.MODEL)
        setups = voice_setups_of(project) if project else {}
        return RenderSettings(provider=name, voice=voice, model=model, voice_setups=setups,
                              audio_format=AUDIO_FORMATS[name],
                              text_normalization=settings.get(settings.TEXT_NORMALIZATION),
                              context=settings.get(settings.SEND_CONTEXT),
                              pronunciations=self._pronunciations())

    def _pronunciations(self) -> PronunciationDictionary:
        """The project's dictionary, named after its subtitles (ElevenLabs keeps one per name)."""
        if self.project is None or not self.project.pronunciations:
            return PronunciationDictionary()
        path = self.project.srt_path or self.model.document.path
        return dataclasses.replace(self.project.pronunciations, name=Path(path).stem if path else "")

    def start(self) -> None:
        """Show the saved provider and open its account (asynchronously)."""
        self._select(settings.get(settings.PROVIDER))
        self.context_action.setChecked(settings.get(settings.SEND_CONTEXT))
        current = settings.get(settings.TEXT_NORMALIZATION)
        for action in self.normalization_group.actions():
            action.setChecked(action.data() == current)
        self._apply(reopen=True)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        if project is not None and project.provider in PROVIDERS and project.provider != self.provider:
            self._select(project.provider)  # triggers _on_provider_picked
        else:
            self._apply(reopen=False)

    def _select(self, name: str) -> None:
        index = self.provider_combo.findData(name)
        self.provider_combo.setCurrentIndex(max(0, index))

    def _on_provider_picked(self, _index: int) -> None:
        settings.put(settings.PROVIDER, self.provider)
        self._apply(reopen=True)

    def _on_normalization(self, action: QAction) -> None:
        settings.put(settings.TEXT_NORMALIZATION, action.data())
        self._apply(reopen=False)

    def set_voice(self, voice_id: str | None) -> None:
        """The project's voice for this provider (remembered for the next file too)."""
        settings.put(settings.VOICE[self.provider], voice_id or "")
        if self.project is not None and self.project.provider == self.provider:
            self.project.voice = voice_id
        self._apply(reopen=False)

    def refresh_costing(self) -> None:
        """The project's voice settings changed in place: recost every line (no account reopen)."""
        self._apply(reopen=False)

    def _apply(self, *, reopen: bool) -> None:
        self.provider_only.follow(self.provider)
        render = self.render_settings()
        if reopen:
            self.session.activate(self.provider)
            self.model.set_costing(render, tariff=self.session.tariff)
        else:
            self.model.set_costing(render)
        self.settings_changed.emit(render)
