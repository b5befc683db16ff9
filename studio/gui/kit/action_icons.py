"""Icons of the toolbar's actions that stay visible in light and dark mode on every platform.

The desktop's icon theme where it has the icon (Linux); else an icon shipped in resources/icons
(drawn for this app, one colour); else Qt's built-in one. Shipped and built-in icons are repainted in
the text colour at every light/dark switch: Qt's own Open and Save icons are full-colour pictures that
tinting turned into black squares, which is why those two ship their own shapes.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QStyle, QWidget

from studio import paths
from studio.gui.kit import colors


def shipped_icon(theme_name: str) -> QIcon | None:
    """resources/icons/<theme_name>.svg as an icon, or None when the app ships no such file."""
    svg = paths.icons_dir() / f"{theme_name}.svg"
    return QIcon(str(svg)) if svg.is_file() else None


def set_action_icon(owner: QWidget, action: QAction, theme_name: str,
                    fallback: QStyle.StandardPixmap) -> None:
    """Give action the theme's icon theme_name, or ours, or Qt's fallback, tinted to owner's palette."""
    if QIcon.hasThemeIcon(theme_name):
        action.setIcon(QIcon.fromTheme(theme_name))
        return
    shape = shipped_icon(theme_name) or owner.style().standardIcon(fallback)
    colors.follow_palette(owner, lambda palette: action.setIcon(colors.monochrome_icon(shape, palette)))
