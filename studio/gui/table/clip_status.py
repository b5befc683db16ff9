"""Each line's render status in the subtitle table: its clip's state in this session, checked against the cache.

A mixin of CueTableModel (cue_model.py), which serves the cells and edits the document; a render
(studio/gui/render) reports here through `set_clip_state`, line by line and several times per line,
so the lines that share a clip are found from an index built once per change of the lines, not per event.
Kept apart from the model because it changes with the render, not with the table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.gui.table.cue_columns import (_CTX, _STATUS_TEXT, CACHED, COL_STATUS, DONE, FAILED, RECOVERED,
                                         TO_RENDER)


class ClipStatuses:
    """Status of each line's clip; the model (its host) holds `costs` and emits `dataChanged`."""

    def _start_clip_statuses(self) -> None:
        # Clip key -> (state, error) while or after a render in this session.
        self.clip_states: dict[str, tuple[str, str | None]] = {}
        self._rows_by_key: dict[str, list[int]] | None = None
        self.context_changed: set[str] = set()
        self.costs_changed.connect(self._forget_rows_by_key)

    def _forget_rows_by_key(self) -> None:
        self._rows_by_key = None

    def status_of(self, row: int) -> tuple[str, str | None]:
        """(state, error) of a line's clip; ("", None) for a line with nothing to render."""
        line = self.costs.line(row)
        if line.spec is None:
            return "", None
        state = self.clip_states.get(line.spec.key)
        # The cache has the last word: a failed line rendered since is cached, a done clip cleared is not.
        if state is not None and not (state[0] == FAILED and line.cached) \
                and not (state[0] in (DONE, RECOVERED) and not line.cached):
            return state
        return (CACHED, None) if line.cached else (TO_RENDER, None)

    def status_text(self, row: int) -> str:
        state, _error = self.status_of(row)
        if state in (CACHED, DONE, RECOVERED) and self.costs.line(row).spec.key in self.context_changed:
            return QCoreApplication.translate("CueTableModel", "Cached (context changed)")
        return QCoreApplication.translate(_CTX, _STATUS_TEXT[state]) if state else ""

    def mark_context_changed(self, keys: set[str]) -> None:
        """Lines rendered before their neighbours changed (ElevenLabs continuity): shown, never re-rendered
        unless the user asks."""
        self.context_changed = set(keys)
        self._column_changed(COL_STATUS)

    def set_clip_state(self, key: str, state: str, error: str | None = None) -> None:
        """A clip's render state changed: repaint the lines that need it (a repeated line shares its clip)."""
        self.clip_states[key] = (state, error)
        for row in self.rows_with_clip(key):
            self.dataChanged.emit(self.index(row, COL_STATUS), self.index(row, self.columnCount() - 1))  # and QA

    def rows_with_clip(self, key: str) -> list[int]:
        # Built once per change of the lines (not per event): a render sends several events per line.
        if self._rows_by_key is None:
            index: dict[str, list[int]] = {}
            for row in range(len(self.costs)):
                spec = self.costs.line(row).spec
                if spec is not None:
                    index.setdefault(spec.key, []).append(row)
            self._rows_by_key = index
        return self._rows_by_key.get(key, [])
