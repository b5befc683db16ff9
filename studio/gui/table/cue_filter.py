"""The Find box's proxy: keeps the rows whose text contains what was typed, ignoring case and accents.

Views and actions work in proxy rows; anything that touches the document maps them to source rows
first (`source_rows`), so edits stay correct while a filter is on.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from studio.gui.table.cue_model import SearchRole
from studio.gui.table.text_match import fold


class CueFilterProxy(QSortFilterProxyModel):
    """Filters cue rows on folded text; never sorts (the order of subtitles is their time order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        # Rows edited so they no longer match must still update their cells, and new rows must be
        # filtered as they arrive.
        self.setDynamicSortFilter(True)

    @property
    def needle(self) -> str:
        return self._needle

    def set_search(self, text: str) -> None:
        """Show only the rows whose text contains text (case- and accent-insensitive)."""
        needle = fold(text)
        if needle == self._needle:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        folded = model.data(model.index(source_row, 0, source_parent), SearchRole)
        return bool(folded) and self._needle in folded

    def source_rows(self, proxy_indexes: list[QModelIndex]) -> list[int]:
        """Return the distinct source rows of proxy indexes, ascending."""
        return sorted({self.mapToSource(i).row() for i in proxy_indexes if i.isValid()})

    def selected_source_rows(self, selection: QItemSelection) -> list[int]:
        """Source rows of a selection, ascending, from its ranges: never a call per cell (selecting all
        of a 10,000-line film would ask flags() 100,000 times) nor, unfiltered, a mapping per row."""
        rows: set[int] = set()
        for selected in selection:
            span = range(selected.top(), selected.bottom() + 1)
            if not self._needle:  # no filter: proxy rows are source rows
                rows.update(span)
            else:
                rows.update(self.mapToSource(self.index(row, 0)).row() for row in span)
        return sorted(rows)

    def proxy_row(self, source_row: int) -> int:
        """Return the proxy row showing source_row, or -1 when it is filtered out."""
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()
