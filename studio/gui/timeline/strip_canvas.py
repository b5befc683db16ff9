"""The timeline strip's drawing area: the one widget that receives paint, mouse, wheel, key, resize and
tooltip events, and hands each to the strip that owns it (timeline_strip.py).

Kept apart from the strip because it holds no state and no logic: the strip (with its painting and input
mixins) decides everything, this widget only turns Qt's events into those calls. It sees the strip
through `StripHandlers`, so it does not import the module that builds it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


class StripHandlers(Protocol):
    """What the canvas calls on its strip (TimelineStrip implements it)."""

    def _paint(self, painter: QPainter, dirty: QRect) -> None: ...
    def _clicked(self, pos: QPointF, double: bool) -> None: ...
    def _wheel(self, event: QWheelEvent) -> None: ...
    def _key(self, event: QKeyEvent) -> bool: ...
    def _update_scrollbar(self) -> None: ...
    def _tooltip(self, pos: QPoint) -> str: ...


class StripCanvas(QWidget):
    """The drawing area; all state and logic live in the TimelineStrip that owns it."""

    def __init__(self, strip: StripHandlers, parent: QWidget) -> None:
        super().__init__(parent)
        self._strip = strip
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel ourselves

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._strip._paint(painter, event.rect())
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strip._clicked(event.position(), double=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strip._clicked(event.position(), double=True)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._strip._wheel(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._strip._key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._strip._update_scrollbar()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._strip._tooltip(event.pos())  # a QHelpEvent
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
