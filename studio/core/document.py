"""A subtitle document: the cue list, its edits, and the problems that follow from them.

Edits go through two primitives that both return what they replaced, so every edit can be undone by
applying the same primitive with the old value (the GUI's undo commands and the tests rely on that):
`set_cue` for one cue in place, `replace` for structural edits (insert, delete, split, merge).
Problems are computed per row from the cue and its neighbour, so an edit costs O(1), not a recount;
the problem count is kept up to date the same way (edit `cues` only through the primitives).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio.core.cues import (
    BAD_TIMECODE,
    EMPTY_TEXT,
    NEGATIVE_DURATION,
    OUT_OF_ORDER,
    OVERLAP,
    ZERO_DURATION,
    Cue,
    Problem,
)
from studio.core.timecode import format_ms


@dataclass
class Document:
    """Cues plus how their file was written, so a save keeps the file as the user had it."""

    cues: list[Cue] = field(default_factory=list)
    path: Path | None = None
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    # Problems of the file as read that belong to no cue (stray text, repaired bytes).
    file_problems: list[Problem] = field(default_factory=list)
    # Number of cue problems, counted once on first use and then adjusted by each edit.
    _cue_problems: int | None = field(default=None, init=False, repr=False, compare=False)
    # Where the last cue ends, kept like the problem count (None: to be found by a pass).
    _end_ms: int | None = field(default=None, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.cues)

    # --- the two edit primitives -------------------------------------------------------------

    def set_cue(self, row: int, cue: Cue) -> Cue:
        """Replace the cue at row and return the old one."""
        before = self._count_rows(row, row + 2)
        old = self.cues[row]
        self.cues[row] = cue
        self._adjust_count(before, self._count_rows(row, row + 2))
        self._adjust_end([old], [cue])
        return old

    def replace(self, row: int, count: int, new: list[Cue]) -> list[Cue]:
        """Replace count cues from row with new ones and return the old ones."""
        # The replaced rows and the one after them (its predecessor changes) are all that can change.
        before = self._count_rows(row, row + count + 1)
        old = self.cues[row:row + count]
        self.cues[row:row + count] = new
        self._adjust_count(before, self._count_rows(row, row + len(new) + 1))
        self._adjust_end(old, new)
        return old

    def _count_rows(self, first: int, stop: int) -> int:
        if self._cue_problems is None:
            return 0
        return sum(len(self.problems_at(r)) for r in range(max(0, first), min(stop, len(self.cues))))

    def _adjust_count(self, before: int, after: int) -> None:
        if self._cue_problems is not None:
            self._cue_problems += after - before

    def _adjust_end(self, old: list[Cue], new: list[Cue]) -> None:
        if self._end_ms is None:
            return
        if any(not cue.bad_timing and cue.end_ms >= self._end_ms for cue in old):
            self._end_ms = None  # the last end may have gone: found again on the next ask
        else:
            self._end_ms = max([self._end_ms, *(cue.end_ms for cue in new if not cue.bad_timing)])

    # --- problems ----------------------------------------------------------------------------

    def problems_at(self, row: int) -> list[Problem]:
        """Problems of one cue: its own, and how it sits after the previous cue."""
        cue = self.cues[row]
        line = cue.source_line
        found: list[Problem] = []
        if cue.bad_timing:
            raw = "" if cue.bad_timing == "(missing)" else cue.bad_timing[:50]
            what = f"has an unreadable timecode ({raw!r})" if raw else "has no timecode line"
            found.append(Problem(BAD_TIMECODE, f"This subtitle {what}: set its start and end times.",
                                 line, row, {"timecode": raw}))
        elif cue.end_ms < cue.start_ms:
            found.append(Problem(NEGATIVE_DURATION, f"Ends ({format_ms(cue.end_ms)}) before it starts "
                                 f"({format_ms(cue.start_ms)}): fix the end time.", line, row,
                                 {"start": format_ms(cue.start_ms), "end": format_ms(cue.end_ms)}))
        elif cue.end_ms == cue.start_ms:
            found.append(Problem(ZERO_DURATION, "Lasts zero seconds: give it an end time after its "
                                 "start.", line, row))
        if not cue.text.strip():
            found.append(Problem(EMPTY_TEXT, "Has no text: type its text or delete the line.", line, row))
        if row > 0 and not cue.bad_timing and not self.cues[row - 1].bad_timing:
            prev = self.cues[row - 1]
            if cue.start_ms < prev.start_ms:
                found.append(Problem(OUT_OF_ORDER, f"Starts before the previous line "
                                     f"({format_ms(prev.start_ms)}): fix its start or move it.", line, row,
                                     {"previous_start": format_ms(prev.start_ms)}))
            elif cue.start_ms < prev.end_ms:
                found.append(Problem(OVERLAP, f"Overlaps the previous line by "
                                     f"{prev.end_ms - cue.start_ms} ms: start it later or end that one "
                                     "sooner.", line, row, {"ms": str(prev.end_ms - cue.start_ms)}))
        return found

    def problem_count(self) -> int:
        """How many problems there are (file-level ones included), in O(1) after the first call."""
        if self._cue_problems is None:
            self._cue_problems = sum(len(self.problems_at(r)) for r in range(len(self.cues)))
        return len(self.file_problems) + self._cue_problems

    def problems(self) -> list[Problem]:
        """Every problem, file-level first, then per cue in order."""
        found = list(self.file_problems)
        for row in range(len(self.cues)):
            found.extend(self.problems_at(row))
        return found

    # --- figures -----------------------------------------------------------------------------

    def duration_ms(self) -> int:
        """Where the last subtitle ends (the length the dub track must have)."""
        if self._end_ms is None:
            self._end_ms = max((cue.end_ms for cue in self.cues if not cue.bad_timing), default=0)
        return self._end_ms
