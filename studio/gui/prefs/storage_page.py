"""Preferences ▸ Storage: the clip cache (Tools ▸ Clip Cache…'s own panel, its cap stored on OK) and the
folder the natural voices are installed in.

The voices' folder is shown, not chosen: the command line installs and finds voices there too, and a
folder only the window knew would split them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio.gui.kit import settings
from studio.gui.kit.hint_label import hint_label
from studio.gui.prefs.page import PreferencesPage
from studio.gui.render import cache_dialog
from studio.gui.render.cache_dialog import CachePanel
from studio.gui.shell.workspace import Workspace
from studio.providers.voice_packs import default_voices_dir


class StoragePage(PreferencesPage):
    name = "storage"
    keys = (settings.DERIVED_LIMIT_MB,)

    def __init__(self, window: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        controller = window.render_actions.controller
        cache_box = QGroupBox(self.tr("Clip cache"), self)
        cache_layout = QVBoxLayout(cache_box)
        self.cache_panel: CachePanel | None = None
        if controller.cache is None:  # still opening, the first moments after start
            cache_layout.addWidget(QLabel(self.tr("The clip cache is not open yet."), cache_box))
        else:
            self.cache_panel = CachePanel(controller.cache, cache_box, rendering=lambda: controller.running)
            self.cache_panel.cleared.connect(window.render_actions.on_cache_cleared)
            cache_layout.addWidget(self.cache_panel)
        voices_box = QGroupBox(self.tr("Natural voices"), self)
        self.voices_dir = default_voices_dir()
        self.voices_field = QLineEdit(str(self.voices_dir), voices_box)
        self.voices_field.setReadOnly(True)  # a long path scrolls and can be copied
        self.voices_field.setCursorPosition(0)
        self.voices_button = QPushButton(self.tr("Open &Folder"), voices_box)
        self.voices_button.setToolTip(self.tr("Show the natural voices' folder in the file manager"))
        self.voices_button.clicked.connect(self.open_voices_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.voices_field, 1)
        folder_row.addWidget(self.voices_button)
        voices_layout = QVBoxLayout(voices_box)
        voices_layout.addLayout(folder_row)
        voices_layout.addWidget(hint_label(self.tr(
            "Voices installed from the voice picker or the command line are kept here, apart from the cache: "
            "clearing the cache never removes a voice."), voices_box))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(cache_box)
        layout.addWidget(voices_box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Storage")

    def show_values(self, values: dict[str, Any]) -> None:
        if self.cache_panel is not None:
            self.cache_panel.limit_spin.setValue(values[settings.DERIVED_LIMIT_MB])

    def values(self) -> dict[str, Any]:
        return {settings.DERIVED_LIMIT_MB: self.cache_panel.limit_spin.value()} if self.cache_panel else {}

    def open_voices_folder(self) -> bool:
        self.voices_dir.mkdir(parents=True, exist_ok=True)
        return cache_dialog.open_url(QUrl.fromLocalFile(str(self.voices_dir)))
