"""The "no voice slot left" dialog: says so plainly, lists the library copies in My Voices (each holds
a slot) with whether the current project uses them, and removes one only after a confirmation.

Nothing is removed or added on its own, and a removal does not retry the add that needed the slot:
the user clicks Add again, knowing what it costs.
"""

from __future__ import annotations

import logging
from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QHeaderView,
                               QAbstractItemView)

from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.money.slot_meter import SlotMeter
from studio.providers.base import Balance, Provider, ProviderError, Voice

log = logging.getLogger(__name__)


def load_copies(provider: Provider) -> tuple[list[Voice], Balance | None]:
    """Blocking: the library copies in My Voices and the slot counters."""
    copies = provider.library_copies()  # type: ignore[attr-defined]
    try:
        balance: Balance | None = provider.balance()
    except ProviderError:
        balance = None
    return copies, balance


def remove_voice(provider: Provider, voice_id: str) -> tuple[list[Voice], Balance | None]:
    """Blocking: DELETE the voice from My Voices, then reload the copies and counters."""
    provider.delete_voice(voice_id)  # type: ignore[attr-defined]
    return load_copies(provider)


class SlotsFullDialog(QDialog):
    """Library copies in My Voices, and a confirmed way to remove one."""

    voice_removed = Signal(str)           # voice id removed from My Voices
    slots_changed = Signal(object, object)  # used, limit (None when unknown)

    def __init__(self, provider: Provider, used: int | None, limit: int | None, *,
                 wanted: Voice | None = None, project_voice_ids: Collection[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voice slots"))
        self.provider = provider
        self.project_voice_ids = set(project_voice_ids)
        self.copies: list[Voice] = []
        self.task: Task | None = None

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meter = SlotMeter()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Library copy in My Voices"), self.tr("Language"),
                                              self.tr("This project")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove from My Voices…"))
        self.remove_button.setToolTip(self.tr("Frees one voice slot. You can add the voice again later from the "
                                              "Voice Library."))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(560, 380)

        self._wanted = wanted
        self._set_slots(used, limit)
        self.reload()

    # -- actions ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._run(load_copies, self.provider, text=self.tr("Loading the library copies in My Voices…"))

    def selected_copy(self) -> Voice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows and rows[0].row() < len(self.copies) else None

    def remove_selected(self) -> None:
        voice = self.selected_copy()
        if voice is None:
            return
        if voice.id in self.project_voice_ids:
            text = self.tr("Remove “%1” from My Voices? This project uses it: its lines will not render with "
                           "it until you add it again or pick another voice. Removing frees one voice slot.")
        else:
            text = self.tr("Remove “%1” from My Voices? This project does not use it. Removing frees one voice "
                           "slot; you can add it again later from the Voice Library.")
        answer = QMessageBox.question(self, self.tr("Remove voice"), text.replace("%1", voice.name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._removing = voice.id
        self._run(remove_voice, self.provider, voice.id,
                  text=self.tr("Removing “%1”…").replace("%1", voice.name))

    # -- results ---------------------------------------------------------------------------------
    def _run(self, fn, *args, text: str) -> None:
        if self.task is not None:
            self.task.discard()
        self.status.setText(text)
        self.remove_button.setEnabled(False)
        self.task = run_in_background(fn, *args, on_done=self._on_loaded, on_error=self._on_error)

    def _on_loaded(self, result: tuple[list[Voice], Balance | None]) -> None:
        self.task = None
        copies, balance = result
        removed = getattr(self, "_removing", None)
        if removed:
            self._removing = None
            self.voice_removed.emit(removed)
        if balance is not None:
            self._set_slots(balance.voice_slots_used, balance.voice_limit)
        self.copies = sorted(copies, key=lambda v: v.name.casefold())
        self.table.setRowCount(len(self.copies))
        for row, voice in enumerate(self.copies):
            used = voice.id in self.project_voice_ids
            self.table.setItem(row, 0, QTableWidgetItem(voice.name))
            self.table.setItem(row, 1, QTableWidgetItem(voice.language or ""))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("used") if used else self.tr("not used")))
        if not self.copies:
            self.status.setText(self.tr("There is no library copy in My Voices: the slots are held by your own "
                                        "cloned or generated voices. Remove one on elevenlabs.io if you no "
                                        "longer need it."))
        else:
            self.status.setText(self.tr("Pick a voice this project does not use, then Remove."))
        self._update_buttons()

    def _on_error(self, error: BaseException) -> None:
        self.task = None
        self._removing = None
        log.info("slots dialog: %s", type(error).__name__)
        self.status.setText(error_text(error) if isinstance(error, ProviderError) else
                            self.tr("Something went wrong; see the log."))
        self._update_buttons()

    def _set_slots(self, used: int | None, limit: int | None) -> None:
        self.meter.set_slots(used, limit)
        self.slots_changed.emit(used, limit)
        full = used is not None and limit is not None and used >= limit
        if full:
            counts = self.tr("All your voice slots are used (%1 of %2).").replace("%1", str(used)).replace(
                "%2", str(limit))
            if self._wanted is not None:
                counts += " " + self.tr("To add “%1”, first remove a voice you no longer need from My Voices."
                                        ).replace("%1", self._wanted.name)
            else:
                counts += " " + self.tr("To add a Voice Library voice, first remove one you no longer need.")
        elif used is not None and limit is not None:
            counts = self.tr("%1 of %2 voice slots used: you can add %n more Voice Library voice(s).", "",
                             limit - used).replace("%1", str(used)).replace("%2", str(limit))
        else:
            counts = self.tr("Library voices you added to My Voices each hold one voice slot.")
        self.message.setText(counts)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.task is None and self.selected_copy() is not None)

    def done(self, result: int) -> None:
        # A removal already sent still completes on the server; only its delivery here is dropped, so
        # the picker learns of it on its next reload.
        if self.task is not None:
            self.task.discard()
            self.task = None
        super().done(result)
