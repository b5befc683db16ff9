"""What the sidecar of a clip the render job stores records: the context it was rendered with, what it cost,
its audio's length and rate, and its QA verdict.

The render job (render_job.py) stores clips from two kinds of answer, a synthesis and a generation
fetched back from the provider's history; both are read here by duck typing, in one place, so the two
paths record the same fields the same way (recovery.audio_fields and generation_qa are the history's
side of it).
"""

from __future__ import annotations

from typing import Any

from studio.core.answers import duration_ms
from studio.core.clip_meta import ClipMeta
from studio.core.clip_qa import qa_json, speech_ms_of
from studio.core.recovery import audio_fields, generation_qa
from studio.core.render_plan import PlannedLine


def stored_clip_meta(line: PlannedLine, result: Any, cost: float | None, *, recovered: bool,
                     paid_here: bool, language: str | None = None) -> ClipMeta:
    """The record of line's clip from result; cost is what this job counts for it. A generation an earlier
    run paid for (not paid_here) keeps the cost it had; one fetched back (recovered) is checked as the
    history gives it (its alignment may be missing), in language (the one a rendered clip is judged in)."""
    return ClipMeta(previous_text=line.previous_text, next_text=line.next_text,
                    cost=cost if paid_here else getattr(result, "cost", None),
                    duration_ms=duration_ms(result), **audio_fields(result),
                    request_id=getattr(result, "request_id", None), speech_ms=speech_ms_of(result),
                    qa=generation_qa(result, line.spec, language=language) if recovered else qa_json(result))
