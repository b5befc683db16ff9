"""How long a text takes to say, per language, for providers that bill by seconds of audio (Narakeet).

The table is a starting point; calibrate() replaces it with what rendered clips actually measured,
so the estimate the user sees before paying converges on their voices within a few lines.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

# Characters (not words: no tokeniser needed, and it is what we can count for any script) per
# second at normal speed. Rough averages for read-aloud speech; calibration corrects them.
# Scripts with dense characters speak far fewer per second: a Latin default would under-estimate
# their cost three times over, so they have their own entries.
CHARS_PER_SECOND: dict[str, float] = {
    "fr": 14.0, "en": 15.0, "es": 15.0, "it": 14.0, "pt": 14.0, "de": 13.0, "nl": 14.0,
    "cmn": 5.0, "zh": 5.0, "yue": 5.0, "ja": 8.0, "ko": 7.0,
}
DEFAULT_CHARS_PER_SECOND = 14.0
# The table counts as this many clips when averaged with measurements (one odd clip must not swing it).
PRIOR_WEIGHT = 3


def base_language(code: str | None) -> str:
    """ "fr-FR" → "fr", "cmn-CN" → "cmn", "en-GB-SCT" → "en", None → ""."""
    return (code or "").replace("_", "-").split("-")[0].lower()


@dataclass
class _Average:
    rate: float
    weight: int


class SpeakingRates:
    """Per-language characters per second, a running average over measured clips (thread-safe)."""

    def __init__(self, table: dict[str, float] | None = None, default: float = DEFAULT_CHARS_PER_SECOND):
        self._table = dict(CHARS_PER_SECOND if table is None else table)
        self._default = default
        self._measured: dict[str, _Average] = {}
        self._lock = threading.Lock()

    def rate(self, language: str | None) -> float:
        key = base_language(language)
        with self._lock:
            if key in self._measured:
                return self._measured[key].rate
            return self._table.get(key, self._default)

    def seconds(self, text: str, language: str | None, speed: float = 1.0) -> float:
        """Seconds of speech for text (whitespace runs count as one character)."""
        chars = len(" ".join(text.split()))
        return chars / self.rate(language) / (speed or 1.0)

    def calibrate(self, language: str | None, chars: int, seconds: float) -> None:
        """Fold in one rendered clip: chars spoken in seconds (measured from the decoded audio)."""
        if chars <= 0 or seconds <= 0:
            return
        key = base_language(language)
        observed = chars / seconds
        with self._lock:
            current = self._measured.get(key) or _Average(self._table.get(key, self._default), PRIOR_WEIGHT)
            weight = current.weight + 1
            self._measured[key] = _Average(current.rate + (observed - current.rate) / weight, weight)
