"""One way to make a window's menu actions: text, shortcut (active anywhere in the window), status tip,
and a tooltip that names the shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def window_action(window: QWidget, text: str, slot: Callable[[], object], shortcut: str | None,
                  tip: str) -> QAction:
    action = QAction(text, window)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        # Shortcuts work wherever focus is in the window, but not while a cell editor is open.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})")
    action.triggered.connect(slot)
    return action
