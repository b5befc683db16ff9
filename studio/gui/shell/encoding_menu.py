"""File ▸ Reopen with Encoding: the file's encoding checked, the common ones one click away.

Detection can still be wrong on a few lines of text (one Croatian line reads as cp1252 as well as
cp1250). Like Subtitle Edit, the user then picks the right one and the file is read again from disk
in it: a reload, so unsaved edits are asked about first (open_file does), nothing is undoable.
The status bar shows the same menu from its encoding button.
"""

from __future__ import annotations

import codecs

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu


# (Python codec, script or region (translated when shown), the name users know the encoding by).
COMMON: list[tuple[str, str, str]] = [
    ("utf-8", QT_TRANSLATE_NOOP("EncodingMenu", "Unicode"), "UTF-8"),
    ("utf-16-le", QT_TRANSLATE_NOOP("EncodingMenu", "Unicode"), "UTF-16 LE"),
    ("utf-16-be", QT_TRANSLATE_NOOP("EncodingMenu", "Unicode"), "UTF-16 BE"),
    ("cp1252", QT_TRANSLATE_NOOP("EncodingMenu", "Western European"), "Windows-1252"),
    ("iso8859-15", QT_TRANSLATE_NOOP("EncodingMenu", "Western European"), "ISO-8859-15"),
    ("cp1250", QT_TRANSLATE_NOOP("EncodingMenu", "Central European"), "Windows-1250"),
    ("iso8859-2", QT_TRANSLATE_NOOP("EncodingMenu", "Central European"), "ISO-8859-2"),
    ("cp1251", QT_TRANSLATE_NOOP("EncodingMenu", "Cyrillic"), "Windows-1251"),
    ("koi8-r", QT_TRANSLATE_NOOP("EncodingMenu", "Cyrillic"), "KOI8-R"),
    ("cp1253", QT_TRANSLATE_NOOP("EncodingMenu", "Greek"), "Windows-1253"),
    ("cp1254", QT_TRANSLATE_NOOP("EncodingMenu", "Turkish"), "Windows-1254"),
    ("cp1257", QT_TRANSLATE_NOOP("EncodingMenu", "Baltic"), "Windows-1257"),
    ("cp1255", QT_TRANSLATE_NOOP("EncodingMenu", "Hebrew"), "Windows-1255"),
    ("cp1256", QT_TRANSLATE_NOOP("EncodingMenu", "Arabic"), "Windows-1256"),
    ("gb18030", QT_TRANSLATE_NOOP("EncodingMenu", "Chinese Simplified"), "GB18030"),
    ("big5", QT_TRANSLATE_NOOP("EncodingMenu", "Chinese Traditional"), "Big5"),
    ("cp932", QT_TRANSLATE_NOOP("EncodingMenu", "Japanese"), "Shift-JIS"),
    ("cp949", QT_TRANSLATE_NOOP("EncodingMenu", "Korean"), "EUC-KR"),
]
# Codecs that are the same encoding for the user (a BOM, a superset decoding the same letters).
_SAME = {"utf-8-sig": "utf-8", "big5hkscs": "big5", "shift_jis": "cp932", "euc_kr": "cp949",
         "iso8859-1": "cp1252"}


def canonical(codec: str) -> str:
    """The COMMON key of a codec name ("UTF_8" and "utf-8-sig" are "utf-8"), or its own lookup name."""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return codec
    return _SAME.get(name, name)


def encoding_name(codec: str) -> str:
    """"Windows-1250", "UTF-8", "ISO-8859-13": the short name for the status bar and messages."""
    key = canonical(codec)
    for common, _region, name in COMMON:
        if common == key:
            return name + (" BOM" if codec == "utf-8-sig" else "")
    return key.upper().replace("ISO8859", "ISO-8859").replace("_", "-")


def long_name(codec: str) -> str:
    """"Central European (Windows-1250)": the menu's wording."""
    key = canonical(codec)
    region = next((region for common, region, _name in COMMON if common == key), None)
    if region is None:
        return encoding_name(codec)
    return f"{QCoreApplication.translate('EncodingMenu', region)} ({encoding_name(codec)})"


class EncodingMenu(QObject):
    """The submenu; filled each time it opens, so the check mark follows the document."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu = QMenu(self.tr("Reopen with E&ncoding"), window)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.fill)
        window.loaded.connect(lambda _path: self.fill())
        self._group = QActionGroup(self)
        self._group.triggered.connect(lambda action: self.reopen(action.data()))
        self.fill()

    def fill(self) -> None:
        self.menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        document = self._window.model.document
        current = canonical(document.encoding)
        keys = [common for common, _region, _name in COMMON]
        choices = ([current] if current not in keys else []) + keys
        for key in choices:
            label = long_name(key)
            if key == current:
                chosen = self._window.requested_encoding is not None
                label = (self.tr("%1 — chosen") if chosen else self.tr("%1 — detected")).replace("%1", label)
            action = QAction(label, self._group)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            self.menu.addAction(action)
            if key == current and key not in keys:
                self.menu.addSeparator()
        self.menu.setEnabled(self._window.path is not None)

    def reopen(self, codec: str) -> None:
        """Read the open file again from disk in codec (unsaved edits are asked about first)."""
        if self._window.path is not None:
            self._window.open_file(self._window.path, codec)
