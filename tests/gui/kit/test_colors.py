"""Semantic colours readable in light and dark mode, and widgets that follow a live light/dark switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from studio.gui.kit import colors
from studio.gui.shell import theme
from studio.gui.shell.main_window import MainWindow
from studio.gui.voices.voice_list_model import BADGE, VoiceListModel
from studio.providers.base import Voice

Role = QPalette.ColorRole
SEMANTIC = [colors.warning_color, colors.error_color, colors.success_color, colors.info_color]


def palettes(qapp) -> dict[str, QPalette]:
    """Qt's light palette (Fusion, as the tests run), a plain white one, and our dark one."""
    white = QPalette(QColor("white"))
    white.setColor(Role.Window, QColor(255, 255, 255))
    return {"light": QPalette(qapp.style().standardPalette()), "white": white, "dark": theme.dark_palette()}


@pytest.mark.parametrize("color_of", SEMANTIC, ids=lambda f: f.__name__)
def test_every_semantic_colour_reads_at_4_5_to_1_on_light_and_dark(qapp, color_of) -> None:
    for name, palette in palettes(qapp).items():
        color = color_of(palette)
        for role in (Role.Window, Role.Base, Role.AlternateBase):
            ratio = colors.contrast(color, palette.color(role))
            assert ratio >= 4.5, (name, role.name, color.name(), round(ratio, 2))


def test_a_dark_window_gets_the_light_variant(qapp) -> None:
    light, dark = palettes(qapp)["light"], theme.dark_palette()
    assert not colors.dark_window(light) and colors.dark_window(dark)
    for color_of in SEMANTIC:
        assert color_of(dark).lightness() > color_of(light).lightness() + 60, color_of.__name__
    assert colors.warning_color(light) == QColor("#a15c00")  # the light mode looks as before
    assert colors.error_color(light) == QColor("#c0392b")


def test_notice_text_reads_on_its_box(qapp) -> None:
    for palette in palettes(qapp).values():
        background, text = colors.notice_colors(palette)
        assert colors.contrast(background, text) >= 4.5
        assert "padding" in colors.notice_style(palette)


def test_contrast_is_the_wcag_ratio() -> None:
    assert colors.contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert colors.contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1)


def test_style_sheets_follow_a_live_switch(qtbot, qapp, follower) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    warning, bold, cleared = QLabel("amber"), QLabel("bold"), QLabel("plain again")
    layout = QVBoxLayout(box)
    for label in (warning, bold, cleared):
        layout.addWidget(label)
    colors.set_text_color(warning, colors.warning_color)
    colors.follow_style(bold, "font-weight: bold;")
    colors.set_text_color(cleared, colors.error_color)
    colors.set_text_color(cleared, None)
    box.show()
    assert warning.styleSheet() == "color: #a15c00;" and cleared.styleSheet() == ""

    follower.apply(Qt.ColorScheme.Dark)
    QApplication.processEvents()
    assert warning.styleSheet() == f"color: {colors.warning_color(theme.dark_palette()).name()};"
    # A style sheet freezes a widget's palette: without the follower this text would stay black.
    assert bold.palette().color(Role.WindowText).lightness() > 200
    assert cleared.styleSheet() == ""

    follower.apply(Qt.ColorScheme.Light)
    QApplication.processEvents()
    assert warning.styleSheet() == "color: #a15c00;"
    assert bold.palette().color(Role.WindowText).lightness() < 50


def test_someone_elses_style_sheet_wins(qtbot, qapp, follower) -> None:
    label = QLabel("x")
    parent = QWidget()
    qtbot.addWidget(parent)
    label.setParent(parent)
    colors.set_text_color(label, colors.error_color)
    label.setStyleSheet("color: purple;")
    follower.apply(Qt.ColorScheme.Dark)
    QApplication.processEvents()
    assert label.styleSheet() == "color: purple;"


def test_badges_are_chosen_for_the_palette_in_force(qapp, follower) -> None:
    model = VoiceListModel()
    model.set_voices([Voice("a", "Adam", "premade"), Voice("m", "Mine", "cloned"),
                      Voice("l", "Lib", "library", in_my_voices=False, uses_slot_if_used=True)])

    def brush(row: int):
        return model.index(row, BADGE).data(Qt.ItemDataRole.ForegroundRole)
    assert brush(0).color() == colors.info_color(qapp.palette())
    follower.apply(Qt.ColorScheme.Dark)
    dark = theme.dark_palette()
    assert [brush(row).color() for row in range(3)] == [colors.info_color(dark), colors.success_color(dark),
                                                        colors.warning_color(dark)]


def test_monochrome_icon_takes_the_text_colour(qapp) -> None:
    black = QPixmap(16, 16)
    black.fill(Qt.GlobalColor.transparent)
    painter = QPainter(black)
    painter.fillRect(4, 4, 8, 8, QColor("black"))
    painter.end()
    dark = theme.dark_palette()
    image = colors.monochrome_icon(QIcon(black), dark).pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8) == dark.color(Role.ButtonText)
    assert image.pixelColor(1, 1).alpha() == 0


def test_main_window_after_a_live_switch_to_dark(qtbot, qapp, follower, french_srt) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.open_file(french_srt)
    panel = window.job.dock.balance_panel
    panel.show_free("offline")
    follower.apply(Qt.ColorScheme.Dark)
    QApplication.processEvents()
    # "Offline voice: free, no account" was copied from the light palette: near-black on the dark dock.
    caption = panel.amount_caption.palette().color(Role.WindowText)
    assert caption.lightness() > 100, caption.name(QColor.NameFormat.HexArgb)
    # The Voices… button's icon is drawn in the light text colour, not Qt's black.
    icon = window.voice_actions.toolbar_action.icon()
    if not QIcon.hasThemeIcon("audio-input-microphone"):
        image = icon.pixmap(16, 16).toImage()
        pixels = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
        opaque = [c for c in pixels if c.alpha() > 200]
        assert opaque and all(c.lightness() > 150 for c in opaque)
    follower.apply(Qt.ColorScheme.Light)
    QApplication.processEvents()
    assert panel.amount_caption.palette().color(Role.WindowText).lightness() < 100
    window.undo_stack.setClean()
