"""The four-step tour (load → voices → render → export), written from the window's live actions.

Each step names the real menu item and its shortcut as the window has them now (translated, on this
platform's keyboard), and points at the real control: a ring drawn for a moment around the toolbar
button, or around the menu title when the action has no button.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QMenuBar, QToolButton, QWidget

from studio.gui.shell.shortcuts_dialog import key_text, menu_path

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace

HIGHLIGHT_MS = 2500


@dataclass(frozen=True)
class TourStep:
    title: str
    text: str
    actions: tuple[QAction, ...]  # the first that has a toolbar button (or a menu) is pointed at


def _where(window: Workspace, action: QAction) -> str:
    """'File ▸ Open… (Ctrl+O)', or without the brackets when the action has no shortcut."""
    where = menu_path(window, action)
    shortcut = action.shortcut()
    return f"{where} ({key_text(shortcut)})" if not shortcut.isEmpty() else where


def tour_steps(window: Workspace) -> list[TourStep]:
    voices, render, dub = window.voice_actions, window.render_actions, window.dub
    load = QCoreApplication.translate(
        "Tour", "Open an SRT file with %1, or drop it on the window. Each line appears in the table with "
        "what it will cost; edit the text there, and undo any change.")
    choose = QCoreApplication.translate(
        "Tour", "Pick who speaks with %1: listen to a voice before you choose it, for every line or only "
        "the selected ones. A voice that would take one of your account's voice slots says so first.")
    make = QCoreApplication.translate(
        "Tour", "Make the audio with %1. The cost is shown before anything is spent, and a line already "
        "rendered is never paid for again. %2 plays the current line.")
    export = QCoreApplication.translate(
        "Tour", "Write the voice track with %1 as WAV, MP3 or M4A. %2 puts it into a copy of your "
        "video. The timeline under the table shows which lines fit their time.")
    return [
        TourStep(QCoreApplication.translate("Tour", "1. Load your subtitles"),
                 load.replace("%1", _where(window, window.open_action)), (window.open_action,)),
        TourStep(QCoreApplication.translate("Tour", "2. Choose the voices"),
                 choose.replace("%1", _where(window, voices.choose_action)),
                 (voices.toolbar_action, voices.choose_action)),
        TourStep(QCoreApplication.translate("Tour", "3. Render and listen"),
                 make.replace("%1", _where(window, render.render_all_action)).replace(
                     "%2", key_text(render.play_action.shortcut())),
                 (render.render_all_action,)),
        TourStep(QCoreApplication.translate("Tour", "4. Export the dub"),
                 export.replace("%1", _where(window, dub.export_action)).replace(
                     "%2", _where(window, dub.dub_video_action)),
                 (dub.export_action,)),
    ]


def target_rect(window: Workspace, actions: tuple[QAction, ...]) -> QRect | None:
    """Where to point for these actions, in window coordinates: a toolbar button, else a menu title."""
    for action in actions:
        for button in window.findChildren(QToolButton):
            if button.defaultAction() is action and button.isVisible():
                return QRect(button.mapTo(window, button.rect().topLeft()), button.size())
    bar: QMenuBar = window.menuBar()
    for action in actions:
        for top in bar.actions():
            menu = top.menu()
            if menu is not None and action in menu.actions():
                geometry = bar.actionGeometry(top)
                if geometry.isValid() and bar.isVisible():
                    return QRect(bar.mapTo(window, geometry.topLeft()), geometry.size())
    return None


class Highlight(QWidget):
    """A ring around a rectangle of the window, on top of everything, gone after a moment."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("tourHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def point_at(self, rect: QRect, ms: int = HIGHLIGHT_MS) -> None:
        # Kept inside the window: a ring around the first menu title would lose its top edge.
        self.setGeometry(rect.adjusted(-4, -4, 4, 4).intersected(self.parentWidget().rect()))
        self.show()
        self.raise_()
        self._timer.start(ms)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(color, 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)
        color.setAlpha(40)
        painter.fillRect(self.rect().adjusted(4, 4, -4, -4), color)


def highlight(window: Workspace, step: TourStep) -> Highlight | None:
    """Point at step's control in window; None when it is not on screen (toolbar and menu hidden)."""
    rect = target_rect(window, step.actions)
    if rect is None:
        return None
    ring = window.findChild(Highlight, "tourHighlight")
    if ring is None:
        ring = Highlight(window)
    ring.point_at(rect)
    return ring
