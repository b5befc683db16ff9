"""How long a voice takes to say a text: a per-voice model fitted on its clips already rendered.

    speech_ms = onset_ms + chars × char_ms + pauses × pause_ms + stops × stop_ms

chars: the characters of the text (a whitespace run counts as one); pauses: the commas, semicolons,
colons, dashes and ellipses inside it; stops: the full stops, question and exclamation marks that end
a sentence with another one after it. A voice stops for breath at each of them, which a rate per
character alone spreads over every character (a line of short sentences then comes out too short,
a long plain line too long). onset_ms is what every clip spends whatever its text: the fit's trim keeps
130 ms of margin round the speech, and a voice takes a moment to start. Characters, not syllables:
syllables counted as vowel groups forecast worse on the benchmark's voices (17-31 % error against
7-10 %), and characters can be counted in any script.

The four numbers are fitted per voice by least squares on its clips' speech spans (the fit's own
silence trim), pulled towards a prior from the language's reading rate (studio.core.speaking_rate).
The pull is a fixed penalty, so its weight shrinks as clips accumulate: with one clip the prior weighs
most, after a few clips the rate is the voice's, and the pauses' allowances follow once clips with pauses
have been heard. tests/bench/bench_forecast.py measures it against the rate per character it replaced.

Before a voice has any clip, the forecast (VoicePaces.predict_ms) is that old rule, the characters at
the language's table rate, not the prior: with nothing of the voice heard, what decides a call is how
far the table's rate is from the voice's (the benchmark's voices speak 12-44 % faster than it), not the
shape. The prior's shape then called fewer lines right (74 % against 79 %): it forecasts the pauses a
rate per character misses, and those misses had been offsetting the table's slowness on pause-heavy
lines. The shape is not wrong: given each voice's real rate, the prior forecasts better than the rate
per character (error 9 % against 13.5 %, 92 % of lines called right against 89 %). It takes over from
the first clip. Clip QA still judges a first clip by the prior, whose allowances keep a line of five
short sentences from looking far too long.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from studio.core.speaking_rate import CHARS_PER_SECOND, DEFAULT_CHARS_PER_SECOND, base_language

# A pause with more text after it (the silence after the last word is trimmed off, not spoken).
_PAUSE = re.compile(r"(?:[,;:\u2014\u2013\u3001\uff0c\uff1b\uff1a]|\.{2,}|\u2026)(?=\s*\S)")
# A sentence's end followed by more text (an ellipsis is a pause, not a stop).
_STOP = re.compile(r"(?<!\.)[.!?\u3002\uff01\uff1f]+(?=\s*\S)")

# The prior's shape: what a clip spends whatever its text, and a breath at a pause and at a stop.
PRIOR_ONSET_MS, PRIOR_PAUSE_MS, PRIOR_STOP_MS = 120.0, 200.0, 350.0
# The language's table rate counts the pauses of a typical line (40 characters, a pause in two lines
# and a stop in five): the prior's rate per character is what is left once they are taken out.
_TYPICAL_CHARS, _TYPICAL_PAUSES, _TYPICAL_STOPS = 40.0, 0.4, 0.2
# How hard the prior pulls: moving a number away from it costs PRIOR_STRENGTH × (scale × change)²,
# as would a clip mispredicted by scale × change. The rate weighs half a typical clip of 40
# characters; a pause's allowance as much as four or five clips with one pause each (a pause is
# rarer than a character: three clips must not make it up from noise). Tuned on espeak-ng and Piper
# clips (tests/bench/bench_forecast.py): a pull from half to three times as strong moved the mean error
# by at most a point with 3 clips known, under half a point with all 30.
PRIOR_STRENGTH = 0.5
_SCALE = np.array([_TYPICAL_CHARS, 3.0, 3.0, 3.0])


@dataclass(frozen=True)
class TextShape:
    """What of a text takes time to say."""

    chars: int
    pauses: int
    stops: int

    @classmethod
    def of(cls, text: str) -> TextShape:
        flat = " ".join(text.split())
        return cls(len(flat), len(_PAUSE.findall(flat)), len(_STOP.findall(_PAUSE.sub(",", flat))))

    def row(self) -> list[float]:
        return [float(self.chars), float(self.pauses), float(self.stops), 1.0]


@dataclass(frozen=True)
class Pace:
    """One voice's numbers (ms); clips: how many of its clips they were fitted on (0: the prior alone)."""

    char_ms: float
    pause_ms: float
    stop_ms: float
    onset_ms: float
    clips: int = 0

    def predict_ms(self, text: str, speed: float = 1.0) -> float:
        shape = TextShape.of(text)
        if shape.chars == 0:
            return 0.0
        said = (self.onset_ms + shape.chars * self.char_ms + shape.pauses * self.pause_ms
                + shape.stops * self.stop_ms)
        return max(said, 0.0) / (speed or 1.0)

    def vector(self) -> np.ndarray:
        return np.array([self.char_ms, self.pause_ms, self.stop_ms, self.onset_ms])


def _table_rate(language: str | None) -> float:
    return CHARS_PER_SECOND.get(base_language(language), DEFAULT_CHARS_PER_SECOND)


def table_pace(language: str | None, rate: float | None = None) -> Pace:
    """The language's reading rate per character alone (no onset, no allowances): the forecast for a
    voice with no clip yet (why: the module's docstring). rate: as for prior_pace."""
    return Pace(1000 / (rate or _table_rate(language)), 0.0, 0.0, 0.0)


def prior_pace(language: str | None, rate: float | None = None) -> Pace:
    """The language's reading rate, as a Pace: a typical line takes as long as the table says (rate:
    characters a second to use instead of the table's)."""
    rate = rate or _table_rate(language)
    spent = PRIOR_ONSET_MS + _TYPICAL_PAUSES * PRIOR_PAUSE_MS + _TYPICAL_STOPS * PRIOR_STOP_MS
    char_ms = (_TYPICAL_CHARS * 1000 / rate - spent) / _TYPICAL_CHARS
    return Pace(char_ms, PRIOR_PAUSE_MS, PRIOR_STOP_MS, PRIOR_ONSET_MS)


def fit_pace(clips: Sequence[tuple[str, float]], language: str | None) -> Pace:
    """The Pace fitted on (text, speech ms) clips, pulled towards the language's prior (ridge regression)."""
    return _fit_shapes([(TextShape.of(text), ms) for text, ms in clips], language)


def _fit_shapes(clips: Sequence[tuple[TextShape, float]], language: str | None) -> Pace:
    prior = prior_pace(language)
    usable = [(shape, ms) for shape, ms in clips if ms > 0 and shape.chars > 0]
    if not usable:
        return prior
    x = np.array([shape.row() for shape, _ in usable])
    y = np.array([ms for _, ms in usable])
    pull = np.diag(PRIOR_STRENGTH * _SCALE ** 2)
    numbers = np.linalg.solve(x.T @ x + pull, x.T @ y + pull @ prior.vector())
    char_ms = max(float(numbers[0]), 1.0)  # a voice cannot speak in no time, whatever a few clips say
    pause_ms, stop_ms, onset_ms = (max(float(n), 0.0) for n in numbers[1:])
    return Pace(char_ms, pause_ms, stop_ms, onset_ms, len(usable))


@dataclass
class VoicePaces:
    """Clips per voice, and each voice's Pace fitted on them when first asked for (thread-safe: clip
    QA calibrates it from the render's worker threads)."""

    # Shapes, not texts: clip QA refits after every clip of a render, and counting a film's texts
    # again each time took 5.5 s over 1,500 clips (0.6 s with their shapes kept).
    _clips: dict[tuple[str, str], list[tuple[TextShape, float]]] = field(default_factory=dict)
    _fitted: dict[tuple[str, str], Pace] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def calibrate(self, voice: str, language: str | None, text: str, speech_ms: float) -> None:
        key = (voice, base_language(language))
        with self._lock:
            self._clips.setdefault(key, []).append((TextShape.of(text), speech_ms))
            self._fitted.pop(key, None)

    def pace(self, voice: str, language: str | None) -> Pace:
        key = (voice, base_language(language))
        with self._lock:
            if key not in self._fitted:
                self._fitted[key] = _fit_shapes(self._clips.get(key, ()), language)
            return self._fitted[key]

    def predict_ms(self, voice: str, language: str | None, text: str, speed: float = 1.0) -> float:
        """The forecast: the voice's pace once it has a clip, else the table's rate per character (pace()
        gives the prior then, which clip QA judges a first clip by)."""
        pace = self.pace(voice, language)
        return (pace if pace.clips else table_pace(language)).predict_ms(text, speed)
