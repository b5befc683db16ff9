"""ElevenLabs models: what a character costs on each, and how long one request may be.

Cost formula (reference/elevenlabs.md §4, marked UNCONFIRMED there): we estimate
    len(text) × character_cost_multiplier × cost_discount_multiplier × voice rate.
The spec describes cost_discount_multiplier as the "Discount multiplier applied to cost estimates", so we
apply it; it defaults to 1.0, so with today's values this changes nothing, and when it is below 1 the
worst case is an estimate slightly under the bill, which the `character-cost` header of every synthesis
then corrects (the render job records the actual cost).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_MODEL = "eleven_multilingual_v2"  # the spec's default for model_id


@dataclass(frozen=True)
class ElevenLabsModel:
    model_id: str
    name: str
    character_cost_multiplier: float = 1.0
    cost_discount_multiplier: float = 1.0
    max_text_length: int | None = None
    languages: tuple[str, ...] = ()
    can_do_text_to_speech: bool = True

    @property
    def credits_per_character(self) -> float:
        return self.character_cost_multiplier * self.cost_discount_multiplier


_V2_LANGS = ("en ja zh de hi fr ko pt it es id nl tr fil pl sv bg ro ar cs el fi hr ms sk da ta uk "
             "ru").split()

# Used only when GET /v1/models fails (offline, a key without models_read). Multipliers: help centre
# "How do I find the model ID" (older version: "Flash and Turbo models cost 1 credit per 2 characters,
# all other models cost 1 credit per character") and docs snippet tts-models.mdx ("50% lower price per
# character"). Limits and languages: docs repo fern/docs/pages/models.mdx (2025-08-25) and commit d4e38bf
# (v3: 3,000). Both are historic values; the live /v1/models answer always wins.
FALLBACK_SOURCE = "built-in table (ElevenLabs help centre and docs, 2025)"
FALLBACK_MODELS: dict[str, ElevenLabsModel] = {m.model_id: m for m in (
    ElevenLabsModel("eleven_multilingual_v2", "Eleven Multilingual v2", 1.0, 1.0, 10_000, tuple(_V2_LANGS)),
    ElevenLabsModel("eleven_v3", "Eleven v3", 1.0, 1.0, 3_000, ()),
    ElevenLabsModel("eleven_flash_v2_5", "Eleven Flash v2.5", 0.5, 1.0, 40_000,
                    tuple(_V2_LANGS) + ("hu", "no", "vi")),
    ElevenLabsModel("eleven_turbo_v2_5", "Eleven Turbo v2.5", 0.5, 1.0, 40_000,
                    tuple(_V2_LANGS) + ("hu", "no", "vi")),
    ElevenLabsModel("eleven_flash_v2", "Eleven Flash v2", 0.5, 1.0, 30_000, ("en",)),
    ElevenLabsModel("eleven_turbo_v2", "Eleven Turbo v2", 0.5, 1.0, 30_000, ("en",)),
)}


def _number(value: Any, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def parse_model(item: dict[str, Any]) -> ElevenLabsModel:
    """One ModelResponseModel; missing rates fall back to the table, then to 1 credit per character."""
    model_id = str(item.get("model_id") or "")
    known = FALLBACK_MODELS.get(model_id)
    rates = item.get("model_rates") if isinstance(item.get("model_rates"), dict) else {}
    limit = item.get("maximum_text_length_per_request")
    return ElevenLabsModel(
        model_id=model_id,
        name=str(item.get("name") or model_id),
        character_cost_multiplier=_number(rates.get("character_cost_multiplier"),
                                          known.character_cost_multiplier if known else 1.0),
        cost_discount_multiplier=_number(rates.get("cost_discount_multiplier"), 1.0),
        max_text_length=(int(limit) if isinstance(limit, (int, float))
                         else known.max_text_length if known else None),
        languages=tuple(str(lang.get("language_id")) for lang in item.get("languages") or []
                        if isinstance(lang, dict) and lang.get("language_id")),
        can_do_text_to_speech=bool(item.get("can_do_text_to_speech", True)),
    )


def parse_models(payload: Any) -> dict[str, ElevenLabsModel]:
    if not isinstance(payload, list):
        raise ValueError("models: expected a JSON array")
    models = [parse_model(item) for item in payload if isinstance(item, dict) and item.get("model_id")]
    return {m.model_id: m for m in models}
