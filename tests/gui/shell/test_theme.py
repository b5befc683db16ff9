"""Dark mode follows the system: our dark palette where the platform gives none, and back to light."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from studio import paths
from studio.gui.shell import theme
from studio.gui.shell.main_window import MainWindow

Role = QPalette.ColorRole


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    hi, lo = sorted([luminance(a), luminance(b)], reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dark_scheme_applies_a_dark_palette_and_light_takes_it_back(qtbot, qapp, follower):
    label = QLabel("x")
    qtbot.addWidget(label)
    assert not theme.is_dark(qapp.palette())  # offscreen: Fusion, light, no platform dark palette
    follower.apply(Qt.ColorScheme.Dark)
    assert follower.ours and theme.is_dark(qapp.palette())
    QApplication.processEvents()
    assert theme.is_dark(label.palette())
    assert theme.current_scheme() is Qt.ColorScheme.Dark
    follower.apply(Qt.ColorScheme.Light)
    assert not follower.ours and not theme.is_dark(qapp.palette())
    assert qapp.palette().resolveMask() == 0  # the platform's palette again, not a copy of ours
    follower.apply(Qt.ColorScheme.Unknown)
    assert not theme.is_dark(qapp.palette())


def test_the_system_signal_switches_live(qapp, follower):
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark(qapp.palette())
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark(qapp.palette())


def test_a_platform_dark_palette_is_left_alone(qapp, follower):
    platform_dark = theme.dark_palette()
    platform_dark.setColor(Role.Window, QColor(20, 20, 60))
    qapp.setPalette(platform_dark)
    follower.apply(Qt.ColorScheme.Dark)
    assert not follower.ours and qapp.palette().color(Role.Window) == QColor(20, 20, 60)


def test_follow_system_is_installed_once(qapp, follower):
    assert theme.follow_system(qapp) is follower


def test_dark_palette_is_readable():
    palette = theme.dark_palette()
    assert contrast(palette.color(Role.Text), palette.color(Role.Base)) >= 7
    assert contrast(palette.color(Role.WindowText), palette.color(Role.Window)) >= 7
    assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= 4.5
    assert contrast(palette.color(Role.Link), palette.color(Role.Base)) >= 4.5
    assert contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) >= 4.5
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert contrast(disabled, palette.color(Role.Base)) >= 3


def test_timeline_and_table_repaint_dark(qtbot, qapp, follower, french_srt):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.open_file(french_srt)
    follower.apply(Qt.ColorScheme.Dark)
    QApplication.processEvents()
    strip = window.dub.strip
    image = strip.grab().toImage()
    corner = image.pixelColor(image.width() - 5, image.height() - 30)  # past the last cue: background
    assert corner.lightness() < 100, corner.name()
    table = window.view.viewport().grab().toImage()
    assert table.pixelColor(table.width() - 5, table.height() - 5).lightness() < 100
    follower.apply(Qt.ColorScheme.Light)
    QApplication.processEvents()
    image = strip.grab().toImage()
    assert image.pixelColor(image.width() - 5, image.height() - 30).lightness() > 150
    window.undo_stack.setClean()


def test_app_icon_from_the_png_set_or_the_svg(monkeypatch, tmp_path):
    real = paths.icons_dir()
    if (real / "dubbing-studio-16.png").is_file():
        icon = theme.app_icon()
        sizes = {size.width() for size in icon.availableSizes()}
        assert {16, 32, 256} <= sizes and not icon.pixmap(72, 72).isNull()
    if (real / "dubbing-studio.svg").is_file():
        only_svg = tmp_path / "svg"
        only_svg.mkdir()
        shutil.copy(real / "dubbing-studio.svg", only_svg)
        monkeypatch.setattr(paths, "icons_dir", lambda: only_svg)
        assert not theme.app_icon().pixmap(48, 48).isNull()
    monkeypatch.setattr(paths, "icons_dir", lambda: tmp_path / "none")
    assert theme.app_icon().isNull()
