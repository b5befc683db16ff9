"""Menu items that only one provider understands (ElevenLabs' text normalisation, context, voice
settings): disabled under the other providers, with a tooltip that says why and what to do."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from studio.gui.kit.provider_text import provider_name


class ProviderOnlyActions(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[QAction, str, str]] = []  # action, its provider, its own tooltip
        self._provider = ""

    def add(self, action: QAction, provider: str = "elevenlabs") -> None:
        """Enable action only while provider is the job's (a submenu: pass its menuAction())."""
        self._items.append((action, provider, action.toolTip()))
        self._show(action, provider, action.toolTip())

    def follow(self, provider: str) -> None:
        """The job's provider changed: enable or disable every item, and say why."""
        self._provider = provider
        for item in self._items:
            self._show(*item)

    def _show(self, action: QAction, provider: str, own_tip: str) -> None:
        usable = not self._provider or self._provider == provider
        action.setEnabled(usable)
        why = self.tr("Only for %1 voices: choose %1 as the voice provider to use this.").replace(
            "%1", provider_name(provider))
        action.setToolTip(own_tip if usable else why)
