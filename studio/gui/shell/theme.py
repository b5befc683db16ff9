"""Dark mode that follows the system, on every platform.

Qt 6.5+ reports the system's colour scheme (`QStyleHints.colorScheme`) and most platform themes hand
Qt a matching palette. Where the palette stays light although the system is dark (Fusion with no
platform theme, the classic Windows style), we apply a dark Fusion palette ourselves, and take it back
when the system returns to light. `colorSchemeChanged` re-applies it live; every widget gets a
PaletteChange event, and the custom-painted ones read palette roles, so they repaint in the new colours.
A user may keep one scheme instead (Preferences ▸ General ▸ Theme): the follower then applies that one
whatever the system says, and asks the platform for it too (Qt 6.8+), so native palettes follow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from studio import paths
from studio.gui.kit import settings

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
# Styles that draw with the platform's own light controls whatever the palette says: in dark mode the
# app switches to Fusion, which draws with the palette.
_NATIVE_LIGHT_STYLES = {"windowsvista", "windows"}
# settings.THEME's choices other than "" (follow the system).
KEPT_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text, disabled text, links and the selection."""
    palette = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    colors = {
        Role.Window: window, Role.WindowText: text, Role.Base: base, Role.AlternateBase: QColor(40, 40, 43),
        Role.ToolTipBase: QColor(60, 60, 64), Role.ToolTipText: text,
        Role.PlaceholderText: QColor(150, 150, 150), Role.Text: text,
        Role.Button: QColor(58, 58, 62), Role.ButtonText: text, Role.BrightText: QColor(255, 90, 90),
        Role.Light: QColor(80, 80, 85), Role.Midlight: QColor(66, 66, 70), Role.Mid: QColor(95, 95, 100),
        Role.Dark: QColor(25, 25, 27), Role.Shadow: QColor(0, 0, 0),
        Role.Highlight: QColor(42, 110, 200), Role.HighlightedText: QColor(255, 255, 255),
        Role.Link: QColor(110, 170, 255), Role.LinkVisited: QColor(180, 140, 255),
        Role.Accent: QColor(42, 110, 200),
    }
    for role, color in colors.items():
        palette.setColor(role, color)
    disabled = QColor(120, 120, 120)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Highlight, QColor(70, 70, 75))
    palette.setColor(Group.Disabled, Role.Base, window)
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark window."""
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


class ThemeFollower(QObject):
    """Keeps the application's palette in step with the system's light or dark scheme."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.ours = False  # whether the dark palette in use is the one we set
        self.kept: Qt.ColorScheme | None = None  # the user's choice over the system's, if any
        self._light_style = app.style().name()
        app.styleHints().colorSchemeChanged.connect(self.apply)

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        """Make the palette match scheme (default: the system's), or the kept one; Unknown counts as light."""
        if self.kept is not None:
            scheme = self.kept
        elif scheme is None:
            scheme = self.app.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            if self.ours or not is_dark(self.app.palette()):
                if self.app.style().name().lower() in _NATIVE_LIGHT_STYLES:
                    self.app.setStyle(QStyleFactory.create("Fusion"))
                self.app.setPalette(dark_palette())
                self.ours = True
        elif self.ours:
            self.ours = False
            if self.app.style().name() != self._light_style:
                self.app.setStyle(QStyleFactory.create(self._light_style))
            # A palette with no role set reads everything from the platform theme again.
            self.app.setPalette(QPalette())

    def keep(self, choice: str) -> None:
        """settings.THEME's value: "" follows the system again, "light" or "dark" keeps that scheme."""
        self.kept = KEPT_SCHEMES.get(choice)
        hints = self.app.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native palettes (macOS, Windows 11, GNOME) follow
            hints.setColorScheme(self.kept or Qt.ColorScheme.Unknown)
        self.apply()


def follow_system(app: QApplication) -> ThemeFollower:
    """Apply the remembered choice (the system's scheme by default) now and on every change; return
    the follower (tests force a scheme)."""
    follower = getattr(app, "_studio_theme", None)
    if follower is None:
        follower = ThemeFollower(app)
        app._studio_theme = follower  # type: ignore[attr-defined]
    follower.keep(settings.get(settings.THEME))
    return follower


def current_scheme() -> Qt.ColorScheme:
    """Dark when the application palette is dark (ours or the platform's), else Light."""
    return Qt.ColorScheme.Dark if is_dark(QGuiApplication.palette()) else Qt.ColorScheme.Light


def app_icon() -> QIcon:
    """The app's icon, sharp at every size and scale, or a null icon when none is installed.

    The PNG set when there is one (its small sizes are drawn for their pixel grid, and a PNG needs no
    image-format plugin in a bundle); otherwise the SVG, which Qt scales to any size.
    """
    icon = QIcon()
    folder = paths.icons_dir()
    pngs = sorted(folder.glob("dubbing-studio-*.png")) if folder.is_dir() else []
    for png in pngs:
        icon.addFile(str(png))
    svg = folder / "dubbing-studio.svg"
    if not pngs and svg.is_file():
        icon.addFile(str(svg))
    return icon
