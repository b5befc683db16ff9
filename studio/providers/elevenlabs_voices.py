"""ElevenLabs voice JSON -> Voice, tagged with what the user fears: "is it mine, will it take a slot?".

- Default (premade) voices never take a slot (docs default-voices.mdx: "Default voices do not take up any
  of your custom voice slots").
- Voices in My Voices (cloned, generated, professional, library copies) already hold their slot.
- A library voice not yet added takes a slot the first time it is used for speech (reported behaviour,
  reference §2 "Auto-add on generation"), and fails with voice_limit_reached when slots are full.
"""

from __future__ import annotations

from typing import Any

from studio.providers.base import Voice

# sharing.status of a voice copied from the Voice Library into My Voices (VoiceSharingResponseModel).
COPIED_STATUSES = frozenset({"copied", "copied_disabled"})


def _labels(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): str(v) for k, v in raw.items() if v not in (None, "")}


def _rate(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _first_language(item: dict[str, Any], labels: dict[str, str]) -> str | None:
    if item.get("language"):
        return str(item["language"])
    for entry in item.get("verified_languages") or []:
        if isinstance(entry, dict) and entry.get("language"):
            return str(entry["language"])
    return labels.get("language")


def my_voice(item: dict[str, Any], *, community: bool = False) -> Voice:
    """One VoiceResponseModel from /v2/voices. community=True when listed with voice_type=community."""
    labels = _labels(item.get("labels"))
    category = str(item.get("category") or "cloned")
    sharing = item.get("sharing") if isinstance(item.get("sharing"), dict) else {}
    copied = community or str(sharing.get("status") or "") in COPIED_STATUSES
    return Voice(
        id=str(item["voice_id"]),
        name=str(item.get("name") or item["voice_id"]),
        category=category,
        language=_first_language(item, labels),
        labels=labels,
        in_my_voices=True,
        uses_slot_if_used=False,
        preview_url=item.get("preview_url"),
        description=str(item.get("description") or labels.get("description") or ""),
        # The owner's own sharing rate is what *others* pay; only a copy's rate applies to this user.
        public_owner_id=sharing.get("public_owner_id") if copied else None,
        rate=_rate(sharing.get("rate")) if copied else None,
        library_copy=copied,
    )


def library_voice(item: dict[str, Any], *, added: bool | None = None) -> Voice:
    """One LibraryVoiceResponseModel from /v1/shared-voices.

    `added` overrides is_added_by_user when the caller checked My Voices itself (the field is optional
    in the spec); when neither says, we assume it is not added: warning about a slot that turns out to
    be free is better than silently taking one.
    """
    if added is None:
        added = bool(item.get("is_added_by_user"))
    labels = _labels({key: item.get(key) for key in ("accent", "gender", "age", "descriptive", "use_case",
                                                     "language", "locale")})
    return Voice(
        id=str(item["voice_id"]),
        name=str(item.get("name") or item["voice_id"]),
        category="library",
        language=_first_language(item, labels),
        labels=labels,
        in_my_voices=added,
        uses_slot_if_used=not added,
        preview_url=item.get("preview_url"),
        description=str(item.get("description") or ""),
        public_owner_id=str(item.get("public_owner_id") or "") or None,
        rate=_rate(item.get("rate")),
        library_copy=added,
    )
