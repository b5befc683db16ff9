"""Open and Save in the toolbar: a drawn shape in the text colour, light and dark, never a black square."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from studio import paths
from studio.gui.kit import action_icons, tasks
from studio.gui.shell.main_window import MainWindow


def ink(icon: QIcon, size: int = 24) -> tuple[float, set[str]]:
    """The share of the icon's pixels that are painted, and the colours they are painted in."""
    image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    painted = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() > 200]
    return len(painted) / (image.width() * image.height()), {c.name() for c in painted}


def quiet(qtbot) -> None:
    """Wait for the window's background work (voices, tariff): it must not answer into a closed window."""
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_open_and_save_are_outlines_in_the_text_colour(qtbot, qapp, follower, scheme):
    """Offscreen Qt has no icon theme: the shipped shapes are used, tinted to the palette's text."""
    assert not QIcon.hasThemeIcon("document-open")  # else this test would check the theme's icon
    window = MainWindow()
    qtbot.addWidget(window)
    follower.apply(scheme)
    QApplication.processEvents()
    text = window.palette().color(QPalette.ColorRole.ButtonText)
    for action in (window.open_action, window.save_action):
        share, colours = ink(action.icon())
        # A line drawing covers a fraction of its square; Qt's tinted full-colour icon covered ~all of it.
        assert 0.08 < share < 0.5, (action.text(), share)
        assert all(abs(QColor(c).lightness() - text.lightness()) <= 3 for c in colours), colours
    background = window.palette().color(QPalette.ColorRole.Window)
    assert (background.lightness() < 100) == (scheme == Qt.ColorScheme.Dark)
    assert abs(QColor(text).lightness() - background.lightness()) > 100
    quiet(qtbot)


def test_the_shapes_ship_in_resources_and_the_style_is_the_last_resort(qtbot, qapp, monkeypatch, tmp_path):
    """The SVGs are found where the bundle puts resources/; without them Qt's own icon still shows."""
    for name in ("document-open", "document-save"):
        assert (paths.icons_dir() / f"{name}.svg").is_file()
        assert not action_icons.shipped_icon(name).pixmap(24, 24).isNull()
    monkeypatch.setattr(paths, "icons_dir", lambda: tmp_path)
    assert action_icons.shipped_icon("document-open") is None
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_action.icon().pixmap(24, 24).isNull()
    # What the toolbar showed before: Qt's full-colour Open icon, tinted, is a solid block.
    old = action_icons.colors.monochrome_icon(
        QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), window.palette())
    assert ink(old)[0] > 0.5  # the bound the first test puts on ours
    assert ink(window.open_action.icon())[0] == ink(old)[0]
    quiet(qtbot)
