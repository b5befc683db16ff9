"""Which lines will not fit, before any money is spent: a forecast from each voice's speaking rate.

A line's clip length is predicted from its text by its voice's pace (studio.core.pace_model: a time
per character plus an allowance per pause and per sentence end), fitted per voice on the clips already
rendered and pulled towards the language's reading rate while they are few (a voice with no clip yet:
that rate per character), so after a few lines the forecast follows the voice the user picked rather
than an average. A line whose clip is cached
needs no prediction: its real length is used.

A clip is measured by its speech span (cached_speech): the silence a provider leaves around speech
is trimmed first, exactly as the fit trims it, so the rate learnt is the voice's pace and the length
compared with a line's room is the one the fit will place. (Measured by the whole clip, the rate came
out slow and the forecast warned about lines that fit: tests/core/test_fit_forecast_audio.py.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from studio.core.audio_decode import AudioDecodeError
from studio.core.clip_cache import ClipCache
from studio.core.clip_sources import CachedClip
from studio.core.clip_spec import ClipSpec, RenderSettings
from studio.core.cues import Cue
from studio.core.derived_cache import DerivedCache, clip_identity
from studio.core.fit import SAMPLES_PER_MS, TIMELINE_RATE, trim_silence
from studio.core.fit_ladder import BORROW, NONE, STRETCH
from studio.core.pace_model import VoicePaces
from studio.core.slots import SlotSettings, slots_for

OVERFLOW = "overflow"  # will not fit even stretched to the cap
# A clip this close to its room fits: the fit's own tolerance plus the trimming it will do.
_SLACK_MS = 40

DurationOf = Callable[[str], "float | None"]  # clip key -> its measured duration in ms (None: unknown)


@dataclass(frozen=True)
class LineForecast:
    """What one line's clip should need before it is rendered."""

    line: int  # 1-based
    predicted_ms: int  # the clip's length: measured when cached, else predicted from the voice's rate
    cue_ms: int  # the cue's own length
    room_ms: int  # the cue plus the gap it may borrow
    step: str  # the rung it should need: none, borrow, stretch, or overflow (will not fit)
    speed_needed: float  # the stretch it should need (1.0: none)
    measured: bool  # True: predicted_ms is the cached clip's real length

    @property
    def fits(self) -> bool:
        return self.step != OVERFLOW

    def as_json(self) -> dict[str, Any]:
        return {"step": self.step, "fits": self.fits, "predicted_ms": self.predicted_ms, "room_ms": self.room_ms,
                "speed_needed": self.speed_needed, "measured": self.measured}


def cached_durations(cache: ClipCache) -> DurationOf:
    """key -> the cached clip's length in ms: as recorded beside it, else from its decoded copy (an mp3's
    length is only known once a dub has decoded it), else None."""
    derived = DerivedCache(cache.root)

    def duration(key: str) -> float | None:
        meta = cache.meta(key)
        if meta is not None and meta.duration_ms:
            return float(meta.duration_ms)
        path = cache.path(key)
        identity = clip_identity(path, TIMELINE_RATE) if path is not None else None
        samples = derived.read_pcm(identity) if identity is not None else None
        return len(samples) / 2 / SAMPLES_PER_MS if samples else None
    return duration


def cached_speech(cache: ClipCache, memo: dict[str, float | None] | None = None,
                  decode: bool = True, whole: bool = True) -> DurationOf:
    """key -> the cached clip's speech in ms: its length once trimmed of leading and trailing silence by
    the fit's own trim. Read from its sidecar (recorded when it was rendered, or when first measured),
    else measured on its decoded copy (a dub keeps one), else decoded now and kept for the next dub;
    a span measured here is recorded in the sidecar, so no clip is decoded twice to be measured.
    decode=False: a clip neither recorded nor decoded is counted by its whole length (whole=False: None,
    unknown) until a dub has decoded it, as the window does while its own build decodes, and as
    estimate does rather than decode a cache rendered without a dub. A clip that cannot be decoded
    counts by its whole length. memo keeps the answers across passes (a key names one clip forever)."""
    derived, length = DerivedCache(cache.root), cached_durations(cache)
    spans = memo if memo is not None else {}

    def speech(key: str) -> float | None:
        if key in spans:
            return spans[key]
        path = cache.path(key)
        if path is None:
            return None
        meta = cache.meta(key)
        if meta is not None and meta.speech_ms is not None:
            spans[key] = meta.speech_ms or None  # 0: silence, no pace to learn
            return spans[key]
        rate = meta.sample_rate if meta is not None and path.suffix == ".pcm" else None  # a raw clip's rate
        clip = CachedClip(path, clip_identity(path, TIMELINE_RATE), derived, rate)
        if not decode and (clip.identity is None or not derived.has_pcm(clip.identity)):
            return length(key) if whole else None  # not kept: asked again once a dub has decoded it
        try:
            samples = bytes(clip.read())
        except (AudioDecodeError, OSError):
            spans[key] = length(key)
            return spans[key]
        first, end = trim_silence(samples, TIMELINE_RATE)
        span = (end - first) / SAMPLES_PER_MS if end > first else 0.0
        cache.annotate(key, speech_ms=span)  # best effort: measured again next time if it cannot be written
        spans[key] = span or None
        return spans[key]
    return speech


class Predictor(Protocol):
    """What forecasts a clip's length from its text (VoicePaces; the benchmark's per-character baseline)."""

    def predict_ms(self, voice: str, language: str | None, text: str, speed: float = 1.0) -> float: ...


def calibrated_rates(cues: Sequence[Cue], settings: RenderSettings, language: str | None,
                     duration_of: DurationOf, specs: Sequence[ClipSpec | None] | None = None) -> VoicePaces:
    """Every voice's pace, fitted on the clips of these cues already rendered at normal speed.

    specs: each cue's clip when the caller has them already (making them is most of a pass's time)."""
    paces = VoicePaces()
    for spec in (specs if specs is not None else [settings.spec_for(cue) for cue in cues]):
        if spec is None or spec.speed != 1.0:
            continue  # a clip spoken faster would make the voice look faster than it is
        duration = duration_of(spec.key)
        if duration:
            paces.calibrate(spec.voice, language, spec.text, duration)
    return paces


def forecast_fit(cues: Sequence[Cue], settings: RenderSettings, language: str | None, duration_of: DurationOf,
                 max_speed: float = 1.25, slot_settings: SlotSettings = SlotSettings(),
                 rates: Predictor | None = None, specs: Sequence[ClipSpec | None] | None = None,
                 learn_from: DurationOf | None = None) -> list[LineForecast | None]:
    """One forecast per cue (None: nothing to say), in the order of cues (specs: see calibrated_rates).
    A cached line counts by duration_of; the voices are calibrated on learn_from (default duration_of):
    a clip whose speech is unknown counts by its whole length for its own line, but teaches no pace.

    Lines are assumed to start on their cue (a push by an earlier overflowing line is not foreseen).
    """
    specs = specs if specs is not None else [settings.spec_for(cue) for cue in cues]
    rates = rates or calibrated_rates(cues, settings, language, learn_from or duration_of, specs)
    slots = slots_for(cues, slot_settings)
    out: list[LineForecast | None] = []
    for i, (cue, spec) in enumerate(zip(cues, specs)):
        if spec is None or cue.bad_timing:
            out.append(None)
            continue
        measured = duration_of(spec.key)
        predicted = measured if measured else rates.predict_ms(spec.voice, language, spec.text, spec.speed)
        slot = slots[i]
        out.append(_line(i + 1, round(predicted), slot.duration_ms, slot.total_ms, max_speed, bool(measured)))
    return out


def _line(line: int, predicted: int, cue_ms: int, room_ms: int, max_speed: float, measured: bool) -> LineForecast:
    speed = 1.0
    if predicted <= cue_ms + _SLACK_MS:
        step = NONE
    elif predicted <= room_ms + _SLACK_MS:
        step = BORROW
    else:
        speed = round(predicted / room_ms, 3) if room_ms > 0 else float("inf")
        step = STRETCH if speed <= max_speed else OVERFLOW
        speed = min(speed, 99.0)  # JSON has no infinity; a line with no room at all needs "more than any"
    return LineForecast(line, predicted, cue_ms, room_ms, step, speed, measured)
