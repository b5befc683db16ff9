"""The subtitle table view: layout only (column widths, row height, editors); the model shows data.

Rows all have the same height, two text lines tall: a per-row height would cost a pass over every
row (resizeRowsToContents is O(n)) and a 3-hour film has thousands of subtitles.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from studio.gui.table.cue_model import COL_END, COL_START, COL_TEXT, COL_VOICE, COLUMNS
from studio.gui.table.delegates import OneLineDelegate, TextDelegate, TimecodeDelegate

ROW_LINES = 2
CELL_PADDING = 18


class CueTableView(QTableView):
    """A table of subtitles with multi-line text and compact figure columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()  # the # column numbers the subtitles
        self._text_delegate = TextDelegate(self)
        self._time_delegate = TimecodeDelegate(self)
        self.setItemDelegateForColumn(COL_TEXT, self._text_delegate)
        self.setItemDelegateForColumn(COL_START, self._time_delegate)
        self.setItemDelegateForColumn(COL_END, self._time_delegate)
        self._one_line_delegate = OneLineDelegate(self)
        self.setItemDelegateForColumn(COL_VOICE, self._one_line_delegate)  # a name, never two lines
        self._setup_rows()
        self.horizontalHeader().customContextMenuRequested.connect(self._header_menu)

    def _setup_rows(self) -> None:
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * ROW_LINES + 10)

    def setModel(self, model) -> None:  # noqa: ANN001, N802 - Qt override
        super().setModel(model)
        self._detach_headers()
        self.apply_default_columns()

    def setSelectionModel(self, selection_model) -> None:  # noqa: ANN001, N802 - Qt override
        super().setSelectionModel(selection_model)
        self._detach_headers()

    def _detach_headers(self) -> None:
        # A header paints each section as selected or not by asking isColumnSelected, which walks every
        # row: with all 10,000 lines selected that is 100,000 flags() calls per repaint (a second). The
        # headers get a selection model of their own, always empty; the rows' selection is unaffected.
        if self.model() is None:
            return
        self._header_selection = QItemSelectionModel(self.model(), self)
        self.horizontalHeader().setSelectionModel(self._header_selection)
        self.verticalHeader().setSelectionModel(self._header_selection)

    def apply_default_columns(self) -> None:
        """Narrow columns sized for their widest figure, the text column taking the rest."""
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(32)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        normal = self.fontMetrics()
        mono = QFontMetrics(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for col, column in enumerate(COLUMNS):
            header.setSectionHidden(col, not column.shown)
            if column.width_sample is None:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            metrics = mono if column.monospace else normal
            sample = QCoreApplication.translate("CueTableModel", column.width_sample)  # figures stay as they are
            width = max(metrics.horizontalAdvance(sample),
                        normal.horizontalAdvance(str(self.model().headerData(
                            col, Qt.Orientation.Horizontal)) if self.model() else ""))
            header.resizeSection(col, width + CELL_PADDING + (16 if col == 0 else 0))

    def _header_menu(self, pos: QPoint) -> None:
        """Right-click on the header: show or hide each column (remembered with the widths)."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for col, column in enumerate(COLUMNS):
            if column.width_sample is None:
                continue  # the text is never hidden
            action = menu.addAction(QCoreApplication.translate("CueTableModel", column.title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("CueTableView", "Default Columns"), self.apply_default_columns)
        menu.popup(header.mapToGlobal(pos))
        self.column_menu = menu  # kept for the tests (and alive while shown)

    def header_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> bool:
        """Restore saved widths and order; a state from another column set is ignored."""
        header = self.horizontalHeader()
        if state.isEmpty() or not header.restoreState(state) or header.count() != len(COLUMNS):
            self.apply_default_columns()
            return False
        return True
