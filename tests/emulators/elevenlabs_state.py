"""The ElevenLabs emulator's accounts, voices, library and models, rendered as the spec's JSON models.

JSON shapes start from the official schema examples (reference/elevenlabs-examples.json) so that the
fields we do not model still look like the real thing; tests check the results against the spec.
"""

from __future__ import annotations

import copy
import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Official example bodies (copied from the project's reference folder, with their sources inside).
EXAMPLES_PATH = Path(__file__).resolve().parents[1] / "data" / "elevenlabs" / "elevenlabs-examples.json"
EXAMPLES: dict[str, Any] = json.loads(EXAMPLES_PATH.read_text(encoding="utf-8"))
SCHEMA_EXAMPLES = EXAMPLES["schema_examples"]
ERROR_EXAMPLES = EXAMPLES["error_examples"]


@dataclass
class LibraryVoice:
    """A voice shared in the Voice Library by someone else."""

    voice_id: str
    name: str
    public_owner_id: str
    language: str = "en"
    gender: str = "female"
    accent: str = "american"
    use_case: str = "narrative_story"
    category: str = "professional"
    rate: float | None = None     # custom price multiplier; None = the default price
    description: str = ""

    def as_json(self, added: bool | None) -> dict[str, Any]:
        item = copy.deepcopy(SCHEMA_EXAMPLES["GetLibraryVoicesResponseModel"]["voices"][0])
        item.update(voice_id=self.voice_id, name=self.name, public_owner_id=self.public_owner_id,
                    language=self.language, gender=self.gender, accent=self.accent, use_case=self.use_case,
                    category=self.category, rate=self.rate,
                    description=self.description or item["description"])
        for entry in item["verified_languages"]:
            entry["language"] = self.language
        if added is not None:  # optional in the spec: None leaves it out, as an older API would
            item["is_added_by_user"] = added
        return item


@dataclass
class EmuVoice:
    """A voice in an account's My Voices."""

    voice_id: str
    name: str
    category: str = "cloned"              # premade | cloned | generated | professional
    labels: dict[str, str] = field(default_factory=dict)
    copied_from: LibraryVoice | None = None  # a library copy

    @property
    def takes_slot(self) -> bool:
        return self.category != "premade"  # "Default voices do not take up any of your custom voice slots"

    def as_json(self) -> dict[str, Any]:
        example = SCHEMA_EXAMPLES["GetVoicesResponseModel"]["voices"][0]
        item: dict[str, Any] = {
            "voice_id": self.voice_id, "name": self.name, "category": self.category,
            "labels": dict(self.labels or {"accent": "british", "gender": "male", "language": "en"}),
            "available_for_tiers": [],
            "high_quality_base_model_ids": list(example["high_quality_base_model_ids"]),
            "description": None, "preview_url": f"https://example.invalid/preview/{self.voice_id}.mp3",
            "settings": dict(example["settings"]),
            "is_owner": self.category != "premade" and not self.copied_from,
            "is_legacy": False, "is_mixed": False, "created_at_unix": 1714204800,
        }
        if self.copied_from:
            sharing = copy.deepcopy(example["sharing"])
            src = self.copied_from
            sharing.update(status="copied", public_owner_id=src.public_owner_id,
                           original_voice_id=src.voice_id, rate=src.rate, name=src.name,
                           category=src.category)
            item["sharing"] = sharing
            item["category"] = src.category
        return item


@dataclass
class Account:
    key: str
    tier: str = "creator"
    character_limit: int = 100_000
    character_count: int = 0
    can_extend_character_limit: bool = False
    max_credit_limit_extension: int | str = 0  # "unlimited" or an int; 0 = usage-based billing off
    voice_limit: int = 30
    next_reset_unix: int = field(default_factory=lambda: int(time.time()) + 12 * 86400)
    max_concurrency: int = 5
    voices: dict[str, EmuVoice] = field(default_factory=dict)
    usage: list[tuple[float, float]] = field(default_factory=list)  # (unix seconds, credits)
    in_flight: int = 0
    peak_in_flight: int = 0  # most syntheses in flight at once (render job concurrency tests)
    # Speech history (GET /v1/history): every generation, billed whether or not its answer arrived.
    history: list[dict[str, Any]] = field(default_factory=list)
    history_audio: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # id -> (audio, content type)
    pronunciation_dictionaries: dict[str, Any] = field(default_factory=dict)  # id -> EmuDictionary

    @property
    def voice_slots_used(self) -> int:
        return sum(1 for v in self.voices.values() if v.takes_slot)

    @property
    def slots_full(self) -> bool:
        return self.voice_slots_used >= self.voice_limit

    def can_spend(self, credits: int) -> bool:
        left = self.character_limit - self.character_count
        if self.can_extend_character_limit and self.max_credit_limit_extension == "unlimited":
            return True
        if self.can_extend_character_limit and isinstance(self.max_credit_limit_extension, int):
            left += self.max_credit_limit_extension
        return credits <= left

    def spend(self, credits: int, when: float | None = None) -> None:
        self.character_count += credits
        self.usage.append((when if when is not None else time.time(), float(credits)))

    def subscription_json(self) -> dict[str, Any]:
        data = copy.deepcopy(SCHEMA_EXAMPLES["ExtendedSubscriptionResponseModel"])
        extension = self.max_credit_limit_extension
        data.update(tier=self.tier, character_count=self.character_count,
                    character_limit=self.character_limit,
                    can_extend_character_limit=self.can_extend_character_limit,
                    allowed_to_extend_character_limit=self.can_extend_character_limit,
                    max_credit_limit_extension=extension,
                    max_character_limit_extension=extension if isinstance(extension, int) else 0,
                    next_character_count_reset_unix=self.next_reset_unix,
                    voice_slots_used=self.voice_slots_used, voice_limit=self.voice_limit,
                    status="free" if self.tier == "free" else "active")
        return data


@dataclass(frozen=True)
class EmuModel:
    model_id: str
    name: str
    multiplier: float
    discount: float = 1.0
    max_chars: int = 10_000
    languages: tuple[str, ...] = ("en", "fr")
    # What /v1/models claims, when it lies (negative, 0, NaN, …); billing always uses `multiplier`.
    advertised: Any = None

    def credits_for(self, text: str, rate: float | None = None) -> int:
        # Billing in whole credits; the exact rounding of the real API is unknown, ceil is the safe side.
        # The same tolerance as the app: 10 × 1.1 is 11 credits, not 12.
        return math.ceil(len(text) * self.multiplier * self.discount * (rate if rate is not None else 1.0) - 1e-9)

    def as_json(self) -> dict[str, Any]:
        data = copy.deepcopy(SCHEMA_EXAMPLES["ModelResponseModel"])
        data.update(model_id=self.model_id, name=self.name, maximum_text_length_per_request=self.max_chars,
                    model_rates={"character_cost_multiplier": self.multiplier if self.advertised is None
                                 else self.advertised,
                                 "cost_discount_multiplier": self.discount},
                    languages=[{"language_id": code, "name": code} for code in self.languages],
                    concurrency_group=f"standard_{self.model_id}")
        return data


DEFAULT_MODELS = (
    EmuModel("eleven_multilingual_v2", "Eleven Multilingual v2", 1.0, max_chars=10_000),
    EmuModel("eleven_flash_v2_5", "Eleven Flash v2.5", 0.5, max_chars=40_000),
    # A discounted model, to pin down our documented choice of applying cost_discount_multiplier.
    EmuModel("eleven_turbo_v2_5", "Eleven Turbo v2.5", 0.5, discount=0.8, max_chars=40_000),
    EmuModel("eleven_v3", "Eleven v3", 1.0, max_chars=3_000),
)

PREMADE = (EmuVoice("21m00Tcm4TlvDq8ikWAM", "Rachel", "premade"),
           EmuVoice("pNInz6obpgDQGcFmaJgB", "Adam", "premade"))

LIBRARY = (
    LibraryVoice("sB1b5zUrxQVAFl2PhZFp", "Alita",
                 "63e84100a6bf7874ba37a1bab9a31828a379ec94b891b401653b655c5110880f"),
    LibraryVoice("LibFrAmelie000000001", "Amélie", "owner-fr-1", language="fr", accent="parisian",
                 use_case="narrative_story"),
    LibraryVoice("LibFrPremium00000002", "Bastien Premium", "owner-fr-2", language="fr", gender="male",
                 accent="parisian", rate=2.0),
    LibraryVoice("LibEnAlready00000003", "Already Added", "owner-en-3", gender="male"),
)


def new_account(key: str, **settings: Any) -> Account:
    """An account with the default voices, one cloned voice and one library copy (two slots used)."""
    account = Account(key=key, **settings)
    for voice in PREMADE:
        account.voices[voice.voice_id] = copy.deepcopy(voice)
    account.voices["MyClone000000000001"] = EmuVoice("MyClone000000000001", "My narrator", "cloned")
    already = LIBRARY[3]
    account.voices[already.voice_id] = EmuVoice(already.voice_id, already.name, copied_from=already)
    return account
