"""The Fit column's figures as the table holds them: the last FitRows the dub feature worked out off the
GUI thread (studio.gui.dub.fit_feed), and a signal for the column and the cost panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from studio.core.fit_rows import FitRows


class FitColumnData(QObject):
    """The last FitRows the dub feature worked out; `changed` tells the column and the cost panel."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = FitRows()
        self.known = False  # no pass has finished yet: nothing to say, not "everything fits"

    def set_rows(self, rows: FitRows) -> None:
        self.rows, self.known = rows, True
        self.changed.emit()
