"""The Voices menu: choose a voice for all or selected lines, voices by speaker, per-voice settings,
and the slot meter in the status bar.

Every assignment is one undo command (studio/gui/table/commands.py), so a voice change is undone like an
edit of the text: it changes clips and costs just as much. The per-voice settings live in the project
(a companion .dubproj next to a plain SRT, written on save by file_actions.save_project_for).

Once the account is open, the user's voices are listed off the GUI thread: their names fill the voice
column, the slot counters feed the meter, and the voices in use go to the session so that a library
voice's custom rate prices its lines. Nothing here adds or removes a voice: only the picker does, after
the user confirmed it.
"""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QMenu, QStyle, QToolButton

from studio.core.clip_spec import VoiceSetup
from studio.core.language import detect_language
from studio.core.project import Project, voice_settings_entry
from studio.gui.kit import colors
from studio.gui.kit.language_names import for_interface
from studio.gui.kit.number_text import counted
from studio.gui.kit.provider_text import provider_name
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.money.slot_meter import SlotMeter
from studio.gui.table import commands
from studio.gui.voices.speaker_dialog import SpeakerDialog
from studio.gui.voices.voice_picker import SCOPE_SELECTED, VoicePickerDialog
from studio.gui.voices.voice_settings_panel import VoiceSettingsDialog
from studio.providers.base import Balance, Provider, ProviderError, Voice
from studio.providers.voice_guard import has_slots, load_my_voices

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace

log = logging.getLogger(__name__)

# The one provider with voice slots; known by name before its account is open (the meter shows at once).
SLOTTED_PROVIDER = "elevenlabs"
LANGUAGE_SAMPLE_LINES = 400  # enough text to tell a language; a 3,000-line file is not read whole


class VoiceActions(QObject):
    # The user's voices of the current provider were listed (tests and screenshots wait on it).
    voices_loaded = Signal(object)  # list[Voice]

    def __init__(self, window: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self.session = window.job.session
        # Voices of the current provider we know by id: listed, chosen or added in the picker.
        self.known: dict[str, Voice] = {}
        self.picker: VoicePickerDialog | None = None
        self._load_task: Task | None = None
        self._not_ready = ""                      # why the provider cannot be used yet
        self._priced: tuple[Voice, ...] = ()      # the voices last given to session.set_voices
        self._speaker_mapping: dict[str, str] = {}
        self.file_language: str | None = None     # the subtitles' language, once guessed
        self._language_task: Task | None = None

        self.choose_action = self._action(self.tr("Choose &Voice…"), self.choose_voice, "Ctrl+Shift+V",
                                          self.tr("Find, preview and choose a voice for all or the selected "
                                                  "lines"))
        self.speakers_action = self._action(self.tr("Assign Voices by &Speaker…"), self.assign_by_speaker, None,
                                            self.tr("Give each speaker (NAME: labels, dialogue dashes) a voice"))
        self.settings_action = self._action(self.tr("Voice Se&ttings…"), self.edit_voice_settings, None,
                                            self.tr("Model, stability, similarity, style and speed of the "
                                                    "current line's voice (ElevenLabs)"))
        self.clear_action = self._action(self.tr("Use &Project Voice for Selected Lines"), self.clear_selected,
                                         None, self.tr("Remove the selected lines' own voice"))
        window.job.provider_only.add(self.settings_action)
        self.actions = [self.choose_action, self.speakers_action, self.settings_action, self.clear_action]
        self.menu = QMenu(self.tr("&Voices"), window)
        self.menu.setToolTipsVisible(True)  # a disabled item says why
        self.menu.addActions(self.actions[:3])
        self.menu.addSeparator()
        self.menu.addAction(self.clear_action)

        # The toolbar's "Voices…": a click opens the picker, its arrow shows the whole menu.
        self.toolbar_action = QAction(self.tr("Voices…"), window)
        self.toolbar_action.setIconText(self.tr("Voices…"))  # Qt drops the "…" from a derived button text
        keys = QKeySequence("Ctrl+Shift+V").toString(QKeySequence.SequenceFormat.NativeText)
        self.toolbar_action.setToolTip(self.tr("Choose voices (%1); the arrow shows more").replace("%1", keys))
        self.toolbar_action.triggered.connect(self.choose_voice)
        self.toolbar_button = QToolButton()
        self.toolbar_button.setObjectName("voicesButton")
        self.toolbar_button.setDefaultAction(self.toolbar_action)
        if QIcon.hasThemeIcon("audio-input-microphone"):  # the desktop's icons follow its light or dark mode
            self.toolbar_action.setIcon(QIcon.fromTheme("audio-input-microphone"))
        else:  # Qt's speaker is black: repaint it in the palette's text colour, again after each switch
            self._tint_icon(window.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
        self.toolbar_button.setMenu(self.menu)
        self.toolbar_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.toolbar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        separator = QAction(window)
        separator.setSeparator(True)
        self.context_actions = [separator, self.choose_action, self.clear_action]

        self.meter = SlotMeter()
        self.meter.setObjectName("statusSlotMeter")
        window.status.addPermanentWidget(self.meter)
        self.meter.hide()

        self.session.loading.connect(self._on_loading)
        self.session.ready.connect(self._on_ready)
        self.session.no_key.connect(self._on_no_key)
        self.session.balance_failed.connect(self._on_failed)
        self.session.balance_changed.connect(self._on_balance)
        # Which voices are in use is recomputed once per event-loop turn after edits, not once per edit.
        self._in_use_timer = QTimer(self)
        self._in_use_timer.setSingleShot(True)
        self._in_use_timer.setInterval(0)
        self._in_use_timer.timeout.connect(self.update_priced_voices)
        window.model.document_changed.connect(self._in_use_timer.start)
        window.job.settings_changed.connect(lambda _settings: self._in_use_timer.start())
        window.loaded.connect(self._on_document_loaded)

    def _action(self, text: str, slot, shortcut: str | None, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # --- what is in use ----------------------------------------------------------------------------

    def _tint_icon(self, shape: QIcon) -> None:
        button = self.toolbar_button  # not self: the callback may outlive this object at shutdown

        def tint(palette: QPalette) -> None:
            action = button.defaultAction()  # None once the window's actions are gone
            if action is not None:
                action.setIcon(colors.monochrome_icon(shape, palette))
        colors.follow_palette(button, tint)

    def voices_in_use(self) -> list[str]:
        """The project voice and every line's own voice, in order, without duplicates."""
        settings = self._window.model.costs.settings
        ids = [settings.voice] if settings.voice else []
        ids += self._window.model.line_voices()  # kept by the model edit by edit: no pass over the film
        return list(dict.fromkeys(ids))

    def current_voice(self) -> str | None:
        """The voice of the current line (its own, else the project's)."""
        model, row = self._window.model, self._window.current_row()
        settings = model.costs.settings
        return settings.voice_for(model.cue(row)) if 0 <= row < model.rowCount() else settings.voice

    def update_priced_voices(self, force: bool = False) -> None:
        """Give the session the voices in use, so library voices' custom rates price their lines.

        Only when they changed: each call re-reads the tariff off-thread and recosts the table.
        """
        voices = tuple(self.known[v] for v in self.voices_in_use() if v in self.known)
        if voices == self._priced and not force:
            return
        self._priced = voices
        self.session.set_voices(list(voices))

    # --- the account -------------------------------------------------------------------------------

    def _on_loading(self, name: str) -> None:
        if self._load_task is not None:
            self._load_task.discard()  # the voices of the previous provider: stale
            self._load_task = None
        self.known = {}
        self._priced = ()
        self._not_ready = self.tr("The %1 account is still opening: try again in a moment.").replace(
            "%1", provider_name(name))
        self.meter.set_slots(None, None)
        self.meter.setVisible(name == SLOTTED_PROVIDER)

    def _on_ready(self, provider: Provider) -> None:
        self._not_ready = ""
        if self._load_task is not None:
            self._load_task.discard()
        self._load_task = run_in_background(load_my_voices, provider,
                                            on_done=lambda result: self._on_my_voices(provider, result),
                                            on_error=self._on_voices_failed, pool=self.session.pool)

    def _on_my_voices(self, provider: Provider, result: tuple[list[Voice], Balance | None]) -> None:
        self._load_task = None
        if provider is not self.session.provider:
            return  # the user switched provider while the list was on its way
        voices, balance = result
        voices = for_interface(voices)  # espeak-ng's names in the interface language
        self.known.update({voice.id: voice for voice in voices})
        self._window.model.set_voice_names({voice.id: voice.name for voice in voices})
        if balance is not None:
            self._on_balance(balance)
        self.update_priced_voices(force=True)
        self.voices_loaded.emit(voices)

    def _on_voices_failed(self, error: BaseException) -> None:
        self._load_task = None
        # The balance panel already reports account problems; here the column just keeps voice ids.
        if isinstance(error, ProviderError):
            log.warning("listing the voices of %s failed: %s", self.session.name, error)
        else:
            log.error("listing the voices of %s failed", self.session.name, exc_info=error)

    def _on_no_key(self, name: str) -> None:
        self._not_ready = self.tr("Add your %1 API key in Tools ▸ Accounts… to choose its voices.").replace(
            "%1", provider_name(name))

    def _on_failed(self, _name: str, message: str) -> None:
        if self.session.provider is None:  # the account did not open (a balance failure leaves it usable)
            self._not_ready = message

    def _on_balance(self, balance: Balance) -> None:
        if self.session.name == SLOTTED_PROVIDER and balance.voice_slots_used is not None:
            self.meter.set_slots(balance.voice_slots_used, balance.voice_limit)

    def _ready_provider(self) -> Provider | None:
        provider = self.session.provider
        if provider is None:
            self._window.show_status(self._not_ready or self.tr("The voice provider is not ready yet: try again "
                                                                "in a moment."))
        return provider

    # --- the picker --------------------------------------------------------------------------------

    def choose_voice(self) -> VoicePickerDialog | None:
        """Open the voice picker of the current provider (window-modal, not blocking: tests drive it)."""
        provider = self._ready_provider()
        if provider is None:
            return None
        window = self._window
        dialog = VoicePickerDialog(provider, window, project_voice_ids=self.voices_in_use(),
                                   has_selection=bool(self._target_rows()), file_language=self.file_language,
                                   current_voice_id=self.current_voice())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.voice_chosen.connect(self._on_chosen)
        dialog.voice_added.connect(self._remember)
        dialog.voice_removed.connect(lambda voice_id: self.known.pop(voice_id, None))
        dialog.slots_changed.connect(self.meter.set_slots)
        self.picker = dialog
        dialog.open()
        return dialog

    def _remember(self, voice: Voice) -> None:
        self.known[voice.id] = voice
        self._window.model.set_voice_names({voice.id: voice.name})
        self._in_use_timer.start()

    def _on_chosen(self, voice: Voice, scope: str) -> None:
        self._remember(voice)
        window = self._window
        self.ensure_project()
        if scope == SCOPE_SELECTED:
            rows = self._target_rows()
            if window.push(commands.set_voices, {row: voice.id for row in rows}):
                message = (self.tr("“%1” now speaks 1 line.") if len(rows) == 1 else
                           counted(self.tr("“%1” now speaks %n lines.", "", len(rows)), len(rows)))
                window.show_status(message.replace("%1", voice.name))
            return
        old = window.job.render_settings().voice or None  # "" in settings means none
        if old == voice.id and not any(cue.voice for cue in window.model.document.cues):
            window.show_status(self.tr("Every line already uses “%1”.").replace("%1", voice.name))
            return
        if window.push(commands.use_voice_for_all, window.job.set_voice, old, voice.id):
            window.show_status(self.tr("“%1” now speaks every line.").replace("%1", voice.name))

    def _target_rows(self) -> list[int]:
        """The selected lines, else the current one."""
        rows = self._window.selected_rows()
        current = self._window.current_row()
        return rows or ([current] if current >= 0 else [])

    def clear_selected(self) -> None:
        rows = self._target_rows()
        self._window.push(commands.set_voices, {row: None for row in rows})

    # --- speakers ----------------------------------------------------------------------------------

    def assign_by_speaker(self) -> SpeakerDialog | None:
        if self._ready_provider() is None:
            return None
        if not self.known:
            self._window.show_status(self.tr("The voices are still being listed: try again in a moment."))
            return None
        # Default voices last: the user's own voices are the likelier choice for a character.
        voices = sorted(self.known.values(), key=lambda v: (v.category == "premade", v.name.casefold()))
        dialog = SpeakerDialog(self._window.model.document.cues, voices, mapping=self._speaker_mapping,
                               parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_speakers(dialog))
        dialog.open()
        return dialog

    def _apply_speakers(self, dialog: SpeakerDialog) -> None:
        self._speaker_mapping = dialog.mapping()  # offered again next time
        rows = dialog.assignment().voices
        if not rows:
            self._window.show_status(self.tr("No speaker was given a voice: nothing changed."))
            return
        self.ensure_project()
        if self._window.push(commands.assign_speaker_voices, rows):
            self._window.show_status(counted(
                self.tr("Voices assigned by speaker to %n line(s).", "", len(rows)), len(rows)))

    # --- per-voice settings ------------------------------------------------------------------------

    def edit_voice_settings(self) -> VoiceSettingsDialog | None:
        provider = self._ready_provider()
        if provider is None:
            return None
        if not has_slots(provider):
            self._window.show_status(self.tr("Voice settings are for ElevenLabs voices."))
            return None
        voice_id = self.current_voice()
        if not voice_id:
            self._window.show_status(self.tr("Choose a voice first (Voices ▸ Choose Voice…)."))
            return None
        setup = self._window.job.render_settings().voice_setups.get(voice_id)
        voice = self.known.get(voice_id)
        dialog = VoiceSettingsDialog(provider, voice, setup, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_voice_setup(voice_id, dialog.voice_setup()))
        dialog.open()
        return dialog

    def apply_voice_setup(self, voice_id: str, setup: VoiceSetup) -> None:
        """Store a voice's model and settings in the project, as one undo step."""
        project = self.ensure_project()
        old = copy.deepcopy(project.voice_settings.get(voice_id))
        new = voice_settings_entry(setup.model, setup.settings_dict()) if setup.model or setup.settings else None
        if old == new:
            return

        def store(entry: dict[str, Any] | None) -> None:
            # The project captured here: the undo stack is cleared whenever another document opens.
            if entry is None:
                project.voice_settings.pop(voice_id, None)
            else:
                project.voice_settings[voice_id] = copy.deepcopy(entry)
            self._window.job.refresh_costing()

        commands.push(self._window.model, commands.set_voice_setup(store, old, new))

    # --- the project -------------------------------------------------------------------------------

    def ensure_project(self) -> Project:
        """The project that holds voice choices; a plain SRT gets one (saved as its companion)."""
        window, job = self._window, self._window.job
        project = window.project
        if project is None:
            project = Project(srt_path=window.model.document.path, provider=job.provider,
                              voice=job.render_settings().voice)
            window.project = project
            job.set_project(project)
        elif project.provider != job.provider:
            # The user switched provider since the project was saved: its voices are the ones picked now.
            project.provider, project.voice = job.provider, job.render_settings().voice
            job.set_project(project)
        return project

    def _on_document_loaded(self, _path: object) -> None:
        self._speaker_mapping = {}
        self._detect_language()

    def _detect_language(self) -> None:
        """Guess the subtitles' language off the GUI thread (the first guess loads ~1 s of profiles)."""
        if self._language_task is not None:
            self._language_task.discard()  # another file was opened: its answer is stale
        self.file_language = None
        texts = [cue.speech.text for cue in self._window.model.document.cues[:LANGUAGE_SAMPLE_LINES]]

        def found(language: str | None) -> None:
            self._language_task = None
            self.file_language = language

        self._language_task = run_in_background(detect_language, texts, on_done=found)
        self._in_use_timer.start()
