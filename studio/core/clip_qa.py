"""Clip QA: is a paid clip the text, the whole text and nothing but the text?

A clip can skip or garble words, stop for a long breath in the middle, or trail into noise after
the last word. Two sources of evidence:

- the audio alone (every provider): where the sound is (20 ms frames above a level relative to the
  clip's own loudness), how long the silences inside it are, whether the sound at either end is noise
  (a flat spectrum) rather than speech, and whether the spoken length is plausible for the text at
  the voice's speaking rate;
- ElevenLabs' character alignment (the with-timestamps endpoint): characters the voice never spoke
  (missing or of zero length), long gaps between spoken characters, and sound after the last one.

The verdict is advice, never a block: the clip is paid for and kept either way; the user decides
whether a re-render with a new seed is worth its cost. Reasons are stable short codes (the CLI's
"qa_reasons" is a contract: add codes, never rename them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from studio.core.pace_model import Pace, VoicePaces

if TYPE_CHECKING:
    from studio.core.clip_spec import ClipSpec, RenderSettings
    from studio.core.cues import Cue

OK, SUSPECT = "ok", "suspect"
# Reason codes (contract: docs/CLI.md "qa_reasons").
UNALIGNED = "unaligned"              # characters of the text were never spoken (alignment)
ALIGNMENT_GAP = "alignment_gap"      # a long gap between two spoken characters (alignment)
SOUND_AFTER_END = "sound_after_end"  # sound continues after the last character ended (alignment)
LONG_SILENCE = "long_silence"        # a long silence between two stretches of sound
NOISE_HEAD = "noise_head"            # the clip starts with noise, not speech
NOISE_TAIL = "noise_tail"            # the clip ends with noise, not speech
TOO_SHORT = "too_short"              # far shorter than the text takes to say
TOO_LONG = "too_long"                # far longer than the text takes to say
NO_SOUND = "no_sound"                # nothing above silence at all
# Notes: a limit of the check, not a fault of the clip (the verdict stays "ok" when nothing else is found).
AUDIO_ONLY = "audio_only"            # no character alignment came with the clip: audio checks only
NOTES = frozenset({AUDIO_ONLY})

MESSAGES = {
    UNALIGNED: "some words were not spoken",
    ALIGNMENT_GAP: "a long pause between words",
    SOUND_AFTER_END: "sound goes on after the last word",
    LONG_SILENCE: "a long silence inside the clip",
    NOISE_HEAD: "noise before the speech",
    NOISE_TAIL: "noise after the speech",
    TOO_SHORT: "much shorter than the text takes to say",
    TOO_LONG: "much longer than the text takes to say",
    NO_SOUND: "no sound at all",
    AUDIO_ONLY: "checked from the audio only (no character alignment came with the clip)",
}

FRAME_S = 0.02
QA_RATE = 16000  # plenty for speech, and a quarter of the work of 44.1 kHz
# A frame is sound when louder than this far below the clip's loud frames (its 95th percentile), and
# never quieter than an absolute floor (-60 dBFS): a whispered clip keeps its own scale.
RELATIVE_SILENCE_DB = -35.0
ABSOLUTE_FLOOR = 10 ** (-60 / 20)
# Pauses between sentences in read speech run to about 0.7 s; twice that is not a pause any more.
MAX_SILENCE_S = 1.2
MAX_ALIGNMENT_GAP_S = 1.2
# Sound longer than this after the last character is more than a breath or a reverb tail.
MAX_AFTER_END_S = 0.5
# Spectral flatness (geometric over arithmetic mean of the power spectrum): about 0.5+ for white
# noise, well under 0.3 for voiced speech. A noise run shorter than NOISE_MIN_S is a consonant.
NOISE_FLATNESS = 0.45
NOISE_MIN_S = 0.4
SMOOTH_FRAMES = 5
# Spoken length against the voice's pace: read speech varies a lot (numbers read out, a slow
# delivery), so only a clip under half or over two and a half times the predicted length is flagged,
# and a short text always gets a second of slack either way.
SHORT_RATIO, LONG_RATIO, SLACK_S = 0.5, 2.5, 1.0


@dataclass(frozen=True)
class QaVerdict:
    """What the checks found: "ok" or "suspect", with stable reason codes and a sentence."""

    status: str = OK
    reasons: tuple[str, ...] = ()
    message: str = ""
    spoken_s: float | None = field(default=None, compare=False)  # first to last sound (not stored)
    # The speech span as the fit trims it (fit.trim_silence), for the sidecar's speech_ms (not in qa).
    speech_ms: float | None = field(default=None, compare=False)

    @property
    def suspect(self) -> bool:
        return self.status == SUSPECT

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status, "reasons": list(self.reasons), "message": self.message}

    @classmethod
    def from_json(cls, data: Any) -> QaVerdict | None:
        """The verdict as_json() wrote (a sidecar), or None when there is none (checked before QA existed)."""
        if not isinstance(data, dict) or data.get("status") not in (OK, SUSPECT):
            return None
        reasons = tuple(str(r) for r in data.get("reasons") or () if isinstance(r, str))
        return cls(str(data["status"]), reasons, str(data.get("message") or ""))


@dataclass(frozen=True)
class Alignment:
    """Per-character timing of a clip (ElevenLabs' CharacterAlignmentResponseModel)."""

    characters: tuple[str, ...]
    starts: tuple[float, ...]
    ends: tuple[float, ...]

    @classmethod
    def from_json(cls, data: Any) -> Alignment | None:
        """The alignment in an answer, or None when it is missing or malformed (lengths differ)."""
        if not isinstance(data, dict):
            return None
        chars, starts, ends = (data.get(k) for k in ("characters", "character_start_times_seconds",
                                                      "character_end_times_seconds"))
        if not (isinstance(chars, list) and isinstance(starts, list) and isinstance(ends, list)
                and len(chars) == len(starts) == len(ends)):
            return None
        try:
            return cls(tuple(str(c) for c in chars), tuple(float(s) for s in starts), tuple(float(e) for e in ends))
        except (TypeError, ValueError):
            return None


@dataclass(frozen=True)
class Sound:
    """Where the sound is in a clip: 20 ms frames, each loud or not, and noise-like or not."""

    loud: np.ndarray       # bool per frame
    noisy: np.ndarray      # bool per frame: a flat spectrum
    duration_s: float

    def runs(self, mask: np.ndarray) -> list[tuple[int, int]]:
        """(start, end) frame ranges where mask holds."""
        padded = np.concatenate(([False], mask, [False])).astype(np.int8)
        edges = np.flatnonzero(np.diff(padded))
        return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def analyse(samples: np.ndarray, rate: int) -> Sound:
    """Frame the mono samples (floats in -1..1 or int16) into loud and noisy frames."""
    data = samples.astype(np.float64)
    if samples.dtype == np.int16:
        data /= 32768.0
    size = max(1, int(rate * FRAME_S))
    count = len(data) // size
    frames = data[:count * size].reshape(count, size) if count else np.zeros((0, size))
    rms = np.sqrt(np.mean(frames ** 2, axis=1)) if count else np.zeros(0)
    reference = float(np.percentile(rms, 95)) if count else 0.0
    threshold = max(ABSOLUTE_FLOOR, reference * 10 ** (RELATIVE_SILENCE_DB / 20))
    loud = rms > threshold
    power = np.abs(np.fft.rfft(frames * np.hanning(size), axis=1)) ** 2 + 1e-12 if count else np.ones((0, 1))
    flatness = np.exp(np.mean(np.log(power), axis=1)) / np.mean(power, axis=1)
    # One frame of noise can look tonal by chance: a median over 5 frames keeps a noise run whole.
    if count >= SMOOTH_FRAMES:
        padded = np.pad(flatness, SMOOTH_FRAMES // 2, mode="edge")
        flatness = np.median(np.lib.stride_tricks.sliding_window_view(padded, SMOOTH_FRAMES), axis=1)
    return Sound(loud, loud & (flatness > NOISE_FLATNESS), len(data) / rate)


def check(sound: Sound, text: str, pace: Pace, alignment: Alignment | None = None, speed: float = 1.0, *,
          alignment_expected: bool = False, speech_s: float | None = None) -> QaVerdict:
    """The verdict on one clip of text, judged against its voice's pace: audio checks always,
    alignment checks when there is one. alignment_expected: a missing alignment limits the check, and
    the verdict notes it (AUDIO_ONLY). speech_s: the speech span as the fit trims it (what the pace
    predicts); without it, the span from the first to the last sound."""
    reasons: list[str] = [AUDIO_ONLY] if alignment is None and alignment_expected else []
    loud_runs = sound.runs(sound.loud)
    if not loud_runs:
        return _verdict([NO_SOUND, *reasons])
    for start, end in zip([end for _, end in loud_runs[:-1]], [start for start, _ in loud_runs[1:]]):
        if (end - start) * FRAME_S > MAX_SILENCE_S:
            reasons.append(LONG_SILENCE)
            break
    noise_runs = [(s, e) for s, e in sound.runs(sound.noisy) if (e - s) * FRAME_S >= NOISE_MIN_S]
    first, last = loud_runs[0][0], loud_runs[-1][1]
    if any(s <= first + 1 for s, _ in noise_runs):
        reasons.append(NOISE_HEAD)
    if any(e >= last - 1 for _, e in noise_runs):
        reasons.append(NOISE_TAIL)
    spoken = (last - first) * FRAME_S
    measured = spoken if speech_s is None else speech_s
    expected = pace.predict_ms(text, speed) / 1000
    if measured < min(expected * SHORT_RATIO, expected - SLACK_S):
        reasons.append(TOO_SHORT)
    elif measured > max(expected * LONG_RATIO, expected + SLACK_S):
        reasons.append(TOO_LONG)
    if alignment is not None:
        reasons += check_alignment(alignment, text, sound)
    return replace(_verdict(reasons), spoken_s=spoken)


def check_alignment(alignment: Alignment, text: str, sound: Sound) -> list[str]:
    """Reasons found in the character alignment of text (and the sound after its last character)."""
    reasons: list[str] = []
    spoken = [i for i, c in enumerate(alignment.characters)
              if c.strip() and alignment.ends[i] > alignment.starts[i]]
    said = "".join(alignment.characters)
    # Words the voice skipped come back as characters of zero length, or not at all.
    if _letters(said) != _letters(text) or _silent_letters(alignment) >= 2:
        reasons.append(UNALIGNED)
    if not spoken:
        return reasons if UNALIGNED in reasons else [*reasons, UNALIGNED]
    for before, after in zip(spoken, spoken[1:]):
        if alignment.starts[after] - alignment.ends[before] > MAX_ALIGNMENT_GAP_S:
            reasons.append(ALIGNMENT_GAP)
            break
    last_end = max(alignment.ends[i] for i in spoken)
    after_frames = sound.loud[int(last_end / FRAME_S):]
    if float(np.count_nonzero(after_frames)) * FRAME_S > MAX_AFTER_END_S:
        reasons.append(SOUND_AFTER_END)
    return reasons


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _silent_letters(alignment: Alignment) -> int:
    """The longest run of letters given no time at all (one can be a rounding artefact)."""
    longest = run = 0
    for char, start, end in zip(alignment.characters, alignment.starts, alignment.ends):
        if not char.isalnum():
            continue
        run = run + 1 if end <= start else 0
        longest = max(longest, run)
    return longest


def _verdict(reasons: Sequence[str]) -> QaVerdict:
    # Faults first, then notes: the message leads with what is wrong.
    unique = tuple(sorted(dict.fromkeys(reasons), key=lambda r: r in NOTES))
    if not unique:
        return QaVerdict()
    status = SUSPECT if any(r not in NOTES for r in unique) else OK
    return QaVerdict(status, unique, "; ".join(MESSAGES[r] for r in unique).capitalize() + ".")


def qa_json(result: Any) -> dict[str, Any] | None:
    """The verdict a synthesis result carries, for the clip's sidecar (None: not checked)."""
    verdict = getattr(result, "qa", None)
    return verdict.as_json() if isinstance(verdict, QaVerdict) else None


def speech_ms_of(result: Any) -> float | None:
    """The speech span measured with the verdict a synthesis result carries, for the sidecar (None: none)."""
    return getattr(getattr(result, "qa", None), "speech_ms", None)


def check_clip(audio: bytes, audio_format: str, text: str, pace: Pace,
               alignment: Alignment | None = None, *, input_rate: int | None = None,
               speed: float = 1.0, alignment_expected: bool = False) -> QaVerdict | None:
    """Decode a clip and check it; None when it cannot be decoded (the caller keeps the clip unchecked:
    a paid clip is never dropped for want of a verdict)."""
    from studio.core.audio_decode import AudioDecodeError, decode_to_pcm

    from studio.core.fit import trim_silence

    try:
        pcm = decode_to_pcm(audio, audio_format, QA_RATE, input_rate=input_rate)
    except AudioDecodeError:
        return None
    # Measured now, on the samples decoded anyway: the fit forecast then never decodes a clip to learn
    # its voice's pace (the trim's 10 ms frames read the same at 16 kHz as at the timeline's 48), and
    # the length is judged in the unit the pace predicts.
    first, end = trim_silence(pcm.samples, QA_RATE)
    speech_ms = (end - first) * 1000 / QA_RATE
    verdict = check(analyse(np.frombuffer(pcm.samples, dtype="<i2"), QA_RATE), text, pace, alignment, speed,
                    alignment_expected=alignment_expected, speech_s=speech_ms / 1000 if end > first else None)
    return replace(verdict, speech_ms=speech_ms)


def check_spec_clip(audio: bytes, audio_format: str, spec: ClipSpec, paces: VoicePaces,
                    alignment: Alignment | None = None, *, input_rate: int | None = None,
                    alignment_expected: bool = False, language: str | None = None) -> QaVerdict | None:
    """The verdict on the clip of spec (rendered, or fetched back from a history), judged against its
    voice's pace at its speed; a clip that passes teaches paces how its voice speaks. The spec names
    no language: language (the lines', as the fit forecast detects it; None: unknown, the default
    reading rate) is the prior the voice's pace starts from until its own clips take over."""
    speed = spec.speed
    verdict = check_clip(audio, audio_format, spec.text, paces.pace(spec.voice, language), alignment,
                         input_rate=input_rate, speed=speed, alignment_expected=alignment_expected)
    if verdict is not None and not verdict.suspect and verdict.speech_ms:
        paces.calibrate(spec.voice, language, spec.text, verdict.speech_ms * speed)
    return verdict


def verdict_of(meta: Any) -> QaVerdict | None:
    """The verdict stored with a cached clip (its ClipMeta), None when it was never checked."""
    return None if meta is None else QaVerdict.from_json(getattr(meta, "qa", None))


def cached_verdicts(cues: Iterable[Cue], settings: RenderSettings, is_cached: Callable[[str], bool],
                    meta: Callable[[str], Any]) -> dict[str, QaVerdict]:
    """The verdicts stored with the cached clips of cues, by clip key (lines never checked are left
    out). Reads a sidecar per cached clip: call it off the GUI thread for a long film."""
    found: dict[str, QaVerdict] = {}
    for cue in cues:
        spec = settings.spec_for(cue)
        if spec is None or spec.key in found or not is_cached(spec.key):
            continue
        verdict = verdict_of(meta(spec.key))
        if verdict is not None:
            found[spec.key] = verdict
    return found


def add_qa_fields(lines: list[dict[str, Any]], verdicts: Callable[[int], QaVerdict | None]) -> None:
    """Add "qa" and "qa_reasons" to the CLI's line objects whose clip was checked (docs/CLI.md)."""
    for line in lines:
        found = verdicts(line["index"])
        if found is not None:
            line["qa"], line["qa_reasons"] = found.status, list(found.reasons)
