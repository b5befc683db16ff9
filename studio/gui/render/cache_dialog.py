"""Tools ▸ Clip Cache…: where the rendered clips live, how much disk they and their rebuildable copies
use, the cap on those copies, and clearing either.

CachePanel holds all of it (Preferences ▸ Storage shows the same panel); CacheDialog puts it over a Close
button and stores the cap as it changes, where the Preferences store it on OK.

Two kinds of files, told apart because one costs money and the other does not: the clips (each paid for
once, kept so no line is paid twice) and the copies the timeline derives from them (decoded and fitted;
rebuilt for free when missing, capped after each dub: studio.core.derived_sweep). Sizes are measured and
files deleted off the GUI thread (studio.gui.kit.tasks): a cache of 10,000 clips is a long walk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from studio.core.cache_usage import UNITS, CacheUsage, clear_derived, measure
from studio.core.clip_cache import ClipCache
from studio.gui.kit import settings
from studio.gui.kit.hint_label import hint_label
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import counted
from studio.gui.kit.provider_text import error_text, provider_name
from studio.gui.kit.tasks import run_in_background

log = logging.getLogger(__name__)


def size_text(size: int) -> str:
    """Bytes as the file manager says them, in the interface language ("2.0 GB", "2,0 Go")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def open_url(url: QUrl) -> bool:
    """QDesktopServices.openUrl (the tests replace it)."""
    return QDesktopServices.openUrl(url)


class CachePanel(QWidget):
    """The cache's folder, sizes and cap, and clearing; the cap is only shown (the owner stores it)."""

    cleared = Signal(int)  # every clip was deleted (bytes freed): the lines need rendering again

    def __init__(self, cache: ClipCache, parent: QWidget | None = None,
                 rendering: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.cache = cache
        self.rendering = rendering  # a render is storing clips: clearing now could lose one just paid for
        self.usage: CacheUsage | None = None
        self._busy = False
        intro = QLabel(self.tr("Every rendered line is kept here, so that no line is ever paid for twice. "
                               "Beside the clips, copies decoded and fitted for the timeline make each dub "
                               "quick; they are rebuilt whenever they are missing, at no cost."))
        intro.setWordWrap(True)
        # A read-only field, not a label: a long path scrolls instead of being cut, and can be copied.
        self.folder_label = QLineEdit(str(cache.root))
        self.folder_label.setReadOnly(True)
        self.folder_label.setCursorPosition(0)
        self.open_button = QPushButton(self.tr("&Open Folder"))
        self.open_button.setToolTip(self.tr("Show the cache folder in the file manager"))
        self.open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_button)
        self.clips_label = QLabel()
        self.clips_label.setWordWrap(True)
        self.derived_label = QLabel()
        self.derived_label.setWordWrap(True)
        self.clear_derived_button = QPushButton(self.tr("Clear &Rebuildable Copies"))
        self.clear_derived_button.setToolTip(self.tr("Delete the decoded and fitted copies only: no clip is "
                                                     "touched, and the next dub rebuilds what it needs"))
        self.clear_derived_button.clicked.connect(self.clear_rebuildable)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, 1024 * 1024)
        self.limit_spin.setSingleStep(256)
        self.limit_spin.setSuffix(self.tr(" MB"))
        self.limit_spin.setSpecialValueText(self.tr("Keep none"))
        self.limit_spin.setValue(settings.get(settings.DERIVED_LIMIT_MB))
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_spin)
        limit_row.addStretch(1)
        limit_row.addWidget(self.clear_derived_button)

        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Rendered clips:"), self.clips_label)
        form.addRow(self.tr("Rebuildable copies:"), self.derived_label)
        form.addRow(self.tr("Keep the copies under:"), limit_row)
        form.addRow("", hint_label(self.tr("Checked after each dub: the copies used longest ago go first. "
                                           "Rendered clips are never removed by this.")))
        self.clear_all_button = QPushButton(self.tr("Clear &Cache…"))
        self.clear_all_button.setToolTip(self.tr("Delete every rendered clip: lines rendered with a paid voice "
                                                 "cost credits again"))
        self.clear_all_button.clicked.connect(self.clear_everything)
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_all_button)
        clear_row.addStretch(1)
        self.status_label = hint_label("")
        self.status_label.hide()  # until there is something to say: an empty line would part the buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addLayout(clear_row)
        layout.addStretch(1)
        self.refresh()

    # -- measuring -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Measure the cache again, off the GUI thread; the labels say so meanwhile."""
        self._set_busy(True)
        self.clips_label.setText(self.tr("Measuring…"))
        self.derived_label.setText(self.tr("Measuring…"))
        run_in_background(measure, self.cache, on_done=self._show_usage, on_error=self._failed)

    def _show_usage(self, usage: CacheUsage) -> None:
        self.usage = usage
        clips = counted(self.tr("%n clip(s), %1", "", usage.clips), usage.clips).replace(
            "%1", size_text(usage.clip_bytes))
        self.clips_label.setText(clips + "\n" + self.stake_text(usage))
        self.derived_label.setText(self.tr("%1 (rebuilt when needed, at no cost)")
                                   .replace("%1", size_text(usage.derived_bytes)))
        self._set_busy(False)

    def stake_text(self, usage: CacheUsage) -> str:
        """What rendering these clips again would cost, as far as their sidecars recorded it."""
        if usage.paid_clips == 0:
            return self.tr("Rendered with the free offline voice: rendering them again costs nothing.")
        if not usage.costs:
            return self.tr("Their cost was not recorded; rendering them again with a paid voice costs "
                           "credits again.")
        amounts = ", ".join(self.tr("%1 (%2)").replace("%1", amount_text(value, UNITS.get(name, "credits")))
                            .replace("%2", provider_name(name)) for name, value in sorted(usage.costs.items()))
        text = self.tr("Rendering them cost %1.").replace("%1", amounts)
        if usage.uncosted:
            text += " " + counted(self.tr("%n more clip(s) from a paid voice have no recorded cost.", "",
                                          usage.uncosted), usage.uncosted)
        return text

    def _failed(self, error: BaseException) -> None:
        log.warning("Clip cache: %s", error)
        self.clips_label.setText(self.tr("Could not be measured: %1").replace("%1", error_text(error)))
        self.derived_label.setText("")
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.clear_derived_button.setEnabled(not busy)
        self.clear_all_button.setEnabled(not busy and self.usage is not None)

    # -- actions ---------------------------------------------------------------------------------------
    def open_folder(self) -> bool:
        self.cache.root.mkdir(parents=True, exist_ok=True)
        return open_url(QUrl.fromLocalFile(str(self.cache.root)))

    def clear_rebuildable(self) -> None:
        """Delete the rebuildable copies (never a clip), then measure again."""
        self._set_busy(True)
        run_in_background(clear_derived, self.cache, on_done=lambda freed: self._after_clear(freed, False),
                          on_error=self._failed)

    def clear_everything(self) -> None:
        """Delete every clip and copy, after a warning that says what it cost to render them."""
        if self.rendering():
            self._say(self.tr("A render is running: wait for it to finish, or cancel it, before clearing the "
                              "cache."))
            return
        if self.usage is None or not self.ask_clear_cache(self.usage):
            return
        self._set_busy(True)
        run_in_background(self.cache.clear, on_done=lambda freed: self._after_clear(freed, True),
                          on_error=self._failed)

    def ask_clear_cache(self, usage: CacheUsage) -> bool:
        """The warning before the clips go (the tests replace it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Clear Cache?"),
                          self.tr("Delete %n rendered clip(s)? Lines rendered with a paid voice will cost "
                                  "credits again.", "", usage.clips), QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.stake_text(usage))
        delete = box.addButton(self.tr("Delete Clips"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def _after_clear(self, freed: int, clips: bool) -> None:
        self._say(self.tr("%1 freed.").replace("%1", size_text(freed)))
        if clips:
            self.cleared.emit(freed)
        self.refresh()


class CacheDialog(QDialog):
    """Tools ▸ Clip Cache…: the panel over a Close button; a new cap is stored at once."""

    def __init__(self, cache: ClipCache, parent: QWidget | None = None,
                 rendering: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clip Cache"))
        self.panel = CachePanel(cache, self, rendering)
        self.panel.limit_spin.valueChanged.connect(lambda value: settings.put(settings.DERIVED_LIMIT_MB, value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
