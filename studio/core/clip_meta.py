"""What is recorded beside a cached clip (its sidecar): the spec, the context it was rendered with, its cost,
its length, its QA verdict.

Plain data, apart from the cache (clip_cache.py) that stores it: the render job, recovery, the rescue
of paid clips and clip QA build or read these records without needing the cache's file handling.
Both names stay importable from studio.core.clip_cache.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class ClipMeta:
    """What is recorded beside a clip. Context is recorded, never hashed into the key."""

    previous_text: str | None = None   # the neighbours' text sent for continuity (ElevenLabs)
    next_text: str | None = None
    cost: float | None = None          # actual cost as the provider reported it (None: not reported)
    duration_ms: float | None = None
    sample_rate: int | None = None     # needed to read "pcm" clips
    request_id: str | None = None
    created: float = 0.0               # unix seconds; put() fills it in when 0
    audio_format: str | None = None    # filled in by put()
    spec: dict[str, Any] | None = None  # ClipSpec.as_json(), filled in by put()
    qa: dict[str, Any] | None = None   # clip_qa.QaVerdict.as_json(); None: not checked
    # The speech in ms once trimmed of silence by the fit's trim (0: silence; None: not measured yet):
    # the fit forecast learns each voice's pace from it without decoding the clip (fit_forecast).
    speech_ms: float | None = None
    converted_from: str | None = None  # the format a recovered clip was served in, when not its own

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> ClipMeta:
        if not isinstance(data, dict):
            return cls()
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)


@dataclass(frozen=True)
class Context:
    previous_text: str | None
    next_text: str | None


def meta_with(meta: ClipMeta, **changes: Any) -> ClipMeta:
    """A copy of meta with changes (through its JSON form: the copy shares no dict with the original)."""
    data = meta.as_json()
    data.update(changes)
    return ClipMeta(**data)
