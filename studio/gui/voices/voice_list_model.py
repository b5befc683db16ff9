"""The table model of one voice list in the picker: name, labels, language and the slot badge.

The badge answers the seed user's question for every row before anything is used: "in your voices",
"default – no slot", "takes 1 slot", or "takes 1 slot – none free" (the counts, "7 of 10 used", are
in its tooltip and the meter above: not repeated on every row). The model owns these display rules;
the dialog only feeds it voices and the slot counters.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt,
                            QT_TRANSLATE_NOOP)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from studio.gui.kit import colors
from studio.gui.kit.language_names import capitalized, language_label, locale_name
from studio.gui.kit.number_text import short_number
from studio.providers.base import Voice

NAME, LABELS, LANGUAGE, BADGE = range(4)
VOICE_ROLE = Qt.ItemDataRole.UserRole + 1   # the Voice of a row
BADGE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "mine" | "default" | "slot" | "none" (tests, styling)

# Labels shown in the Labels column, most telling first (ElevenLabs and Narakeet keys).
_LABEL_KEYS = ("gender", "age", "accent", "descriptive", "description", "use_case")
# Chosen when a row is painted, from the palette in force: readable in light and dark mode alike.
_BADGE_COLOURS = {"mine": colors.success_color, "default": colors.info_color, "slot": colors.warning_color,
                  "full": colors.error_color}


# The genders the providers label voices with (and the library filter offers), in the interface language.
_GENDER_NAMES = {"female": QT_TRANSLATE_NOOP("VoiceListModel", "female"),
                 "male": QT_TRANSLATE_NOOP("VoiceListModel", "male"),
                 "neutral": QT_TRANSLATE_NOOP("VoiceListModel", "neutral")}


def gender_name(value: str) -> str:
    """"female" -> "female" / "femme"; a label we do not know stays as the provider wrote it."""
    name = _GENDER_NAMES.get(value.strip().lower())
    return QCoreApplication.translate("VoiceListModel", name) if name else value


# ElevenLabs' use cases (labels, and the library filter's values), likewise.
_USE_CASE_NAMES = {
    "narrative_story": QT_TRANSLATE_NOOP("VoiceListModel", "narrative story"),
    "conversational": QT_TRANSLATE_NOOP("VoiceListModel", "conversational"),
    "characters_animation": QT_TRANSLATE_NOOP("VoiceListModel", "characters animation"),
    "social_media": QT_TRANSLATE_NOOP("VoiceListModel", "social media"),
    "entertainment_tv": QT_TRANSLATE_NOOP("VoiceListModel", "entertainment tv"),
    "advertisement": QT_TRANSLATE_NOOP("VoiceListModel", "advertisement"),
    "informative_educational": QT_TRANSLATE_NOOP("VoiceListModel", "informative educational"),
}


def use_case_name(value: str) -> str:
    """"narrative_story" -> "narrative story" / "narration"; an unknown one with its underscores as spaces."""
    name = _USE_CASE_NAMES.get(value.strip().lower())
    return QCoreApplication.translate("VoiceListModel", name) if name else value.replace("_", " ")


def badge_kind(voice: Voice) -> str:
    """What using this voice does to the slots."""
    if voice.uses_slot_if_used:
        return "slot"
    if voice.category == "premade":
        return "default"
    if voice.category in ("offline", "narakeet"):
        return "none"
    return "mine"


def _label_text(key: str, value: str) -> str:
    if key == "gender":
        return gender_name(value)
    if key == "use_case":
        return use_case_name(value)
    return value.replace("_", " ")


class VoiceListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voices: list[Voice] = []
        self._used: int | None = None
        self._limit: int | None = None
        self._in_use: frozenset[str] = frozenset()  # voices the open file uses: marked

    # -- data in ---------------------------------------------------------------------------------
    def set_voices(self, voices: Sequence[Voice]) -> None:
        self.beginResetModel()
        self._voices = list(voices)
        self.endResetModel()

    def append_voices(self, voices: Sequence[Voice]) -> None:
        known = {v.id for v in self._voices}
        new = [v for v in voices if v.id not in known]  # a page boundary may repeat a voice
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self._voices), len(self._voices) + len(new) - 1)
        self._voices += new
        self.endInsertRows()

    def replace_voice(self, voice: Voice) -> None:
        """Update one row in place (a library voice just added becomes "in your voices")."""
        for row, old in enumerate(self._voices):
            if old.id == voice.id:
                self._voices[row] = voice
                self.dataChanged.emit(self.index(row, 0), self.index(row, BADGE))
                return

    def set_in_use(self, voice_ids: Collection[str]) -> None:
        """Mark the voices the open file uses (bold name, "in use" first among the labels)."""
        self._in_use = frozenset(voice_ids)
        if self._voices:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._voices) - 1, LABELS))

    def is_in_use(self, voice: Voice) -> bool:
        return voice.id in self._in_use

    def set_slots(self, used: int | None, limit: int | None) -> None:
        if (used, limit) == (self._used, self._limit):
            return
        self._used, self._limit = used, limit
        if self._voices:  # only the badge column depends on the counters
            self.dataChanged.emit(self.index(0, BADGE), self.index(len(self._voices) - 1, BADGE))

    # -- data out --------------------------------------------------------------------------------
    def voices(self) -> list[Voice]:
        return list(self._voices)

    def voice_at(self, row: int) -> Voice | None:
        return self._voices[row] if 0 <= row < len(self._voices) else None

    def row_of(self, voice_id: str) -> int:
        for row, voice in enumerate(self._voices):
            if voice.id == voice_id:
                return row
        return -1

    def badge_text(self, voice: Voice) -> str:
        kind = badge_kind(voice)
        if kind == "mine":
            return self.tr("in your voices")
        if kind == "default":
            return self.tr("default – no slot")
        if kind == "none":
            return self.tr("no slot needed")
        if self._used is not None and self._limit is not None and self._used >= self._limit:
            return self.tr("takes 1 slot – none free")
        return self.tr("takes 1 slot")

    def _slot_tip(self) -> str:
        tip = self.tr("Using this voice adds it to My Voices and takes one of your custom voice slots. "
                      "The app only adds it when you click Add to My Voices.")
        if self._used is not None and self._limit is not None:
            tip += "\n" + self.tr("Voice slots: %1 of %2 used.").replace("%1", str(self._used)).replace(
                "%2", str(self._limit))
        return tip

    # -- Qt overrides ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._voices)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Labels"), self.tr("Language"), self.tr("Slot"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        voice = self.voice_at(index.row()) if index.isValid() else None
        if voice is None:
            return None
        column = index.column()
        if role == VOICE_ROLE:
            return voice
        if role == BADGE_KIND_ROLE:
            return badge_kind(voice)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return voice.name
            if column == LABELS:
                return self._labels(voice)
            if column == LANGUAGE:
                return voice.language or ""
            if column == BADGE:
                return self.badge_text(voice)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == BADGE and badge_kind(voice) == "slot":
                return self._slot_tip()
            if column == NAME and voice.id in self._in_use:
                return "\n".join(filter(None, [self.tr("Used in this file"), voice.description]))
            if column == NAME and voice.description:
                return voice.description
            if column == LABELS:
                return self._labels(voice)
            if column == LANGUAGE and voice.language and voice.labels.get("engine") != "espeak-ng":
                # "fr-fr": "Français (France)". espeak-ng's names say it already, and its codes are its own
                # ("ca-ba" is Balearic Catalan, not Bosnia).
                return capitalized(locale_name(voice.language) or voice.language)
        if role == Qt.ItemDataRole.FontRole and column == NAME and voice.id in self._in_use:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == BADGE:
            kind = badge_kind(voice)
            if kind == "slot" and self._used is not None and self._limit is not None \
                    and self._used >= self._limit:
                kind = "full"
            colour_of = _BADGE_COLOURS.get(kind)
            return QBrush(colour_of(QGuiApplication.palette())) if colour_of else None
        return None

    def _labels(self, voice: Voice) -> str:
        if voice.category == "narakeet":
            # Narakeet's labels are the language's name and its text styles (literal, ipa…): only the
            # name helps choosing.
            marks = [self.tr("in use")] if voice.id in self._in_use else []
            return ", ".join(filter(None, [*marks, language_label(voice) or voice.description]))
        parts = [_label_text(k, voice.labels[k]) for k in _LABEL_KEYS if voice.labels.get(k)]
        if voice.id in self._in_use:
            parts.insert(0, self.tr("in use"))
        if voice.library_copy:
            parts.insert(0, self.tr("library copy"))
        elif voice.category in ("cloned", "generated", "professional"):
            parts.insert(0, {"cloned": self.tr("cloned"), "generated": self.tr("generated"),
                             "professional": self.tr("professional")}[voice.category])
        if voice.rate is not None and voice.rate != 1:
            parts.append(self.tr("price ×%1").replace("%1", short_number(voice.rate)))
        return ", ".join(parts)
