"""The Document: undoable edit primitives, incremental problems, and figures."""

from __future__ import annotations

import copy
import random

import pytest

from studio.core.cues import (
    BAD_TIMECODE,
    EMPTY_TEXT,
    NEGATIVE_DURATION,
    OUT_OF_ORDER,
    OVERLAP,
    ZERO_DURATION,
    Cue,
)
from studio.core.document import Document
from studio.core.srt_file import load_srt
from tests.core.conftest import CORPUS


def kinds(problems) -> list[tuple[str, int | None, int | None]]:
    return [(p.kind, p.line, p.row) for p in problems]


def random_cue(rng: random.Random) -> Cue:
    """A cue that is sometimes broken: overlapping, negative, empty, or with a bad timecode."""
    start = rng.randrange(0, 20_000, 250)
    end = start + rng.choice([-500, 0, 250, 1000, 3000])
    text = rng.choice(["", "Un.", "Deux\nlignes.", "[rires]", "JEAN : Oui."])
    bad = rng.choice(["", "", "", "", "(missing)", "00:00:1O --> x"])
    return Cue(start, end, text, source_line=rng.choice([None, rng.randrange(1, 500)]), bad_timing=bad,
               voice=rng.choice([None, "v1"]))


def random_doc(rng: random.Random, size: int) -> Document:
    return Document(cues=[random_cue(rng) for _ in range(size)])


# --- problems ------------------------------------------------------------------------------------

def test_each_kind_of_problem():
    """Overlap, out of order, end before start, zero length, empty text and bad timecodes are each found."""
    doc = Document(cues=[
        Cue(1000, 3000, "A", source_line=2),
        Cue(2000, 4000, "B", source_line=6),        # overlaps A
        Cue(1500, 1800, "C", source_line=10),       # starts before B
        Cue(5000, 4000, "D", source_line=14),       # ends before it starts
        Cue(6000, 6000, "E", source_line=18),       # zero length
        Cue(7000, 8000, "  \n ", source_line=22),   # no text
        Cue(9000, 9000, "G", source_line=26, bad_timing="(missing)"),
        Cue(500, 600, "H", source_line=30),         # after a bad cue: not compared with it
    ])
    assert kinds(doc.problems()) == [
        (OVERLAP, 6, 1), (OUT_OF_ORDER, 10, 2), (NEGATIVE_DURATION, 14, 3), (ZERO_DURATION, 18, 4),
        (EMPTY_TEXT, 22, 5), (BAD_TIMECODE, 26, 6)]


def test_overlap_message_gives_the_amount():
    """The overlap problem says by how many milliseconds the cues overlap."""
    doc = Document(cues=[Cue(0, 2000, "A"), Cue(1500, 3000, "B")])
    assert "500 ms" in doc.problems_at(1)[0].message


def test_touching_cues_do_not_overlap():
    """A cue that starts exactly when the previous one ends is fine."""
    assert Document(cues=[Cue(0, 1000, "A"), Cue(1000, 2000, "B")]).problems() == []


def test_file_problems_come_first():
    """problems() lists the file-level problems before the cues' problems."""
    doc = load_srt(CORPUS / "fr_utf8_stray.srt")
    doc.set_cue(0, doc.cues[0].with_text(""))
    assert [p.kind for p in doc.problems()] == ["encoding", EMPTY_TEXT]


@pytest.mark.parametrize("seed", range(30))
def test_problems_at_depends_only_on_the_row_and_the_one_before(seed):
    """problems_at(row) equals what a document holding only cues row-1 and row says about that cue."""
    rng = random.Random(seed)
    doc = random_doc(rng, 12)
    for row in range(len(doc)):
        alone = Document(cues=doc.cues[max(0, row - 1):row + 1])
        expected = alone.problems_at(len(alone) - 1)
        got = doc.problems_at(row)
        assert [(p.kind, p.message, p.line) for p in got] == [(p.kind, p.message, p.line) for p in expected]
        assert all(p.row == row for p in got)


@pytest.mark.parametrize("seed", range(10))
def test_editing_a_far_cue_does_not_change_problems_at(seed):
    """Changing any cue other than row and row-1 leaves problems_at(row) as it was."""
    rng = random.Random(seed)
    doc = random_doc(rng, 10)
    row = rng.randrange(1, 9)
    before = doc.problems_at(row)
    for other in range(len(doc)):
        if other not in (row - 1, row):
            doc.set_cue(other, random_cue(rng))
    assert doc.problems_at(row) == before


def test_problems_is_the_concatenation_of_problems_at():
    """problems() is file problems followed by problems_at(row) for every row, in order."""
    doc = load_srt(CORPUS / "problems.srt")
    expected = list(doc.file_problems)
    for row in range(len(doc)):
        expected.extend(doc.problems_at(row))
    assert doc.problems() == expected


def test_fixing_a_time_clears_its_problem_and_undo_brings_it_back():
    """Setting good times on a bad-timecode cue clears it; putting the old cue back restores the problem."""
    doc = load_srt(CORPUS / "problems.srt")
    before = doc.problems()
    old = doc.set_cue(5, doc.cues[5].with_times(10_000, 11_000))
    assert not doc.cues[5].bad_timing
    assert BAD_TIMECODE not in [p.kind for p in doc.problems_at(5)]
    doc.set_cue(5, old)
    assert doc.problems() == before


# --- edit primitives and their undo --------------------------------------------------------------

def test_set_cue_returns_the_old_cue():
    """set_cue puts the new cue in place and returns the one it replaced."""
    a, b = Cue(0, 1000, "A"), Cue(0, 1000, "B")
    doc = Document(cues=[a])
    assert doc.set_cue(0, b) is a
    assert doc.cues == [b]


def test_replace_returns_the_old_cues():
    """replace(row, count, new) swaps a slice and returns the old slice (insert: count 0, delete: new [])."""
    cues = [Cue(i * 1000, i * 1000 + 500, str(i)) for i in range(5)]
    doc = Document(cues=list(cues))
    assert doc.replace(1, 2, [Cue(9, 10, "x")]) == cues[1:3]
    assert [c.text for c in doc.cues] == ["0", "x", "3", "4"]
    assert doc.replace(4, 0, [Cue(9, 10, "end")]) == []
    assert doc.replace(0, 1, []) == [cues[0]]
    assert [c.text for c in doc.cues] == ["x", "3", "4", "end"]


@pytest.mark.parametrize("seed", range(25))
def test_any_edit_sequence_undoes_exactly(seed):
    """Random set_cue/replace edits, undone in reverse with what they returned, restore the cues."""
    rng = random.Random(seed)
    doc = random_doc(rng, rng.randrange(0, 8))
    original = copy.deepcopy(doc.cues)
    original_problems = doc.problems()
    undo: list[tuple[str, int, object, int]] = []
    states = []
    for _ in range(40):
        states.append(list(doc.cues))
        if doc.cues and rng.random() < 0.5:
            row = rng.randrange(len(doc))
            old = doc.set_cue(row, random_cue(rng))
            undo.append(("set", row, old, 1))
        else:
            row = rng.randrange(len(doc) + 1)
            count = rng.randrange(0, len(doc) - row + 1)
            new = [random_cue(rng) for _ in range(rng.randrange(0, 3))]
            old = doc.replace(row, count, new)
            undo.append(("replace", row, old, len(new)))
    for kind, row, old, count in reversed(undo):
        if kind == "set":
            doc.set_cue(row, old)
        else:
            doc.replace(row, count, old)
        assert doc.cues == states.pop()
    assert doc.cues == original
    assert doc.problems() == original_problems


def test_undo_then_redo_with_the_returned_values():
    """Applying set_cue with the returned cue twice goes back and forth between the two states."""
    doc = load_srt(CORPUS / "fr_utf8_lf.srt")
    first = list(doc.cues)
    new = doc.cues[2].with_text("Changé")
    old = doc.set_cue(2, new)
    back = doc.set_cue(2, old)
    assert doc.cues == first and back is new
    doc.set_cue(2, back)
    assert doc.cues[2].text == "Changé"


def test_split_and_merge_as_replace_undo():
    """A split (1 cue -> 2) and its undo (2 -> the old 1) leave the cues and problems as they were."""
    doc = load_srt(CORPUS / "problems.srt")
    before, problems = list(doc.cues), doc.problems()
    cue = doc.cues[0]
    halves = [cue.with_times(cue.start_ms, 1500).with_text("First"),
              cue.with_times(1500, cue.end_ms).with_text("good line.")]
    old = doc.replace(0, 1, halves)
    assert len(doc) == len(before) + 1
    doc.replace(0, len(halves), old)
    assert doc.cues == before and doc.problems() == problems


def test_cues_are_immutable():
    """A Cue cannot be changed in place (so an undo only keeps the old object)."""
    cue = Cue(0, 1000, "A")
    with pytest.raises(AttributeError):
        cue.text = "B"  # type: ignore[misc]
    assert cue.with_text("B").text == "B" and cue.text == "A"


def test_with_times_clears_bad_timing_but_keeps_the_rest():
    """with_times sets the times and clears bad_timing; text, position, line and voice are kept."""
    cue = Cue(0, 0, "A", position="X1:1", source_line=7, bad_timing="(missing)", voice="v")
    moved = cue.with_times(100, 200)
    assert (moved.start_ms, moved.end_ms, moved.bad_timing) == (100, 200, "")
    assert (moved.text, moved.position, moved.source_line, moved.voice) == ("A", "X1:1", 7, "v")


# --- figures -------------------------------------------------------------------------------------

def test_duration_is_where_the_last_cue_ends():
    """duration_ms is the latest end among cues with readable times, whatever their order."""
    doc = Document(cues=[Cue(0, 9000, "A"), Cue(1000, 2000, "B"),
                         Cue(50_000, 50_000, "C", bad_timing="(missing)")])
    assert doc.duration_ms() == 9000


def test_duration_of_an_empty_document_is_zero():
    """An empty document lasts 0 ms."""
    assert Document().duration_ms() == 0 and len(Document()) == 0


def test_duration_of_the_problems_file():
    """problems.srt lasts until its last good cue ends (19 s)."""
    assert load_srt(CORPUS / "problems.srt").duration_ms() == 19_000


def test_duration_follows_edits_without_a_recount():
    from studio.core.cues import Cue

    doc = Document([Cue(0, 1000, "a"), Cue(2000, 5000, "b"), Cue(6000, 7000, "c")])
    assert doc.duration_ms() == 7000
    doc.set_cue(2, Cue(6000, 6500, "c"))  # the last end shrinks: found again
    assert doc.duration_ms() == 6500
    doc.replace(3, 0, [Cue(8000, 9000, "d")])
    assert doc.duration_ms() == 9000
    old = doc.replace(2, 2, [])
    assert doc.duration_ms() == 5000
    doc.replace(2, 0, old)  # undo
    assert doc.duration_ms() == 9000
    doc.set_cue(0, Cue(0, 12_000, "a longer"))
    assert doc.duration_ms() == 12_000
