"""Which lines have a suspect clip, known without reading sidecars on the GUI thread.

A clip's verdict is stored in its sidecar (studio.core.clip_qa). Opening a film of 10,000 cached lines
would read 10,000 sidecars to show the QA column and count suspect lines in the status bar; the index
reads them on a pool thread (studio.gui.kit.tasks) when a file opens, the clip cache opens or the voice
settings change, and keeps the verdicts by clip key. A key names one take for good (the key is a hash
of everything that decides the audio), so verdicts read for an older file or older settings stay true:
a finished scan is merged, never discarded, and Undo back to an older take finds its verdict at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studio.core.clip_qa import QaVerdict, cached_verdicts, verdict_of
from studio.gui.kit.tasks import Task, run_in_background

if TYPE_CHECKING:
    from studio.gui.table.cue_rows import CueRows


class SuspectClips(QObject):
    """The verdicts read so far, by clip key, and the rows whose cached clip is suspect."""

    changed = Signal()  # verdicts were added: recount, maybe show the QA column

    def __init__(self, model: CueRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._suspect: set[str] = set()  # keys of the suspect takes (a later ok verdict of a key wins)
        self._task: Task | None = None
        self._again = False  # asked to scan while a scan ran: once more when it ends

    def scan(self) -> None:
        """Read the verdicts of every cached line off the GUI thread; `changed` when they are in."""
        if self._task is not None:
            self._again = True
            return
        model = self._model
        self._task = run_in_background(cached_verdicts, list(model.document.cues), model.costs.settings,
                                       model.costs.is_cached, model.clip_meta,
                                       on_done=self._on_scanned, on_error=self._on_failed)

    @property
    def scanning(self) -> bool:
        return self._task is not None

    def _on_scanned(self, found: dict[str, QaVerdict]) -> None:
        self._task = None
        self._merge(found)
        if self._again:
            self._again = False
            self.scan()
        self.changed.emit()

    def _on_failed(self, _error: BaseException) -> None:
        # An unreadable sidecar is no verdict (cache.meta never raises for one); anything else only
        # costs the count until the next scan: the clips themselves are untouched.
        self._task = None
        self._again = False

    def note(self, keys: Iterable[str]) -> None:
        """Verdicts of clips just stored (their records are in memory: no disk read)."""
        found = {key: verdict_of(self._model.clip_meta(key)) for key in keys}
        self._merge({key: verdict for key, verdict in found.items() if verdict is not None})
        self.changed.emit()

    def _merge(self, found: dict[str, QaVerdict]) -> None:
        for key, verdict in found.items():
            if verdict.suspect:
                self._suspect.add(key)
            else:
                self._suspect.discard(key)

    def rows(self) -> list[int]:
        """Rows whose cached clip is suspect, among the lines costed so far (a long film being costed
        lazily is not costed here on the spot)."""
        if not self._suspect:
            return []
        costs = self._model.costs
        out = []
        for row in range(self._model.rowCount()):
            line = costs.costed_line(row)
            if line is not None and line.cached and line.spec is not None:
                if line.spec.key in self._suspect:
                    out.append(row)
        return out


def suspects_of(model: CueRows) -> SuspectClips:
    """The model's index: one per model, its child, made on first use (the status bar and the clip QA
    actions share it)."""
    found = model.findChild(SuspectClips)  # type: ignore[attr-defined]
    return found if found is not None else SuspectClips(model, model)  # type: ignore[arg-type]
