"""A compact "Voice slots: 7 / 10" meter with a bar, for the voice picker and the main window's
status area: the user always sees how many custom voice slots are left before anything takes one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from studio.gui.kit import colors


class SlotMeter(QWidget):
    """Shows voice_slots_used / voice_limit; unknown counters hide the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used: int | None = None
        self.limit: int | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(90)
        self.bar.setFixedHeight(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        # As wide as its text and bar: in a status bar or a dialog row it must not stretch apart.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_slots(None, None)

    def set_slots(self, used: int | None, limit: int | None) -> None:
        self.used, self.limit = used, limit
        if used is None or limit is None:
            self.label.setText(self.tr("Voice slots: unknown"))
            self.bar.hide()
            self.setToolTip(self.tr("The slot counters are not available for this account or provider."))
            return
        self.label.setText(self.tr("Voice slots: %1 / %2").replace("%1", str(used)).replace("%2", str(limit)))
        self.bar.setRange(0, max(limit, 1))
        self.bar.setValue(min(used, max(limit, 1)))
        self.bar.show()
        free = max(0, limit - used)
        # Amber when one slot is left, red when none is (nothing more can be added); from the palette in
        # force, and again after a light/dark switch.
        color_of = colors.error_color if free == 0 else colors.warning_color if free == 1 else None
        colors.follow_style(self.bar, color_of and (
            lambda palette: f"QProgressBar::chunk {{ background: {color_of(palette).name()}; }}"))
        if free == 0:
            tip = self.tr("All voice slots are used: a Voice Library voice cannot be added until you remove one "
                          "from My Voices.")
        else:
            tip = self.tr("%n voice slot(s) free. Default voices never take a slot; each Voice Library voice "
                          "added to My Voices takes one.", "", free)
        self.setToolTip(tip)

    @property
    def full(self) -> bool:
        return self.used is not None and self.limit is not None and self.used >= self.limit

    def text(self) -> str:
        return self.label.text()
