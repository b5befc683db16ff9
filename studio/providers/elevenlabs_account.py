"""ElevenLabs /v1/user/subscription -> Balance and voice slots, every field checked (answers.Answer).

character_count and character_limit are what the balance panel shows, so they must be there and be
plausible counts; the other fields are optional here (a proxy or an older API may omit them) but must
have their documented type when present.
"""

from __future__ import annotations

from typing import Any

from studio.providers.answers import Answer
from studio.providers.base import Balance

ANSWER = Answer("ElevenLabs")


def parse_subscription(payload: Any) -> dict[str, Any]:
    """The SubscriptionResponseModel object, or BAD_RESPONSE (also checks the fields balance() reads)."""
    data = ANSWER.obj(payload, "the subscription")
    subscription_balance(data)  # refuse it now rather than cache an answer that cannot be shown
    return data


def slots(data: dict[str, Any]) -> tuple[int | None, int | None]:
    """(voice_slots_used, voice_limit) of a parsed subscription."""
    return ANSWER.whole(data, "voice_slots_used"), ANSWER.whole(data, "voice_limit")


def subscription_balance(data: dict[str, Any], provider: str = "elevenlabs",
                         unit: str = "credits") -> Balance:
    limit = ANSWER.count(data, "character_limit", required=True)
    used = ANSWER.count(data, "character_count", required=True)
    assert limit is not None and used is not None  # required=True
    # max_credit_limit_extension: an int or "unlimited"; 0 means usage-based billing is disabled.
    key = ("max_credit_limit_extension" if "max_credit_limit_extension" in data
           else "max_character_limit_extension")
    extension: Any = data.get(key)
    if extension != "unlimited":
        extension = ANSWER.count(data, key)
    overage = bool(ANSWER.flag(data, "can_extend_character_limit")) and extension not in (0, None)
    used_slots, limit_slots = slots(data)
    return Balance(
        provider=provider, unit=unit, remaining=max(0.0, limit - used), limit=limit, used=used,
        resets_at=ANSWER.moment(data, "next_character_count_reset_unix"), tier=ANSWER.text(data, "tier"),
        overage_allowed=overage, voice_slots_used=used_slots, voice_limit=limit_slots,
    )
