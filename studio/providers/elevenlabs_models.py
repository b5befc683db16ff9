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

from studio.providers.answers import MAX_COUNT, Answer, price

DEFAULT_MODEL = "eleven_multilingual_v2"  # the spec's default for model_id
ANSWER = Answer("ElevenLabs")


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


def parse_model(item: Any) -> ElevenLabsModel:
    """One ModelResponseModel; missing rates fall back to the table, then to 1 credit per character.

    A rate that is not a finite number counts as missing; a finite one passes through as sent (whether
    it is plausible is studio/core/cost.py's call). Anything else of the wrong type is BAD_RESPONSE.
    """
    item = ANSWER.obj(item, "a model")
    model_id = ANSWER.text(item, "model_id", required=True)
    assert model_id is not None  # required=True
    known = FALLBACK_MODELS.get(model_id)
    rates = ANSWER.obj(item["model_rates"], "model_rates") if item.get("model_rates") is not None else {}
    multiplier = price(rates.get("character_cost_multiplier"))
    discount = price(rates.get("cost_discount_multiplier"))
    limit = price(item.get("maximum_text_length_per_request"))
    languages = ANSWER.array(item.get("languages") or [], "languages")
    return ElevenLabsModel(
        model_id=model_id,
        name=ANSWER.text(item, "name") or model_id,
        character_cost_multiplier=(multiplier if multiplier is not None
                                   else known.character_cost_multiplier if known else 1.0),
        cost_discount_multiplier=discount if discount is not None else 1.0,
        # A limit below one character or beyond 2**53 is no limit we can use: the table's, or none.
        max_text_length=(int(limit) if limit is not None and 1 <= limit <= MAX_COUNT
                         else known.max_text_length if known else None),
        languages=tuple(code for code in (ANSWER.text(ANSWER.obj(lang, "a language"), "language_id")
                                          for lang in languages) if code),
        can_do_text_to_speech=ANSWER.flag(item, "can_do_text_to_speech") is not False,
    )


def parse_models(payload: Any) -> dict[str, ElevenLabsModel]:
    """GET /v1/models -> models by id; BAD_RESPONSE (a ProviderError) when the answer is malformed."""
    models = [parse_model(item) for item in ANSWER.array(payload, "the model list")]
    return {m.model_id: m for m in models}
