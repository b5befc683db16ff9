"""The guard between a job and a voice slot: which voices a job would silently add to My Voices, and
the explicit, confirmed add that must come first.

ElevenLabs adds a Voice Library voice to My Voices (taking one custom voice slot) the first time it is
used for speech, and fails with voice_limit_reached when no slot is free (reference/elevenlabs.md §2).
Free accounts cannot use library voices through the API at all (402 paid_plan_required). So before
any synthesis, the render, the one-line preview and the CLI ask `check_voices` which of their voices
are neither in My Voices nor default voices, show them with the slots they would take, and add only
the ones the user confirmed with `ensure_voices_added`. Nothing here adds or removes a voice on its
own. No Qt: the CLI uses it too; the GUI calls the blocking parts through run_in_background.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
import dataclasses
from dataclasses import dataclass, field

from studio.providers.base import Balance, ErrorKind, Provider, ProviderError, Voice

# Plain-English messages (the CLI prints them; the GUI shows its own translated versions).
FREE_TIER = "free"


def voice_limit_message(used: int | None, limit: int | None, needed: int = 1) -> str:
    """One sentence for full slots (voice_limit_reached) that says what to do."""
    counts = f" ({used} of {limit} used)" if used is not None and limit is not None else ""
    need = "a free voice slot" if needed == 1 else f"{needed} free voice slots"
    return (f"All your voice slots are used{counts}: this needs {need}. Remove a library voice you no "
            f"longer need from My Voices, or pick a voice you already have.")


def paid_plan_message() -> str:
    """One sentence for paid_plan_required (free accounts and Voice Library voices)."""
    return ("Voice Library voices cannot be used through the API on the free plan: pick one of your voices "
            "or a default voice, or upgrade your ElevenLabs plan.")


def message_for(error: ProviderError, used: int | None = None, limit: int | None = None) -> str:
    """The guard's message for an add or synthesis error (its own for slots and paid plan)."""
    if error.kind is ErrorKind.SLOTS_FULL:
        return voice_limit_message(used, limit)
    if error.kind is ErrorKind.PAID_PLAN:
        return paid_plan_message()
    return str(error)


@dataclass(frozen=True)
class SlotCheck:
    """What a job's voices would do to the slots, before anything is sent."""

    # Library voices not in My Voices: each would take one slot when used (names known).
    to_add: tuple[Voice, ...] = ()
    # Voice ids found nowhere (not mine, not default, not in the library pages we know): using them
    # may take a slot, or fail; the user must pick them again in the voice picker.
    unknown: tuple[str, ...] = ()
    voice_slots_used: int | None = None
    voice_limit: int | None = None
    tier: str | None = None

    @property
    def slots_needed(self) -> int:
        return len(self.to_add) + len(self.unknown)

    @property
    def slots_free(self) -> int | None:
        if self.voice_slots_used is None or self.voice_limit is None:
            return None
        return max(0, self.voice_limit - self.voice_slots_used)

    @property
    def ok(self) -> bool:
        """Nothing would be added behind the user's back."""
        return self.slots_needed == 0

    @property
    def enough_slots(self) -> bool | None:
        """Whether the free slots cover what is needed (None: the counters are unknown)."""
        free = self.slots_free
        return None if free is None else free >= self.slots_needed

    @property
    def paid_plan_required(self) -> bool:
        return self.tier == FREE_TIER and self.slots_needed > 0

    def message(self) -> str:
        """One plain summary for the CLI and logs ("" when nothing needs a slot)."""
        if self.ok:
            return ""
        if self.paid_plan_required:
            return paid_plan_message()
        names = ", ".join([v.name for v in self.to_add] + list(self.unknown))
        counts = (f" ({self.voice_slots_used} of {self.voice_limit} used)"
                  if self.voice_slots_used is not None and self.voice_limit is not None else "")
        text = (f"{self.slots_needed} voice(s) are not in My Voices and would each take a voice slot when "
                f"used{counts}: {names}. Add them explicitly first.")
        if self.enough_slots is False:
            text += " " + voice_limit_message(self.voice_slots_used, self.voice_limit, self.slots_needed)
        return text


@dataclass(frozen=True)
class AddOutcome:
    added: dict[str, str] = field(default_factory=dict)     # library id → id in My Voices
    skipped: tuple[str, ...] = ()                            # not confirmed by the user: not added
    failed: dict[str, str] = field(default_factory=dict)    # id → message
    stopped: ErrorKind | None = None                         # SLOTS_FULL / PAID_PLAN stopped the rest

    @property
    def all_added(self) -> bool:
        return not self.skipped and not self.failed


def voices_needing_slots(voice_ids: Iterable[str], known: Iterable[Voice], *,
                         library: Iterable[Voice] = (), voice_slots_used: int | None = None,
                         voice_limit: int | None = None, tier: str | None = None) -> SlotCheck:
    """Pure: which of `voice_ids` are neither in My Voices nor default voices.

    `known` is what the provider lists as the user's (My Voices including the default voices);
    `library` is any Voice Library entries the caller has seen (to name them and add them).
    A known voice flagged uses_slot_if_used (a library listing entry) still counts as not added.
    """
    mine = {v.id: v for v in known}
    shared = {v.id: v for v in library}
    to_add: list[Voice] = []
    unknown: list[str] = []
    for voice_id in dict.fromkeys(v for v in voice_ids if v):  # keep order, drop duplicates
        voice = mine.get(voice_id)
        if voice is not None and voice.in_my_voices and not voice.uses_slot_if_used:
            continue
        found = voice or shared.get(voice_id)
        if found is not None and found.in_my_voices and not found.uses_slot_if_used:
            continue  # the library listing says it is already added (is_added_by_user)
        if found is not None:
            to_add.append(found)
        else:
            unknown.append(voice_id)
    return SlotCheck(tuple(to_add), tuple(unknown), voice_slots_used, voice_limit, tier)


def has_slots(provider: Provider) -> bool:
    """Only ElevenLabs has My Voices and slots; Narakeet and offline voices are usable as they are."""
    return hasattr(provider, "all_my_voices") and hasattr(provider, "add_library_voice")


def check_voices(provider: Provider, voice_ids: Collection[str], *,
                 library: Iterable[Voice] = ()) -> SlotCheck:
    """Blocking (network): list My Voices and the slot counters, then `voices_needing_slots`."""
    if not has_slots(provider) or not voice_ids:
        return SlotCheck()
    known = provider.all_my_voices()  # type: ignore[attr-defined]
    used = limit = tier = None
    try:
        balance = provider.balance()
        used, limit, tier = balance.voice_slots_used, balance.voice_limit, balance.tier
    except ProviderError as error:
        if error.kind is ErrorKind.NETWORK:
            raise
        # A key without user_read still lists voices: the check holds, the counters are unknown.
    return voices_needing_slots(voice_ids, known, library=library, voice_slots_used=used,
                                voice_limit=limit, tier=tier)


def ensure_voices_added(provider: Provider, voices: Iterable[Voice], confirmed: Collection[str]) -> AddOutcome:
    """Blocking: add to My Voices exactly the library voices whose id the user confirmed.

    Unconfirmed voices are skipped (never added). A full-slots or paid-plan answer stops the rest:
    each later add would fail the same way, and the user has to decide what to free first.
    """
    added: dict[str, str] = {}
    skipped: list[str] = []
    failed: dict[str, str] = {}
    stopped: ErrorKind | None = None
    for voice in voices:
        if voice.id not in confirmed:
            skipped.append(voice.id)
            continue
        if stopped is not None:
            failed[voice.id] = message_for(ProviderError(stopped))
            continue
        if not voice.public_owner_id or not has_slots(provider):
            failed[voice.id] = (f"{voice.name} cannot be added from here: pick it again in the Voice Library "
                                f"of the voice picker.")
            continue
        try:
            added[voice.id] = provider.add_library_voice(  # type: ignore[attr-defined]
                voice.public_owner_id, voice.id, voice.name)
        except ProviderError as error:
            failed[voice.id] = message_for(error)
            if error.kind in (ErrorKind.SLOTS_FULL, ErrorKind.PAID_PLAN, ErrorKind.AUTH):
                stopped = error.kind
    return AddOutcome(added, tuple(skipped), failed, stopped)


def remap(voice_ids: Mapping[int, str], outcome: AddOutcome) -> dict[int, str]:
    """Rows → voice ids with library ids replaced by the ids the add returned (usually the same)."""
    return {row: outcome.added.get(voice, voice) for row, voice in voice_ids.items()}


def load_my_voices(provider: Provider) -> tuple[list[Voice], Balance | None]:
    """Blocking: every voice the user has (ElevenLabs: all pages of /v2/voices, defaults included) and the
    balance with the slot counters (None when the key may not read it)."""
    voices = provider.all_my_voices() if has_slots(provider) else provider.voices().voices  # type: ignore
    try:
        balance: Balance | None = provider.balance()
    except ProviderError as error:
        if error.kind in (ErrorKind.AUTH, ErrorKind.NETWORK) and not voices:
            raise
        balance = None  # a key without user_read: voices still list, the counters stay unknown
    return voices, balance


def add_confirmed_voice(provider: Provider, voice: Voice) -> tuple[Voice, Balance | None]:
    """Blocking: the explicit add of one library voice the user just confirmed, then the new counters.

    Returns the voice as it now is (in My Voices, a library copy, possibly under a new id).
    """
    if not has_slots(provider) or not voice.public_owner_id:
        raise ProviderError(ErrorKind.BAD_REQUEST, f"{voice.name} cannot be added from here: pick it again in "
                            f"the Voice Library.")
    new_id = provider.add_library_voice(voice.public_owner_id, voice.id, voice.name)  # type: ignore[attr-defined]
    try:
        balance: Balance | None = provider.balance()
    except ProviderError:
        balance = None
    added = dataclasses.replace(voice, id=new_id, in_my_voices=True, uses_slot_if_used=False, library_copy=True)
    return added, balance
