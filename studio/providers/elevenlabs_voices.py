"""ElevenLabs voice JSON -> Voice, tagged with what the user fears: "is it mine, will it take a slot?".

- Default (premade) voices never take a slot (docs default-voices.mdx: "Default voices do not take up any
  of your custom voice slots").
- Voices in My Voices (cloned, generated, professional, library copies) already hold their slot.
- A library voice not yet added takes a slot the first time it is used for speech (reported behaviour,
  reference §2 "Auto-add on generation"), and fails with voice_limit_reached when slots are full.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio.providers.answers import Answer, price
from studio.providers.base import Voice

# sharing.status of a voice copied from the Voice Library into My Voices (VoiceSharingResponseModel).
COPIED_STATUSES = frozenset({"copied", "copied_disabled"})
ANSWER = Answer("ElevenLabs")


@dataclass(frozen=True)
class VoiceListing:
    """One page of a voice listing as the API gave it (items checked, not yet turned into Voices)."""

    items: list[dict[str, Any]]
    has_more: bool
    next_page_token: str | None = None


def parse_listing(payload: Any, *, token: bool) -> VoiceListing:
    """GetVoicesV2ResponseModel (token=True) or GetLibraryVoicesResponseModel: BAD_RESPONSE if malformed."""
    data = ANSWER.obj(payload, "the voice list")
    items = [ANSWER.obj(item, "a voice") for item in ANSWER.array(data.get("voices"), "voices")]
    for item in items:
        ANSWER.text(item, "voice_id", required=True)
    has_more = bool(ANSWER.flag(data, "has_more"))
    next_token = ANSWER.text(data, "next_page_token") if token else None
    return VoiceListing(items, has_more and (next_token is not None or not token), next_token)


def _labels(raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    labels = ANSWER.obj(raw, "labels")
    for key in labels:
        ANSWER.text(labels, key)  # each label is text (or null)
    return {str(k): str(v) for k, v in labels.items() if v not in (None, "")}


def _first_language(item: dict[str, Any], labels: dict[str, str]) -> str | None:
    language = ANSWER.text(item, "language")
    if language:
        return language
    for entry in ANSWER.array(item.get("verified_languages") or [], "verified_languages"):
        found = ANSWER.text(ANSWER.obj(entry, "a verified language"), "language")
        if found:
            return found
    return labels.get("language")


def my_voice(item: dict[str, Any], *, community: bool = False) -> Voice:
    """One VoiceResponseModel from /v2/voices. community=True when listed with voice_type=community."""
    item = ANSWER.obj(item, "a voice")
    voice_id = ANSWER.text(item, "voice_id", required=True)
    labels = _labels(item.get("labels"))
    category = ANSWER.text(item, "category") or "cloned"
    sharing = ANSWER.obj(item["sharing"], "sharing") if item.get("sharing") is not None else {}
    copied = community or (ANSWER.text(sharing, "status") or "") in COPIED_STATUSES
    return Voice(
        id=voice_id,
        name=ANSWER.text(item, "name") or voice_id,
        category=category,
        language=_first_language(item, labels),
        labels=labels,
        in_my_voices=True,
        uses_slot_if_used=False,
        preview_url=ANSWER.text(item, "preview_url"),
        description=ANSWER.text(item, "description") or labels.get("description") or "",
        # The owner's own sharing rate is what *others* pay; only a copy's rate applies to this user.
        public_owner_id=ANSWER.text(sharing, "public_owner_id") if copied else None,
        rate=price(sharing.get("rate")) if copied else None,
        library_copy=copied,
    )


def library_voice(item: dict[str, Any], *, added: bool | None = None) -> Voice:
    """One LibraryVoiceResponseModel from /v1/shared-voices.

    `added` overrides is_added_by_user when the caller checked My Voices itself (the field is optional
    in the spec); when neither says, we assume it is not added: warning about a slot that turns out to
    be free is better than silently taking one.
    """
    item = ANSWER.obj(item, "a library voice")
    voice_id = ANSWER.text(item, "voice_id", required=True)
    said = ANSWER.flag(item, "is_added_by_user")
    if added is None:
        added = bool(said)
    labels = _labels({key: item.get(key) for key in ("accent", "gender", "age", "descriptive", "use_case",
                                                     "language", "locale")})
    return Voice(
        id=voice_id,
        name=ANSWER.text(item, "name") or voice_id,
        category="library",
        language=_first_language(item, labels),
        labels=labels,
        in_my_voices=added,
        uses_slot_if_used=not added,
        preview_url=ANSWER.text(item, "preview_url"),
        description=ANSWER.text(item, "description") or "",
        public_owner_id=ANSWER.text(item, "public_owner_id"),
        rate=price(item.get("rate")),
        library_copy=added,
    )
