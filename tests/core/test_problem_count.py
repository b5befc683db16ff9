"""The document's problem count stays equal to a full recount through any sequence of edits."""

from __future__ import annotations

import random

from studio.core.cues import Cue
from studio.core.document import Document


def _random_cue(rng: random.Random) -> Cue:
    start = rng.randrange(0, 20_000, 250)
    return Cue(start, start + rng.choice([-500, 0, 400, 1500, 3000]), rng.choice(["", "Salut", "Ça va ?"]))


def test_incremental_count_matches_full_recount():
    """After each set_cue/replace (and their undo), problem_count() == len(problems())."""
    rng = random.Random(7)
    doc = Document(cues=[_random_cue(rng) for _ in range(30)])
    assert doc.problem_count() == len(doc.problems())
    history = []
    for _ in range(400):
        if rng.random() < 0.3 and history:
            kind, row, old = history.pop()
            if kind == "set":
                doc.set_cue(row, old)
            else:
                count, cues = old
                doc.replace(row, count, cues)
        elif rng.random() < 0.5 and doc.cues:
            row = rng.randrange(len(doc.cues))
            history.append(("set", row, doc.set_cue(row, _random_cue(rng))))
        else:
            row = rng.randrange(len(doc.cues) + 1)
            count = rng.randrange(0, min(3, len(doc.cues) - row) + 1)
            new = [_random_cue(rng) for _ in range(rng.randrange(0, 4))]
            old = doc.replace(row, count, new)
            history.append(("replace", row, (len(new), old)))
        assert doc.problem_count() == len(doc.problems())
