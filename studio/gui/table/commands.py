"""Undo commands: every edit of the subtitles is exactly one QUndoCommand.

There are only two kinds, one per document primitive, because a primitive returns what it replaced
and applying it again with that value undoes it:

- SetCueCommand: one cue changed in place (text, times, voice...)
- ReplaceCommand: cues replaced by others (insert, delete, split, merge)

and one for the project's choices that are not in the subtitles (the project voice, a voice's
settings): ValueCommand, which calls a setter with the new value and, on undo, the old one. They
change clips and costs as much as an edit of the text, so they are undone the same way.

The factory functions below build them with a descriptive text ("Edit text", "Merge 2 subtitles"),
which the Edit menu shows as "Undo Edit text". A multi-part edit (deleting scattered rows, later a
batch voice assignment) is one CompositeCommand, so it is still one undo step. Push with `push(model, command)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from studio.core.cues import Cue
from studio.gui.kit.number_text import counted
from studio.gui.table.cue_edits import EditRefused, contiguous_runs, merge_cues, new_cue_after, split_cue

if TYPE_CHECKING:
    from studio.gui.table.cue_rows import CueRows


class Commands(QObject):
    """The translation context of the undo texts and refusals below: `Commands.tr("...")`.

    Called on the class, tr translates in the context "Commands", and pyside6-lupdate reads the literal
    there, plurals included (it takes QCoreApplication.translate(..., n) as a plural only when n is a
    literal number). See money_text.MoneyText.
    """


class SetCueCommand(QUndoCommand):
    """Put `cue` at `row`; undo puts the old cue back."""

    def __init__(self, model: CueRows, row: int, cue: Cue, text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self._model = model
        self._row = row
        self._new = cue
        self._old: Cue | None = None

    def redo(self) -> None:
        self._old = self._model.set_cue(self._row, self._new)

    def undo(self) -> None:
        assert self._old is not None
        self._model.set_cue(self._row, self._old)


class ReplaceCommand(QUndoCommand):
    """Replace `count` cues from `row` with `cues`; undo puts the old ones back."""

    def __init__(self, model: CueRows, row: int, count: int, cues: list[Cue], text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self._model = model
        self._row = row
        self._count = count
        self._new = list(cues)
        self._old: list[Cue] = []

    def redo(self) -> None:
        self._old = self._model.replace(self._row, self._count, self._new)

    def undo(self) -> None:
        self._model.replace(self._row, len(self._new), self._old)


class CompositeCommand(QUndoCommand):
    """Several commands done as one undo step: redone in order, undone in reverse.

    The children are held here rather than given to QUndoCommand as Qt children: a Python subclass
    passed only as a Qt child can be garbage-collected while Qt still calls it.
    """

    def __init__(self, text: str, children: list[QUndoCommand]) -> None:
        super().__init__(text)
        self._children = list(children)

    def redo(self) -> None:
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self._children):
            child.undo()


class ValueCommand(QUndoCommand):
    """A project value outside the document: redo calls setter(new), undo setter(old)."""

    def __init__(self, setter: Callable[[Any], None], old: Any, new: Any, text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self._setter = setter
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._setter(self._new)

    def undo(self) -> None:
        self._setter(self._old)


# --- factories: one per user-visible edit ------------------------------------------------------

def edit_text(model: CueRows, row: int, text: str) -> QUndoCommand:
    return SetCueCommand(model, row, model.cue(row).with_text(text), Commands.tr("Edit text"))


def edit_times(model: CueRows, row: int, cue: Cue, which: str = "times") -> QUndoCommand:
    """Retime one cue; which is "start", "end" or "times" (only the command's text depends on it)."""
    text = {"start": Commands.tr("Edit start"), "end": Commands.tr("Edit end")}.get(
        which, Commands.tr("Edit times"))
    return SetCueCommand(model, row, cue, text)


def insert_cue(model: CueRows, after_row: int) -> QUndoCommand:
    """Insert an empty subtitle after after_row (-1: first), in the gap that follows it."""
    cue = new_cue_after(model.document.cues, after_row)
    return ReplaceCommand(model, after_row + 1, 0, [cue], Commands.tr("Insert subtitle"))


def delete_rows(model: CueRows, rows: list[int]) -> QUndoCommand:
    """Delete rows (any selection); scattered rows are one command with one child per run."""
    runs = contiguous_runs(rows)
    if not runs:
        raise EditRefused(Commands.tr("Select the subtitles to delete first."))
    count = sum(n for _, n in runs)
    # Singular and plural are separate source strings so that English reads well without a .qm file;
    # a translation gives "%n subtitles" its own plural forms.
    text = (Commands.tr("Delete subtitle") if count == 1 else
            counted(Commands.tr("Delete %n subtitles", "", count), count))
    # Bottom-up, so the rows of the runs still to delete do not move.
    return CompositeCommand(text, [ReplaceCommand(model, row, n, [], "") for row, n in reversed(runs)])


def split(model: CueRows, row: int, at: int | None = None) -> QUndoCommand:
    """Split one subtitle in two at character `at` of its text, or else its middle line break or word."""
    first, second = split_cue(model.cue(row), at)
    return ReplaceCommand(model, row, 1, [first, second], Commands.tr("Split subtitle"))


def merge(model: CueRows, rows: list[int]) -> QUndoCommand:
    """Merge consecutive subtitles into one."""
    runs = contiguous_runs(rows)
    if len(runs) != 1:
        raise EditRefused(Commands.tr("Select consecutive subtitles to merge them."))
    row, n = runs[0]
    merged = merge_cues(model.document.cues[row:row + n])
    return ReplaceCommand(model, row, n, [merged], counted(Commands.tr("Merge %n subtitles", "", n), n))


def replace_rows(model: CueRows, rows: list[int], cues: list[Cue], text: str) -> QUndoCommand:
    """Put cues[i] at rows[i] (rows ascending, any selection), as one undo step: one ReplaceCommand
    per run of consecutive rows, so that shifting a 10,000-line film is one model change, not 10,000."""
    children: list[QUndoCommand] = []
    at = 0
    for row, count in contiguous_runs(rows):
        children.append(ReplaceCommand(model, row, count, cues[at:at + count], ""))
        at += count
    return CompositeCommand(text, children)


def _voice_children(model: CueRows, rows_to_voice: Mapping[int, str | None]) -> list[QUndoCommand]:
    """One SetCueCommand per row whose voice actually changes (rows out of range are skipped)."""
    children: list[QUndoCommand] = []
    for row in sorted(rows_to_voice):
        voice = rows_to_voice[row] or None
        if 0 <= row < model.rowCount() and model.cue(row).voice != voice:
            children.append(SetCueCommand(model, row, model.cue(row).with_voice(voice), ""))
    return children


def set_voices(model: CueRows, rows_to_voice: Mapping[int, str | None],
               text: str | None = None) -> QUndoCommand:
    """Give rows their own voice (None: back to the project's voice), as one undo step.

    Refused when no row would change: an undo step that does nothing only confuses.
    """
    children = _voice_children(model, rows_to_voice)
    if not children:
        if not rows_to_voice:
            raise EditRefused(Commands.tr("Select the lines first."))
        if all(not voice for voice in rows_to_voice.values()):
            raise EditRefused(Commands.tr("These lines already use the project voice."))
        raise EditRefused(Commands.tr("These lines already have this voice."))
    if text is None:
        # Singular and plural as separate source strings, as for deleting: English reads well with no .qm.
        count = len(children)
        if all(not voice for voice in rows_to_voice.values()):
            text = (Commands.tr("Use project voice for 1 line") if count == 1 else
                    counted(Commands.tr("Use project voice for %n lines", "", count), count))
        else:
            text = (Commands.tr("Set voice of 1 line") if count == 1 else
                    counted(Commands.tr("Set voice of %n lines", "", count), count))
    return CompositeCommand(text, children)


def assign_speaker_voices(model: CueRows, rows_to_voice: Mapping[int, str]) -> QUndoCommand:
    """The voices of a speaker → voice mapping, one undo step."""
    return set_voices(model, rows_to_voice, Commands.tr("Assign voices by speaker"))


def use_voice_for_all(model: CueRows, set_project_voice: Callable[[str | None], None],
                      old_voice: str | None, new_voice: str) -> QUndoCommand:
    """The project voice becomes new_voice and every line uses it (their own voices are cleared)."""
    children: list[QUndoCommand] = [ValueCommand(set_project_voice, old_voice, new_voice, "")]
    children += _voice_children(model, {row: None for row in range(model.rowCount())})
    return CompositeCommand(Commands.tr("Use one voice for all lines"), children)


def set_voice_setup(store: Callable[[Any], None], old: Any, new: Any) -> QUndoCommand:
    """A voice's model and settings (the project's entry for it, None: none)."""
    return ValueCommand(store, old, new, Commands.tr("Change voice settings"))


def push(model: CueRows, command: QUndoCommand) -> None:
    """Do the command through the model's undo stack (or directly when there is none, e.g. scripts)."""
    if model.undo_stack is not None:
        model.undo_stack.push(command)
    else:
        command.redo()
