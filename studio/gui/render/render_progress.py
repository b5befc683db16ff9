"""The render's progress in the status bar: lines done, ETA, what has been spent so far, and Cancel."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from studio.gui.kit.money_text import amount_text


class RenderProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(True)
        self.label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the render: queued lines are not sent, finished clips are kept"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.unit = "none"
        self._started = 0.0
        self.hide()

    def begin(self, total: int, unit: str) -> None:
        self.unit = unit
        self._started = time.monotonic()
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("%v / %m line(s)", "", total))  # %v, %m: the bar's value and maximum
        self.label.setText(self.tr("Rendering…"))
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int, spent: float) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)
        parts = []
        if 0 < done < total:
            elapsed = time.monotonic() - self._started
            remaining = int(elapsed / done * (total - done))
            parts.append(self.tr("about %1 left").replace("%1", f"{remaining // 60}:{remaining % 60:02d}"))
        if self.unit != "none":
            parts.append(self.tr("%1 spent").replace("%1", amount_text(spent, self.unit)))
        self.label.setText(" · ".join(parts) or self.tr("Rendering…"))

    def end(self) -> None:
        self.cancel_button.setEnabled(False)
        self.hide()
