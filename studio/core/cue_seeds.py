"""Per-line values the project file keeps by 1-based line number (speeds, seeds), read tolerantly.

A line re-rendered "with a new seed" after clip QA keeps its new take when the project is opened again:
the seed is part of the clip's key (see clip_spec), so it must be saved like the line's speed.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, MutableSequence, Sequence
from typing import Any, TypeVar

from studio.core.cues import Cue

SEED_LIMIT = 2 ** 32  # ElevenLabs: "Must be integer between 0 and 4294967295"
T = TypeVar("T")


def numbered(raw: object, read: Callable[[Any], T | None]) -> dict[int, T]:
    """{line number: value} from a project field; an entry that read() refuses (None) is dropped."""
    out: dict[int, T] = {}
    if not isinstance(raw, Mapping):
        return out
    for key, value in raw.items():
        try:
            number = int(key)
        except (TypeError, ValueError):
            continue
        found = read(value) if not isinstance(value, bool) else None
        if number >= 1 and found is not None:
            out[number] = found
    return out


def values_of(cues: Sequence[Cue], name: str) -> dict[int, Any]:
    """The lines' own `name` (speed, seed), by 1-based number, for those that have one."""
    return {number: getattr(cue, name) for number, cue in enumerate(cues, start=1)
            if getattr(cue, name) is not None}


def apply_values(cues: MutableSequence[Cue], values: Mapping[int, Any], name: str) -> None:
    for number, value in values.items():
        if 1 <= number <= len(cues):
            cues[number - 1] = getattr(cues[number - 1], f"with_{name}")(value)


def seed_value(value: Any) -> int | None:
    """A seed the provider takes, else None (the line then renders unseeded)."""
    return value if isinstance(value, int) and 0 <= value < SEED_LIMIT else None


def new_seed(old: int | None = None) -> int:
    """A random seed the provider takes, never the line's current one (a new take must differ)."""
    seed = secrets.randbelow(SEED_LIMIT)
    while seed == old:
        seed = secrets.randbelow(SEED_LIMIT)
    return seed
