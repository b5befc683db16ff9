"""What one clip costs, in the provider's unit, from a tariff the provider hands over once.

The tariff is plain data (fetched off the GUI thread: it may need `GET /v1/models`), so costing a line
is pure arithmetic: the table recosts a line on every keystroke and the CLI costs a whole film without
a single request.

- ElevenLabs: characters of the exact text sent × the model's credits per character
  (`character_cost_multiplier` × `cost_discount_multiplier`) × the voice's custom rate (library voices
  that have one), rounded up to a whole credit per request (the `character-cost` header is an integer;
  rounding up keeps the estimate on the safe side).
- Narakeet: seconds of audio, estimated from the text with a per-language speaking rate that clips
  already rendered calibrate, rounded up to a whole second per request as Narakeet bills.
- Offline: nothing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from studio.core.clip_spec import ClipSpec
from studio.core.speaking_rate import SpeakingRates

UNIT_CREDITS = "credits"
UNIT_SECONDS = "seconds"
UNIT_NONE = "none"
# Float products such as 10 × 1.1 land a hair above the whole number; that must not cost one more.
_EPSILON = 1e-9
# A price from the provider's answer is believed only inside these bounds; outside (negative, zero,
# NaN, infinite, absurd) it is unknown and the list price stands in, so a lying or broken answer can
# never make a job look free. ElevenLabs documents 0.5 and 1.0 credits per character (Flash/Turbo,
# the others), with a discount multiplier <= 1: 5 leaves room for a pricier future model.
MAX_PLAUSIBLE_PER_CHAR = 5.0
LIST_PRICE_PER_CHAR = 1.0  # ElevenLabs' most expensive documented rate: 1 credit per character
# Library voices multiply the price by their owner's rate ("The rate multiplier of the voice", no
# documented range); above 10 it is no rate anyone would pay. An unknown rate assumes the cap.
MAX_PLAUSIBLE_VOICE_RATE = 10.0


def plausible(value: object, upper: float) -> bool:
    """Whether a price read from an answer is a number in (0, upper]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value) and 0 < value <= upper


def round_up(amount: float) -> float:
    return float(math.ceil(amount - _EPSILON)) if amount > 0 else 0.0


@dataclass(frozen=True)
class Tariff:
    """How a provider prices a clip. Build it with the provider's `tariff()` (it may block)."""

    provider: str
    unit: str = UNIT_NONE
    # Credits per character by model id (ElevenLabs); models not listed cost `unknown_model_rate`.
    per_char: Mapping[str, float] = field(default_factory=dict)
    default_model: str | None = None
    unknown_model_rate: float = LIST_PRICE_PER_CHAR  # too high rather than too low
    # Custom price multipliers of library voices (and library copies) by voice id.
    voice_rates: Mapping[str, float] = field(default_factory=dict)
    # Seconds-billed providers: speaking rate per language, and each voice's language.
    speaking: SpeakingRates | None = None
    voice_languages: Mapping[str, str] = field(default_factory=dict)
    # Where the per-character rates came from ("live" or the built-in table's source), for tooltips.
    source: str = ""

    def credits_per_char(self, model: str | None) -> float:
        rate = self.per_char.get(model or self.default_model or "")
        return float(rate) if plausible(rate, MAX_PLAUSIBLE_PER_CHAR) else self.unknown_model_rate

    def voice_rate(self, voice: str) -> float | None:
        """The voice's price multiplier (None: none); an implausible one assumes the cap."""
        if voice not in self.voice_rates:
            return None
        rate = self.voice_rates[voice]
        return float(rate) if plausible(rate, MAX_PLAUSIBLE_VOICE_RATE) else MAX_PLAUSIBLE_VOICE_RATE

    def price_known(self, spec: ClipSpec | None) -> bool:
        """False when the answer's price for this clip was missing or implausible (the estimate then
        assumes the most expensive plausible rate: show it as unknown)."""
        if spec is None or self.unit != UNIT_CREDITS:
            return True
        known_model = plausible(self.per_char.get(spec.model or self.default_model or ""), MAX_PLAUSIBLE_PER_CHAR)
        rate = self.voice_rates.get(spec.voice, 1.0)
        return known_model and plausible(rate, MAX_PLAUSIBLE_VOICE_RATE)

    def cost(self, spec: ClipSpec | None) -> float:
        """The cost of rendering this clip (0 for no clip or a free provider)."""
        if spec is None or self.unit == UNIT_NONE or not spec.text.strip():
            return 0.0
        if self.unit == UNIT_SECONDS:
            speaking = self.speaking or SpeakingRates()
            speed = dict(spec.settings).get("speed") or 1.0
            seconds = speaking.seconds(spec.text, self.voice_languages.get(spec.voice), float(speed))
            return max(1.0, round_up(seconds))
        amount = spec.chars * self.credits_per_char(spec.model)
        rate = self.voice_rate(spec.voice)
        if rate is not None:
            amount *= rate
        return round_up(amount)


FREE = Tariff("offline")
