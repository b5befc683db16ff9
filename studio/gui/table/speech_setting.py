"""The "Speak Text in Brackets" toggle: whether hearing-impaired notes are read aloud.

Off by default: "[rires]" or "(ELLE SOUPIRE)" describe sound for deaf viewers; a voice reading them
would be wrong and would cost credits. The choice is remembered and applied to the table at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from studio.core.speech import SpeechOptions
from studio.gui.kit import settings
from studio.gui.table.cue_model import CueTableModel


def speech_options_from_settings() -> SpeechOptions:
    return SpeechOptions(strip_annotations=settings.get(settings.STRIP_ANNOTATIONS))


def make_speak_brackets_action(parent: QWidget, model: CueTableModel) -> QAction:
    """A checkable action bound to the setting; it also applies the stored choice to the model now."""
    action = QAction(QCoreApplication.translate("SpeechSetting", "Speak Text in &Brackets"), parent)
    action.setCheckable(True)
    action.setStatusTip(QCoreApplication.translate("SpeechSetting", "Read [notes] and (notes) aloud; they are "
                                                   "usually hearing-impaired descriptions, not dialogue"))
    options = speech_options_from_settings()
    action.setChecked(not options.strip_annotations)
    model.set_speech_options(options)

    def toggled(speak: bool) -> None:
        settings.put(settings.STRIP_ANNOTATIONS, not speak)
        model.set_speech_options(SpeechOptions(strip_annotations=not speak))

    action.toggled.connect(toggled)
    return action
