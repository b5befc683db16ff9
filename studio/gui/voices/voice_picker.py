"""The voice picker: find, preview, add and choose a voice, always knowing what it costs in slots.

For ElevenLabs three tabs: My Voices (cloned, generated, professional, library copies), Default voices
(premade: never a slot) and the Voice Library (GET /v1/shared-voices with search and filters, paged).
Every row has a badge ("in your voices", "default – no slot", "takes 1 slot (7 of 10 used)") and the
slot meter stays visible. A library voice is added only through "Add to My Voices" and a confirmation
that names the slot cost; with no slot left the slots dialog says so and offers a confirmed removal.
Narakeet and the offline engine have one list with a language filter (no slots, no library).

All network calls go through run_in_background; previews fetch the public sample only.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from studio.gui.kit import colors
from studio.gui.kit.language_names import for_interface
from studio.gui.kit.provider_text import error_text, provider_name
from studio.gui.kit.tasks import KeyedTasks
from studio.gui.money.slot_meter import SlotMeter
from studio.gui.money.slots_dialog import SlotsFullDialog
from studio.gui.voices.offline_voices import OfflineVoiceListModel, is_installed, render_sample
from studio.gui.voices.voice_list_model import VoiceListModel
from studio.gui.voices.voice_picker_tabs import PickerTabsMixin, VoiceTable, VoiceTabs, preset_language
from studio.gui.voices.voice_picker_text import add_question, notice_text, paid_plan_text, preview_reason
from studio.gui.voices.voice_preview import PreviewPlayer
from studio.providers.base import Balance, ErrorKind, Provider, ProviderError, Voice, VoicePage
from studio.providers.voice_guard import add_confirmed_voice, has_slots, load_my_voices

log = logging.getLogger(__name__)

SCOPE_ALL = "all"
SCOPE_SELECTED = "selected"


class VoicePickerDialog(PickerTabsMixin, QDialog):
    """Pick a voice of one provider; `voice_chosen(voice, scope)` with scope "all" or "selected"."""

    voice_chosen = Signal(object, str)
    voice_added = Signal(object)              # Voice now in My Voices
    voice_removed = Signal(str)               # voice id removed from My Voices
    slots_changed = Signal(object, object)    # used, limit (None: unknown); the main window's meter

    def __init__(self, provider: Provider, parent: QWidget | None = None, *,
                 project_voice_ids: Collection[str] = (), preview_cache_dir: Path | None = None,
                 has_selection: bool = True, file_language: str | None = None,
                 current_voice_id: str | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.project_voice_ids = set(project_voice_ids)
        # The subtitles' language (None: unknown) presets the language filters; the voice in use is
        # marked in every list and highlighted when the lists arrive.
        self.file_language = file_language
        self.current_voice_id = current_voice_id
        self.slotted = has_slots(provider)
        self.tier: str | None = None
        self.used: int | None = None
        self.limit: int | None = None
        self.chosen: Voice | None = None
        self.slots_dialog: SlotsFullDialog | None = None
        self._tasks = KeyedTasks(on_idle=lambda: self._say(""))
        self._all_voices: list[Voice] = []
        self._library_page: int | None = 0
        self._after_add: str | None = None   # "Use for …" waiting for a confirmed add
        self._previewing = ""
        self._paid_plan_refused = False  # the server answered paid_plan_required
        name = provider_name(provider.name)
        self.setWindowTitle(self.tr("Voices – %1").replace("%1", name))

        self.preview = PreviewPlayer(self, cache_dir=preview_cache_dir)
        self.preview.failed.connect(lambda _vid, message: self._say(message, warning=True))
        self.preview.state_changed.connect(self._on_preview_state)

        self.meter = SlotMeter()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tabs = VoiceTabs()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>%1</b> voices").replace("%1", name)))
        top.addStretch(1)
        top.addWidget(self.meter)
        self.meter.setVisible(self.slotted)

        self.offline = provider.name == "offline"
        self.mine_model = OfflineVoiceListModel(self) if self.offline else VoiceListModel(self)
        self.default_model = VoiceListModel(self)
        self.library_model = VoiceListModel(self)
        for model in (self.mine_model, self.default_model, self.library_model):
            model.set_in_use(self.project_voice_ids)
        self.views = self.tabs.views
        if self.slotted:
            self._add_tab("mine", self.mine_model, self.tr("My Voices"))
            self._add_tab("default", self.default_model, self.tr("Default voices"))
            self.tabs.addTab(self._library_tab(), self.tr("Voice Library"))
        else:
            self.tabs.addTab(self._plain_tab(), self.tr("Voices"))

        self.preview_button = QPushButton(self.tr("▶ Preview"))
        self.preview_button.clicked.connect(self.preview_selected)
        self.preview_note = QLabel()  # why Preview is off, in a few words; the tooltip has the sentence
        self.preview_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_button = QPushButton(self.tr("Add to My Voices…"))
        self.add_button.setToolTip(self.tr("Add this Voice Library voice to My Voices: it takes one voice slot."))
        self.add_button.clicked.connect(self.add_selected)
        self.manage_button = QPushButton(self.tr("Library copies…"))
        self.manage_button.setToolTip(self.tr("See the Voice Library voices in My Voices and free a slot."))
        self.manage_button.clicked.connect(lambda: self.show_slots_dialog(None))
        self.use_all_button = QPushButton(self.tr("Use for all lines"))
        self.use_all_button.clicked.connect(lambda: self.choose(SCOPE_ALL))
        self.use_selected_button = QPushButton(self.tr("Use for selected lines"))
        self.use_selected_button.clicked.connect(lambda: self.choose(SCOPE_SELECTED))
        self.use_selected_button.setVisible(has_selection)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.add_button, self.manage_button):
            button.setVisible(self.slotted)

        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.preview_note)
        actions.addWidget(self.add_button)
        actions.addWidget(self.manage_button)
        actions.addStretch(1)
        actions.addWidget(self.use_all_button)
        actions.addWidget(self.use_selected_button)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.resize(860, 520)
        self.tabs.selection_changed.connect(self._update_buttons)
        self.tabs.activated.connect(self.preview_selected)
        self._update_buttons()
        self.reload()

    # -- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """(Re)load the user's voices and counters, and the first library page."""
        self._run("mine", load_my_voices, self.provider, on_done=self._on_mine,
                  text=self.tr("Loading voices…"))
        if self.slotted:
            self.search_library()

    def search_library(self) -> None:
        self._library_page = 0
        self.library_model.set_voices([])
        self._load_library(0)

    def more_library(self) -> None:
        if self._library_page is not None:
            self._load_library(self._library_page)

    def _load_library(self, page: int) -> None:
        self.more_button.setEnabled(False)
        self._run("library", self.provider.library_voices,  # type: ignore[attr-defined]
                  **self.library_tab.filters(), page=page,
                  on_done=self._on_library, text=self.tr("Searching the Voice Library…"))

    def _run(self, key: str, fn, *args, on_done, text: str, **kwargs) -> None:
        self._say(text)
        self._tasks.run(key, lambda: fn(*args, **kwargs), on_done, self._show_error)

    def _on_mine(self, result: tuple[list[Voice], Balance | None]) -> None:
        voices, balance = result
        voices = for_interface(voices)
        if balance is not None:
            self.tier = balance.tier
            self._set_slots(balance.voice_slots_used, balance.voice_limit)
        if not self.slotted:
            first = not self._all_voices
            self._all_voices = voices
            self.plain_tab.fill_languages(voices)
            if first:
                preset_language(self.plain_language_combo, self.file_language)
            self._filter_plain()
        else:
            key = lambda v: v.name.casefold()  # noqa: E731
            self.mine_model.set_voices(sorted((v for v in voices if v.category != "premade"), key=key))
            self.default_model.set_voices(sorted((v for v in voices if v.category == "premade"), key=key))
            self._refresh_notice()
        if self.current_voice_id and self.selected_voice() is None:
            self.select_voice(self.current_voice_id)

    def _on_library(self, page: VoicePage) -> None:
        self.library_model.append_voices(page.voices)
        self._library_page = page.next_page if page.has_more else None  # type: ignore[assignment]
        self.more_button.setEnabled(page.has_more)
        if page.voice_slots_used is not None:
            self._set_slots(page.voice_slots_used, page.voice_limit)
        if not page.voices and self.library_model.rowCount() == 0:
            self._say(self.tr("No Voice Library voice matches these filters."))

    def _filter_plain(self) -> None:
        shown = self.plain_tab.matching(self._all_voices)
        self.mine_model.set_voices(shown)
        if self._all_voices and not shown:
            self._say(self.tr("No voice matches this language and name."))
        elif not self._tasks:
            self._say("")
        self._update_buttons()

    # -- selection and actions -------------------------------------------------------------------
    def current_view(self) -> VoiceTable | None:
        return self.tabs.current_view()

    def selected_voice(self) -> Voice | None:
        """The chosen voice once the dialog is accepted, else the highlighted one."""
        if self.chosen is not None and self.result() == QDialog.DialogCode.Accepted:
            return self.chosen
        return self.tabs.highlighted()

    def select_voice(self, voice_id: str) -> bool:
        """Highlight a voice in whichever tab lists it (e.g. the project's current voice)."""
        return self.tabs.select_voice(voice_id)

    def choose(self, scope: str) -> None:
        voice = self.selected_voice()
        if voice is None:
            return
        if voice.uses_slot_if_used:
            # Never hand a library voice that is not added to the caller: it would be added (and take a
            # slot) silently at the first synthesis. The user adds it explicitly first.
            self._after_add = scope
            self.add_selected()
            return
        self.chosen = voice
        self.voice_chosen.emit(voice, scope)
        self.accept()

    def preview_selected(self) -> None:
        voice = self.selected_voice()
        if voice is None:
            return
        if self._previewing == voice.id:
            self.preview.stop()  # the button reads "Stop" while this voice loads or plays
        elif self.offline and is_installed(voice):  # spoken here; one not installed plays its published sample
            self.preview.play_local(voice.id, lambda: render_sample(self.provider, voice, self.preview.cache_dir))
        else:
            self.preview.play(voice)

    def add_selected(self) -> None:
        voice = self.selected_voice()
        if voice is None or not voice.uses_slot_if_used:
            self._after_add = None
            return
        if self.tier == "free":
            self._after_add = None
            QMessageBox.warning(self, self.tr("Paid plan required"), paid_plan_text())
            return
        if self.used is not None and self.limit is not None and self.used >= self.limit:
            self._after_add = None
            self.show_slots_dialog(voice)
            return
        text = add_question(voice, self.used, self.limit)
        answer = QMessageBox.question(self, self.tr("Add to My Voices"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            self._after_add = None
            return
        self.add_button.setEnabled(False)
        self._run("add", add_confirmed_voice, self.provider, voice, on_done=self._on_added,
                  text=self.tr("Adding “%1” to My Voices…").replace("%1", voice.name))

    def _on_added(self, result: tuple[Voice, Balance | None]) -> None:
        voice, balance = result
        if balance is not None:
            self._set_slots(balance.voice_slots_used, balance.voice_limit)
        elif self.used is not None:
            self._set_slots(self.used + 1, self.limit)
        self.library_model.replace_voice(voice)
        if self.mine_model.row_of(voice.id) < 0:
            self.mine_model.append_voices([voice])
        self._say(self.tr("“%1” is now in My Voices.").replace("%1", voice.name))
        self.voice_added.emit(voice)
        scope, self._after_add = self._after_add, None
        self._update_buttons()
        if scope:
            self.chosen = voice
            self.voice_chosen.emit(voice, scope)
            self.accept()

    def show_slots_dialog(self, wanted: Voice | None) -> SlotsFullDialog:
        if self.slots_dialog is not None:
            self.slots_dialog.close()
        dialog = SlotsFullDialog(self.provider, self.used, self.limit, wanted=wanted,
                                 project_voice_ids=self.project_voice_ids, parent=self)
        dialog.slots_changed.connect(self._set_slots)
        dialog.voice_removed.connect(self._on_removed)
        self.slots_dialog = dialog
        dialog.open()  # window-modal but not blocking: the picker keeps its state
        return dialog

    def _on_removed(self, voice_id: str) -> None:
        self.voice_removed.emit(voice_id)
        self.reload()  # My Voices and the library badges changed

    # -- display -----------------------------------------------------------------------------------
    def _set_slots(self, used: int | None, limit: int | None) -> None:
        if used is None or limit is None:
            return  # keep what we knew rather than blank the meter on a failed refresh
        self.used, self.limit = used, limit
        self.meter.set_slots(used, limit)
        for model in (self.mine_model, self.default_model, self.library_model):
            model.set_slots(used, limit)
        self._refresh_notice()
        self.slots_changed.emit(used, limit)

    def _show_error(self, error: BaseException) -> None:
        self._after_add = None
        if isinstance(error, ProviderError) and error.kind is ErrorKind.SLOTS_FULL:
            self.show_slots_dialog(self.selected_voice())
            self._say(self.tr("All your voice slots are used: remove a voice you no longer need first."),
                      warning=True)
        elif isinstance(error, ProviderError) and error.kind is ErrorKind.PAID_PLAN:
            self._paid_plan_refused = True
            self._refresh_notice()
            self._say("")
        elif isinstance(error, ProviderError):
            self._say(error_text(error), warning=True)  # provider messages never carry the key
        else:
            log.error("voice picker task failed", exc_info=error)
            self._say(self.tr("Something went wrong; see the log."), warning=True)
        self._update_buttons()

    def _refresh_notice(self) -> None:
        text = notice_text(self.tier, self._paid_plan_refused, self.used, self.limit)
        if text:
            self._notice(text)
        else:
            self.notice.hide()

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        colors.follow_style(self.notice, colors.notice_style)
        self.notice.show()

    def _say(self, text: str, warning: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))  # no empty gap above the buttons
        colors.set_text_color(self.status, colors.warning_color if warning else None)

    def _on_preview_state(self, voice_id: str) -> None:
        self.preview_button.setText(self.tr("▶ Preview") if not voice_id else self.tr("■ Stop"))
        self._previewing = voice_id

    def _update_buttons(self) -> None:
        voice = self.selected_voice()
        local = self.offline and voice is not None and is_installed(voice)
        self.preview_button.setEnabled(voice is not None and (bool(voice.preview_url) or local))
        note, tip = ("", "") if local else preview_reason(voice)
        self.preview_note.setText(note)
        self.preview_note.setToolTip(tip)
        self.preview_button.setToolTip(tip)
        if self.offline:
            self.offline_panel.set_voice(voice)
        self.add_button.setEnabled(voice is not None and voice.uses_slot_if_used and "add" not in self._tasks)
        # An offline voice not installed yet cannot speak: Install first.
        usable = voice is not None and (not self.offline or is_installed(voice))
        self.use_all_button.setEnabled(usable)
        self.use_selected_button.setEnabled(usable)

    def done(self, result: int) -> None:
        self.preview.stop()
        if self.offline:
            self.offline_panel.discard()
        self._tasks.discard_all()
        super().done(result)
