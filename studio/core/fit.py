"""Fit each rendered clip to its slot: trim silence, borrow the gap, speed up (pitch kept), or report.

In order, per line: trim silence at both ends (never speech), use the borrowable gap, time-stretch with
ffmpeg ``atempo`` up to a maximum speed, and if the clip still does not fit, report by how much. What
happens to that overflow is the user's call, per line or globally: let it overlap the next line, or
push the following lines later (the lines before it never move). Speech is never truncated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from studio.core.audio_decode import AudioDecodeError, FfmpegRunError, run_ffmpeg
from studio.core.derived_cache import FitRecord
from studio.core.slots import Slot, SlotSettings

TIMELINE_RATE = 48000  # every clip on the timeline is 48 kHz mono signed 16-bit
SAMPLES_PER_MS = TIMELINE_RATE // 1000

OVERLAP = "overlap"  # an overflowing line runs over the next one; nothing moves
PUSH = "push"  # the following lines move later as far as needed; earlier lines never move
POLICIES = (OVERLAP, PUSH)

# atempo's range per filter instance; beyond it we chain instances.
_ATEMPO_MIN, _ATEMPO_MAX = 0.5, 2.0
# An overrun this small is inaudible and not worth a pass through ffmpeg.
FIT_TOLERANCE_MS = 1.0
# atempo's output runs a few ms longer than length / speed (its frame padding: 4-18 ms measured), so a
# clip sped up to fill its room exactly came out "overflowing" by that much. Aim this much short.
_ATEMPO_SLACK_MS = 25.0
_FRAME_MS = 10  # trimming looks at the level of 10 ms frames
# Below this peak (about -66 dBFS) a frame is silence whatever the clip's level: dither, not speech.
_ABSOLUTE_FLOOR = 16



class FitError(Exception):
    """A clip could not be fitted (ffmpeg missing or failing); the message says what to do."""


@dataclass(frozen=True)
class FitSettings:
    """The fitting rules; every one is a user setting."""

    max_speed: float = 1.25
    # Slow a clip shorter than its cue down a little so it fills the cue; off by default because
    # slowed speech sounds drugged sooner than sped-up speech sounds rushed.
    fill_short: bool = False
    min_fill_speed: float = 0.9
    trim: bool = True
    # A frame is speech when its peak is within this many dB of the clip's loudest frame.
    trim_threshold_db: float = -40.0
    # Kept around the first and last loud frame: a fricative or a decaying vowel is quieter than
    # the threshold, and cutting it is audible, while 120 ms of extra tail costs nothing.
    keep_head_ms: int = 10
    keep_tail_ms: int = 120
    overflow: str = OVERLAP  # the default policy; per-line choices override it
    # The most the speed may change from one line to its neighbour (0: off); see rate_smoothing.
    max_speed_step: float = 0.0
    slots: SlotSettings = field(default_factory=SlotSettings)

    def __post_init__(self) -> None:
        if self.max_speed < 1.0:
            raise ValueError("max_speed must be at least 1.0")
        if not 0.5 <= self.min_fill_speed <= 1.0:
            raise ValueError("min_fill_speed must be between 0.5 and 1.0")
        if not 0.0 <= self.max_speed_step <= 1.0:
            raise ValueError("max_speed_step must be between 0 and 1")
        if self.overflow not in POLICIES:
            raise ValueError(f"overflow must be one of {POLICIES}")


@dataclass(frozen=True)
class FittedClip:
    """One line's audio as it goes on the timeline, and how it got there."""

    index: int  # 0-based position of the cue
    slot: Slot
    placed_ms: int  # where the audio starts (the cue's start unless an earlier line pushed it)
    samples: bytes | memoryview  # s16 mono at TIMELINE_RATE, trimmed and stretched (maybe a mapped file)
    source_ms: int  # length of the clip as rendered, before trimming and stretching
    speed: float  # 1.0 = untouched, 1.25 = 25 % faster, 0.9 = gently slowed to fill
    overflow_ms: int  # how far the audio runs past the slot's limit (0 when it fits)
    trimmed_ms: int  # silence removed at both ends
    policy: str  # what this line's overflow does: OVERLAP or PUSH

    @property
    def frame_count(self) -> int:
        return len(self.samples) // 2

    @property
    def clip_ms(self) -> int:
        return round(self.frame_count / SAMPLES_PER_MS)

    @property
    def end_ms(self) -> float:
        return self.placed_ms + self.frame_count / SAMPLES_PER_MS

    @property
    def shift_ms(self) -> int:
        """How far an earlier line's push moved this one."""
        return self.placed_ms - self.slot.start_ms


def trim_silence(samples: bytes, sample_rate: int = TIMELINE_RATE, threshold_db: float = -40.0,
                 keep_head_ms: int = 10, keep_tail_ms: int = 120) -> tuple[int, int]:
    """The (first, end) sample range to keep of s16le mono samples; (0, 0) when all is silence.

    The threshold is relative to the clip's own loudest frame, so a quiet voice is trimmed like a
    loud one; the range always covers every frame above it, plus the head and tail margins.
    """
    view = np.frombuffer(samples, dtype=np.int16, count=len(samples) // 2)
    count = len(view)
    frame = max(1, sample_rate * _FRAME_MS // 1000)
    # Peak per frame, vectorised (a film's 1,500 clips took 1.3 s in a Python loop): the magnitude in
    # 32 bits (-32768 has none in 16), the last partial frame padded with silence.
    padded = np.zeros(-(-count // frame) * frame, dtype=np.int32)
    np.abs(view, out=padded[:count], dtype=np.int32)
    peaks = padded.reshape(-1, frame).max(axis=1) if count else padded
    loudest = int(peaks.max(initial=0))
    if loudest <= _ABSOLUTE_FLOOR:
        return 0, 0
    threshold = max(_ABSOLUTE_FLOOR, loudest * 10 ** (threshold_db / 20))
    loud = np.flatnonzero(peaks > threshold)
    first = max(0, int(loud[0]) * frame - sample_rate * keep_head_ms // 1000)
    end = min(count, (int(loud[-1]) + 1) * frame + sample_rate * keep_tail_ms // 1000)
    return first, end


def atempo_chain(speed: float) -> str:
    """An ffmpeg filter for speed (>1 faster), chaining atempo past its 0.5-2.0 range per instance."""
    if speed <= 0 or not math.isfinite(speed):
        raise ValueError("speed must be a positive number")
    factors = []
    rest = speed
    while rest > _ATEMPO_MAX:
        factors.append(_ATEMPO_MAX)
        rest /= _ATEMPO_MAX
    while rest < _ATEMPO_MIN:
        factors.append(_ATEMPO_MIN)
        rest /= _ATEMPO_MIN
    factors.append(rest)
    return ",".join(f"atempo={factor:.6f}" for factor in factors)


def stretch(samples: bytes, speed: float, sample_rate: int = TIMELINE_RATE) -> bytes:
    """s16le mono samples played speed times faster with the pitch kept (ffmpeg atempo, WSOLA)."""
    if not samples or speed == 1.0:
        return samples
    fmt = ["-f", "s16le", "-ar", str(sample_rate), "-ac", "1"]
    try:
        return run_ffmpeg([*fmt, "-i", "pipe:0", "-filter:a", atempo_chain(speed), *fmt, "pipe:1"], samples)
    except FfmpegRunError as error:
        if error.timed_out:
            raise FitError("Speeding up a clip took too long (ffmpeg timed out).") from None
        raise FitError(f"ffmpeg could not speed up a clip: {error}") from None
    except AudioDecodeError as error:  # no ffmpeg at all
        raise FitError(str(error)) from None


def choose_speed(clip_ms: float, room_ms: float, cue_room_ms: float, settings: FitSettings,
                 floor: float = 1.0) -> float:
    """The speed that makes clip_ms fit room_ms, capped; or a gentle fill of cue_room_ms if enabled.

    floor: the least speed its neighbours impose (rate smoothing), within the cap.
    """
    if clip_ms <= 0:
        return 1.0
    if floor > 1.0:
        return max(min(floor, settings.max_speed), choose_speed(clip_ms, room_ms, cue_room_ms, settings))
    if clip_ms > room_ms + FIT_TOLERANCE_MS:
        target = room_ms - _ATEMPO_SLACK_MS
        return settings.max_speed if target <= 0 else min(settings.max_speed, clip_ms / target)
    short = 0 < clip_ms < cue_room_ms - FIT_TOLERANCE_MS
    if settings.fill_short and settings.min_fill_speed < 1.0 and short:
        return max(settings.min_fill_speed, clip_ms / cue_room_ms)
    return 1.0


def fit_clip(samples: bytes, slot: Slot, placed_ms: int, settings: FitSettings = FitSettings(),
             policy: str = OVERLAP) -> FittedClip:
    """Fit one clip (s16le mono at TIMELINE_RATE) placed at placed_ms into slot."""
    record = decide_fit(samples, slot.limit_ms - placed_ms, max(slot.start_ms, slot.end_ms) - placed_ms, settings)
    kept = samples[record.first * 2:record.end * 2]
    return place_fitted(slot, placed_ms, record, stretch(kept, record.speed), policy)


def decide_fit(samples: bytes, room_ms: float, cue_room_ms: float, settings: FitSettings,
               floor: float = 1.0) -> FitRecord:
    """What fitting does to a clip with room_ms before its limit: the range kept and the speed (the
    stretching itself is left to the caller, who may batch it)."""
    source_frames = len(samples) // 2
    first, end = 0, source_frames
    if settings.trim and source_frames:
        first, end = trim_silence(samples[:source_frames * 2], TIMELINE_RATE, settings.trim_threshold_db,
                                  settings.keep_head_ms, settings.keep_tail_ms)
    speed = choose_speed((end - first) / SAMPLES_PER_MS, room_ms, cue_room_ms, settings, floor)
    return FitRecord(source_frames, first, end, speed)


def place_fitted(slot: Slot, placed_ms: int, record: FitRecord, samples: bytes, policy: str,
                 frames: int | None = None) -> FittedClip:
    """The fitted clip at placed_ms; frames overrides the length (a stretch not run yet: its estimate)."""
    frames = len(samples) // 2 if frames is None else frames
    excess = placed_ms + frames / SAMPLES_PER_MS - slot.limit_ms
    overflow = math.ceil(excess) if excess > FIT_TOLERANCE_MS else 0
    trimmed = record.source_frames - (record.end - record.first)
    return FittedClip(index=slot.index, slot=slot, placed_ms=placed_ms, samples=samples,
                      source_ms=round(record.source_frames / SAMPLES_PER_MS), speed=round(record.speed, 4),
                      overflow_ms=overflow, trimmed_ms=round(trimmed / SAMPLES_PER_MS), policy=policy)
