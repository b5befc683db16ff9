"""The picker's building blocks: a voice table, the Voice Library tab (search, filters, "More…") and
the plain tab of Narakeet and offline voices (language filter). They hold widgets only; the dialog
loads the voices and reacts to their signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from studio.gui.kit.language_names import capitalized, language_label, language_name
from studio.gui.voices.offline_voices import OfflineVoicePanel
from studio.gui.voices.voice_list_model import BADGE, LABELS, LANGUAGE, NAME, VoiceListModel, gender_name, use_case_name
from studio.providers.base import Voice

# Filter values of /v1/shared-voices (reference §2); the API takes them as free text.
LIBRARY_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ja", "zh", "ko", "hi", "ar", "ru")
GENDERS = ("female", "male", "neutral")
USE_CASES = ("narrative_story", "conversational", "characters_animation", "social_media", "entertainment_tv",
             "advertisement", "informative_educational")


class VoiceTable(QTableView):
    def __init__(self, model: VoiceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LABELS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LANGUAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BADGE, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(NAME, 170)
        # Names as wide as the longest (within reason), labels take what is left: no column of blank.
        model.modelReset.connect(self._fit_names)
        model.rowsInserted.connect(lambda *_: self._fit_names())

    def _fit_names(self) -> None:
        self.resizeColumnToContents(NAME)
        self.setColumnWidth(NAME, max(120, min(self.columnWidth(NAME) + 12, 280)))

    def voice_model(self) -> VoiceListModel:
        model = self.model()
        assert isinstance(model, VoiceListModel)
        return model


class VoiceTabs(QTabWidget):
    """The picker's tabs and their voice tables: which voice is highlighted, and finding one."""

    selection_changed = Signal()  # the highlighted voice may have changed
    activated = Signal()          # a voice was double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: dict[str, VoiceTable] = {}
        self.currentChanged.connect(lambda _i: self.selection_changed.emit())

    def add_view(self, key: str, model: VoiceListModel) -> VoiceTable:
        view = VoiceTable(model)
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        view.doubleClicked.connect(lambda _index: self.activated.emit())
        self.views[key] = view
        return view

    def current_view(self) -> VoiceTable | None:
        page = self.currentWidget()
        for view in self.views.values():
            if view is page or view.parent() is page:
                return view
        return None

    def highlighted(self) -> Voice | None:
        view = self.current_view()
        rows = view.selectionModel().selectedRows() if view is not None else []
        return view.voice_model().voice_at(rows[0].row()) if rows else None  # type: ignore[union-attr]

    def select_voice(self, voice_id: str) -> bool:
        """Highlight voice_id in the first tab that lists it; elsewhere nothing changes (False)."""
        start = self.currentIndex()
        for index in range(self.count()):
            self.setCurrentIndex(index)
            view = self.current_view()
            row = view.voice_model().row_of(voice_id) if view is not None else -1
            if row >= 0:
                view.selectRow(row)  # type: ignore[union-attr]
                view.scrollTo(view.voice_model().index(row, 0))  # type: ignore[union-attr]
                return True
        self.setCurrentIndex(start)
        return False


def pick_language(combo: QComboBox, language: str) -> bool:
    """Select the combo's entry for language ("fr": its own entry or "all variants", else its first
    variant such as "fr-FR"); False, and nothing changed, when the combo has none."""
    wanted = language.lower()
    codes = [str(combo.itemData(i) or "").lower() for i in range(combo.count())]
    for match in (lambda code: code == wanted, lambda code: code.startswith(wanted + "-")):
        for index, code in enumerate(codes):
            if match(code):
                combo.setCurrentIndex(index)
                return True
    return False


def preset_language(combo: QComboBox, language: str | None) -> bool:
    """Filter by the subtitles' language until the user picks another, and say so on the combo."""
    if not language or not pick_language(combo, language):
        return False
    combo.setToolTip(QCoreApplication.translate(
        "VoicePickerDialog", "Set to the subtitles' language (%1). Choose another to see more voices.")
        .replace("%1", language))
    return True


def _combo(any_text: str, values: Sequence[str], name: Callable[[str], str] = str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_text, "")
    for value in values:
        combo.addItem(name(value), value)
    return combo


class LibraryTab(QWidget):
    """Search box, language/gender/accent/use-case filters, the table and "More…"."""

    search_requested = Signal()
    more_requested = Signal()

    def __init__(self, view: VoiceTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the Voice Library"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search_requested)
        self.language_combo = _combo(self.tr("Any language"), LIBRARY_LANGUAGES)
        self.gender_combo = _combo(self.tr("Any gender"), GENDERS, gender_name)
        self.accent_edit = QLineEdit()
        self.accent_edit.setPlaceholderText(self.tr("Accent"))
        self.accent_edit.setMaximumWidth(110)
        self.accent_edit.returnPressed.connect(self.search_requested)
        self.use_case_combo = _combo(self.tr("Any use"), USE_CASES, use_case_name)
        search_button = QPushButton(self.tr("Search"))
        search_button.clicked.connect(self.search_requested)
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.setToolTip(self.tr("Load the next page of the Voice Library"))
        self.more_button.clicked.connect(self.more_requested)
        self.more_button.setEnabled(False)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for widget in (self.language_combo, self.gender_combo, self.accent_edit, self.use_case_combo,
                       search_button):
            filters.addWidget(widget)
        hint = QLabel(self.tr("Listing and previewing are free. A library voice takes one of your voice slots "
                              "once added to My Voices, which only happens when you click Add."))
        hint.setWordWrap(True)
        more = QHBoxLayout()
        more.addWidget(hint, 1)
        more.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(view, 1)
        layout.addLayout(more)

    def filters(self) -> dict[str, Any]:
        """Keyword arguments for ElevenLabsProvider.library_voices (empty filters left out)."""
        return {"search": self.search_edit.text().strip() or None,
                "language": self.language_combo.currentData() or None,
                "gender": self.gender_combo.currentData() or None,
                "accent": self.accent_edit.text().strip() or None,
                "use_case": self.use_case_combo.currentData() or None}


class PlainTab(QWidget):
    """All voices of a provider without slots, filtered by language and name on this machine."""

    filter_changed = Signal()

    def __init__(self, view: VoiceTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.language_combo = QComboBox()
        # A fixed, readable width: the popup shows long names in full, the closed box never cuts a short one.
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_combo.setMinimumContentsLength(24)
        self.language_combo.addItem(self.tr("All languages"), "")
        self.language_combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.filter_changed.emit())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Language:")))
        filters.addWidget(self.language_combo)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        view.hideColumn(BADGE)  # nothing here takes a slot: a column of "no slot needed" says nothing
        layout.addWidget(view, 1)

    def fill_languages(self, voices: Sequence[Voice]) -> None:
        """One entry per language code, and one per base language that has several variants ("fr" for
        fr-fr, fr-be, fr-ch), so "French, any accent" is one pick."""
        combo = self.language_combo
        names: dict[str, str] = {}
        for voice in voices:
            if voice.language:
                names.setdefault(voice.language, language_label(voice))
        bases: dict[str, list[str]] = {}
        for code in names:
            bases.setdefault(code.split("-")[0].lower(), []).append(code)
        combo.blockSignals(True)
        for base in sorted(bases):
            codes = sorted(bases[base], key=str.casefold)
            grouped = len(codes) > 1 or codes[0].lower() != base
            if grouped:
                base_name = language_name(base)
                base_text = f"{base} – {capitalized(base_name)}" if base_name else base
                combo.addItem(self.tr("%1 (all variants)").replace("%1", base_text), base)
            for code in codes:
                label = names[code]
                text = f"{code} – {label}" if label and label != code else code
                combo.addItem(("    " + text) if grouped else text, code)
        combo.blockSignals(False)

    def matching(self, voices: Sequence[Voice]) -> list[Voice]:
        wanted = (self.language_combo.currentData() or "").lower()
        needle = self.search.text().strip().casefold()
        return [v for v in voices
                if (not wanted or (v.language or "").lower() == wanted
                    or (v.language or "").lower().startswith(wanted + "-"))
                and (not needle or needle in v.name.casefold() or needle in v.id.casefold())]


class PickerTabsMixin:
    """Builds VoicePickerDialog's tabs (no text of its own: titles come from the dialog) and wires them to it."""

    def _add_tab(self, key: str, model: VoiceListModel, title: str) -> None:
        self.tabs.addTab(self.tabs.add_view(key, model), title)

    def _library_tab(self) -> QWidget:
        self.library_tab = LibraryTab(self.tabs.add_view("library", self.library_model))
        self.library_tab.search_requested.connect(self.search_library)
        self.library_tab.more_requested.connect(self.more_library)
        # Short names for the caller and the tests.
        self.search_edit = self.library_tab.search_edit
        self.language_combo = self.library_tab.language_combo
        self.gender_combo = self.library_tab.gender_combo
        self.more_button = self.library_tab.more_button
        if self.file_language in LIBRARY_LANGUAGES:
            preset_language(self.language_combo, self.file_language)
        return self.library_tab

    def _plain_tab(self) -> QWidget:
        self.plain_tab = PlainTab(self.tabs.add_view("plain", self.mine_model))
        self.plain_tab.filter_changed.connect(self._filter_plain)
        self.plain_language_combo = self.plain_tab.language_combo
        self.plain_search = self.plain_tab.search
        if self.offline:
            self.offline_panel = OfflineVoicePanel(getattr(self.provider, "store", None))
            self.offline_panel.changed.connect(self.reload)
            self.plain_tab.layout().addWidget(self.offline_panel)
        return self.plain_tab
