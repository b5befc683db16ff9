"""Semantic text colours (warning, error, success, info) that stay readable in light and dark mode.

A fixed colour picked for a light window reads at about 2.5:1 on a dark one. Each colour here has a
dark variant for light windows and a light variant for dark windows, both at least 4.5:1 (WCAG AA)
against the window and base colours of Qt's light palette and of our dark one (`theme.dark_palette`).
Callers ask at paint or format time with the palette in force; `set_text_color` and `follow_style` keep a
style sheet in step with live light/dark switches, `follow_palette` anything else (a monochrome icon).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

ColorOf = Callable[[QPalette], QColor]
StyleOf = Callable[[QPalette], str]

# (on a light window, on a dark window). The light-window reds and amber are the app's former ones.
_WARNING = ("#a15c00", "#f0a848")
_ERROR = ("#c0392b", "#ff7b72")
_SUCCESS = ("#1e7a34", "#6cc788")
_INFO = ("#2d5f9a", "#79b8ff")
# A notice box (background, text): pale amber with dark brown text, or deep amber with pale text.
_NOTICE = (("#fff3d6", "#5a3b00"), ("#4a3816", "#ffe2ad"))


def dark_window(palette: QPalette) -> bool:
    """Whether the palette's window is dark, so coloured text must be light."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str], palette: QPalette) -> QColor:
    return QColor(pair[1] if dark_window(palette) else pair[0])


def warning_color(palette: QPalette) -> QColor:
    """Amber: nothing is broken, but look (a session-only key, a line with two speakers)."""
    return _pick(_WARNING, palette)


def error_color(palette: QPalette) -> QColor:
    """Red: this failed or cannot go on (an export error, a render that costs more than the balance)."""
    return _pick(_ERROR, palette)


def success_color(palette: QPalette) -> QColor:
    """Green: already done or already yours (a voice in My Voices)."""
    return _pick(_SUCCESS, palette)


def info_color(palette: QPalette) -> QColor:
    """Blue: neutral information (a default voice, which costs no slot)."""
    return _pick(_INFO, palette)


def notice_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """Background and text of a notice box that must stand out from the window around it."""
    background, text = _NOTICE[1] if dark_window(palette) else _NOTICE[0]
    return QColor(background), QColor(text)


def notice_style(palette: QPalette) -> str:
    """The style sheet of a notice box (see notice_colors), for follow_style."""
    background, text = notice_colors(palette)
    return f"background: {background.name()}; color: {text.name()}; padding: 6px; border-radius: 3px;"


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class _StyleFollower(QObject):
    """Sets its widget's style sheet again, for the new palette, whenever the palette changes.

    Qt freezes the palette of a widget that has a style sheet (even one that only makes it bold): after a
    light/dark switch its text would stay black on the dark window, and it gets no PaletteChange. Its
    parent gets one, so the follower watches the parent, and setting the sheet again repolishes the widget.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.style_of: StyleOf | None = None
        self.sheet = ""
        self.watched: QWidget | None = None
        self._busy = False
        widget.installEventFilter(self)  # for ParentChange, and palette changes of a window
        self._watch_parent()

    def _watch_parent(self) -> None:
        parent = self.widget.parentWidget()
        if parent is self.watched:
            return
        if self.watched is not None:
            self.watched.removeEventFilter(self)
        self.watched = parent
        if parent is not None:
            parent.installEventFilter(self)

    def restyle(self) -> None:
        if self.style_of is None or self._busy:
            return
        self._busy = True  # setting the sheet may send palette events back here
        try:
            # The parent's palette, or the application's for a window: the widget's own is the frozen one.
            parent = self.widget.parentWidget()
            palette = parent.palette() if parent is not None else QApplication.palette(self.widget)
            self.sheet = self.style_of(palette)
            self.widget.setStyleSheet(self.sheet)  # even when unchanged: that repolishes
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Events can still arrive while the widget is being destroyed, after Python let go of it.
        if not _alive(getattr(self, "widget", None)):
            return False
        kind = event.type()
        if watched is self.widget:
            if kind == QEvent.Type.ParentChange:
                self._watch_parent()
            elif self.widget.parentWidget() is not None or kind not in _PALETTE_EVENTS:
                return False
        elif kind != QEvent.Type.PaletteChange:
            return False
        # Someone set another style sheet since: theirs wins, this follower stays out of the way.
        if self.widget.styleSheet() == self.sheet:
            self.restyle()
        return False


_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and isValid(widget)


def follow_style(widget: QWidget, style: str | StyleOf | None) -> None:
    """Give widget a style sheet, set again after every palette change; None (or "") clears it.

    style is the sheet, or a function of the palette that makes it (for colours chosen by palette).
    """
    follower = widget.findChild(_StyleFollower, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if not style:
        if follower is not None:
            follower.style_of = None
        if widget.styleSheet():  # setting "" again still repolishes the widget and relays out its window
            widget.setStyleSheet("")
        return
    if follower is None:
        follower = _StyleFollower(widget)
    follower.style_of = (lambda _palette: style) if isinstance(style, str) else style
    parent = widget.parentWidget()
    palette = parent.palette() if parent is not None else QApplication.palette(widget)
    if follower.sheet and widget.styleSheet() == follower.sheet == follower.style_of(palette):
        return  # the same colour again (a figure recounted on every edit): nothing to repolish
    follower.restyle()


def set_text_color(widget: QWidget, color_of: ColorOf | None, extra: str = "") -> None:
    """Colour widget's text with color_of(palette), chosen again at every light/dark switch.

    extra is more style-sheet declarations ("font-weight: bold;"); color_of None gives the widget back
    the palette's own text colour.
    """
    if color_of is None:
        follow_style(widget, extra or None)
    else:
        follow_style(widget, lambda palette: f"color: {color_of(palette).name()}; {extra}".strip())


def monochrome_icon(icon: QIcon, palette: QPalette) -> QIcon:
    """icon's shape in the palette's button text colour: Qt's own icons are drawn black, lost on a dark window."""
    result = QIcon()
    sizes = icon.availableSizes() or [QSize(16, 16), QSize(24, 24), QSize(32, 32)]
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        color = palette.color(group, QPalette.ColorRole.ButtonText)
        for size in sizes:
            for ratio in (1.0, 2.0):  # sharp on high-density screens too
                shape = icon.pixmap(size, ratio)
                tinted = QPixmap(shape.size())
                tinted.setDevicePixelRatio(shape.devicePixelRatio())
                tinted.fill(Qt.GlobalColor.transparent)
                painter = QPainter(tinted)
                painter.drawPixmap(0, 0, shape)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
                painter.fillRect(tinted.rect(), color)  # keeps the shape's alpha, replaces its colour
                painter.end()
                result.addPixmap(tinted, mode)
    return result


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[QPalette], None]) -> None:
        super().__init__(widget)
        self.widget, self.apply = widget, apply
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange and _alive(getattr(self, "widget", None)):
            self.apply(self.widget.palette())
        return False


def follow_palette(widget: QWidget, apply: Callable[[QPalette], None]) -> None:
    """Call apply(widget's palette) now and after every change of it (widget must have no style sheet)."""
    _PaletteFollower(widget, apply)
    apply(widget.palette())
