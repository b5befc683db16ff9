"""Per-line seeds in the project file: a line re-rendered "with a new seed" after clip QA keeps its new
take when the project is opened again (the seed is part of the clip's key, see clip_spec)."""

from __future__ import annotations

from collections.abc import Mapping, MutableSequence, Sequence

from studio.core.cues import Cue

SEED_LIMIT = 2 ** 32  # ElevenLabs: "Must be integer between 0 and 4294967295"


def cue_seeds_from(raw: object) -> dict[int, int]:
    """Read cue_seeds tolerantly: an entry out of range or unreadable is dropped (the line renders unseeded)."""
    out: dict[int, int] = {}
    if not isinstance(raw, Mapping):
        return out
    for key, value in raw.items():
        try:
            number = int(key)
        except (TypeError, ValueError):
            continue
        if number >= 1 and isinstance(value, int) and not isinstance(value, bool) and 0 <= value < SEED_LIMIT:
            out[number] = value
    return out


def cue_seeds_of(cues: Sequence[Cue]) -> dict[int, int]:
    """The per-line seeds of cues, by 1-based number (what the project file stores)."""
    return {number: cue.seed for number, cue in enumerate(cues, start=1) if cue.seed is not None}


def apply_cue_seeds(cues: MutableSequence[Cue], seeds: Mapping[int, int]) -> None:
    for number, seed in seeds.items():
        if 1 <= number <= len(cues):
            cues[number - 1] = cues[number - 1].with_seed(seed)
