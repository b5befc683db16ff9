"""The one interface every text-to-speech provider implements, and the errors they all speak.

The rest of the app (estimates, the render job, the voice picker, the CLI) only sees these types, so a
provider is swappable and testable against an emulator. Providers never import Qt.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from datetime import datetime
from collections.abc import Sequence
from typing import Any

from studio.core.clip_qa import Alignment, QaVerdict
from studio.core.cost import Tariff


class ErrorKind(str, enum.Enum):
    """The small set of failures the app knows how to act on."""

    AUTH = "auth"                         # bad, missing or revoked key: stop the job
    OUT_OF_CREDITS = "out_of_credits"     # quota exceeded: stop the job, keep what is done
    SLOTS_FULL = "voice_slots_full"       # a library voice needs a slot and none is free
    PAID_PLAN = "paid_plan_required"      # the voice or feature needs a paid plan
    VOICE_NOT_FOUND = "voice_not_found"   # this line's voice does not exist (for this account)
    TEXT_TOO_LONG = "text_too_long"       # this line is over the model's limit
    RATE_LIMITED = "rate_limited"         # too many requests or too many at once: slow down, retry
    BUSY = "busy"                         # provider overloaded or 5xx: retry with backoff
    NETWORK = "network"                   # no connection, timeout, reset: retry
    BAD_RESPONSE = "bad_response"         # truncated audio, wrong content type, unreadable JSON
    BAD_REQUEST = "bad_request"           # the provider refused this line for another reason


# Kinds a job stops on (nothing more can succeed), kinds that fail one line alone, kinds to retry.
STOP_KINDS = frozenset({ErrorKind.AUTH, ErrorKind.OUT_OF_CREDITS, ErrorKind.SLOTS_FULL, ErrorKind.PAID_PLAN})
RETRY_KINDS = frozenset({ErrorKind.RATE_LIMITED, ErrorKind.BUSY, ErrorKind.NETWORK, ErrorKind.BAD_RESPONSE})

# One sentence per kind that tells the user what to do (providers may give a more precise one).
DEFAULT_MESSAGES: dict[ErrorKind, str] = {
    ErrorKind.AUTH: "The API key was refused: check it in Accounts, or create a new one on the provider's site.",
    ErrorKind.OUT_OF_CREDITS: "Your account has run out of credits: wait for the next reset, top up, or enable "
                              "usage-based billing.",
    ErrorKind.SLOTS_FULL: "All your voice slots are used: remove a voice you no longer need from My Voices, "
                          "or pick a voice you already have.",
    ErrorKind.PAID_PLAN: "This voice or feature needs a paid plan: pick a default voice or upgrade.",
    ErrorKind.VOICE_NOT_FOUND: "This voice does not exist for your account: pick another voice for this line.",
    ErrorKind.TEXT_TOO_LONG: "This line is longer than the model allows: split it into shorter lines.",
    ErrorKind.RATE_LIMITED: "The provider asks to slow down: the request will be retried.",
    ErrorKind.BUSY: "The provider is busy or unavailable: the request will be retried.",
    ErrorKind.NETWORK: "The provider could not be reached: check your internet connection.",
    ErrorKind.BAD_RESPONSE: "The provider sent an unreadable answer: the request will be retried.",
    ErrorKind.BAD_REQUEST: "The provider refused this line: check its text and the voice settings.",
}


class ProviderError(Exception):
    """A provider failure mapped to a kind; str(error) is a one-sentence message with no secret in it."""

    def __init__(self, kind: ErrorKind, message: str | None = None, *, status: int | None = None,
                 code: str | None = None, retry_after: float | None = None,
                 request_id: str | None = None, params: dict[str, str] | None = None) -> None:
        super().__init__(message or DEFAULT_MESSAGES[kind])
        self.kind = kind
        self.status = status          # HTTP status, when there was one
        self.code = code              # the provider's own code ("quota_exceeded", ...)
        self.retry_after = retry_after  # seconds, from Retry-After or the provider's hint
        self.request_id = request_id
        # What the message names (a word, a voice), by name: the window words the code in its own language.
        self.params = dict(params or {})

    @property
    def retryable(self) -> bool:
        return self.kind in RETRY_KINDS

    @property
    def stops_job(self) -> bool:
        return self.kind in STOP_KINDS


@dataclass(frozen=True)
class Voice:
    """A voice as the picker and the CLI show it."""

    id: str
    name: str
    # premade | cloned | generated | professional | library | famous | high_quality | offline | narakeet
    category: str
    language: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    # Already in the user's voices (or a voice that needs no adding: defaults, Narakeet, offline).
    in_my_voices: bool = True
    # Using it would add it to the user's voices and take one slot (library voices not yet added).
    uses_slot_if_used: bool = False
    preview_url: str | None = None
    description: str = ""
    # Library voices: who shared it (needed to add it explicitly) and its custom price multiplier.
    public_owner_id: str | None = None
    rate: float | None = None
    # A library copy in My Voices (it holds a slot the user may want back).
    library_copy: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "category": self.category, "language": self.language,
                "in_my_voices": self.in_my_voices, "uses_slot_if_used": self.uses_slot_if_used,
                "labels": dict(self.labels), "preview_url": self.preview_url,
                "public_owner_id": self.public_owner_id, "rate": self.rate, "library_copy": self.library_copy}


@dataclass(frozen=True)
class VoicePage:
    voices: list[Voice]
    has_more: bool = False
    # Opaque: pass back to get the next page (a token or a page number, per provider).
    next_page: str | int | None = None
    voice_slots_used: int | None = None
    voice_limit: int | None = None


@dataclass(frozen=True)
class Balance:
    """What the account has left, in the provider's unit: "credits", "seconds" or "none" (offline)."""

    provider: str
    unit: str
    remaining: float | None = None
    limit: float | None = None
    used: float | None = None
    resets_at: datetime | None = None  # timezone-aware
    tier: str | None = None
    overage_allowed: bool | None = None
    voice_slots_used: int | None = None
    voice_limit: int | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["resets_at"] = self.resets_at.isoformat() if self.resets_at else None
        return data


@dataclass(frozen=True)
class VoiceSettings:
    """ElevenLabs voice settings; None leaves the voice's stored value."""

    stability: float | None = None
    similarity_boost: float | None = None
    style: float | None = None
    speed: float | None = None  # documented range 0.7-1.2
    use_speaker_boost: bool | None = None

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class SynthesisRequest:
    """One text, one voice: everything that decides the audio (and, but for context, its cache key)."""

    text: str
    voice_id: str
    model: str | None = None
    settings: VoiceSettings | None = None
    # Container of the audio asked for: "mp3", "wav", "m4a" or "pcm" (raw s16le, mono).
    audio_format: str = "mp3"
    sample_rate: int | None = None
    # Continuity context (ElevenLabs): the neighbouring lines' speakable text.
    previous_text: str | None = None
    next_text: str | None = None
    seed: int | None = None
    text_normalization: str = "auto"  # auto | on | off
    # Pronunciation rules (word, kind, said, case) the provider applies itself to this text: the
    # provider sends its synced dictionary (ElevenLabs) only for requests that name some.
    pronunciations: tuple[tuple[str, str, str, bool], ...] = ()


@dataclass(frozen=True)
class SynthesisResult:
    audio: bytes
    audio_format: str            # "mp3", "wav", "m4a" or "pcm"
    sample_rate: int | None = None  # for "pcm"
    cost: float | None = None    # actual cost in the provider's unit, as the provider reported it
    request_id: str | None = None
    history_item_id: str | None = None  # where the provider keeps this generation (ElevenLabs' history)
    # Concurrency the provider reported (ElevenLabs: maximum-/current-concurrent-requests headers).
    max_concurrency: int | None = None
    current_concurrency: int | None = None
    duration_s: float | None = None  # as reported (Narakeet rounds up to whole seconds)
    measured_s: float | None = None  # decoded length of the audio, when the provider decoded it
    alignment: Alignment | None = None  # per-character timing (ElevenLabs with-timestamps)
    qa: QaVerdict | None = None         # the clip QA verdict (studio.providers.synthesis adds it)


class Provider(ABC):
    """A text-to-speech service. Methods block (call them off the GUI thread) and raise ProviderError."""

    name: str = ""
    unit: str = "none"  # "credits", "seconds" or "none"

    @abstractmethod
    def voices(self, *, library: bool = False, search: str | None = None, language: str | None = None,
               page: str | int | None = None) -> VoicePage:
        """The user's voices (library=False) or the shared library's (library=True), one page."""

    @abstractmethod
    def balance(self) -> Balance:
        """What the account has left now."""

    @abstractmethod
    def estimate(self, text: str, *, voice: Voice | None = None, model: str | None = None) -> float:
        """The cost of synthesising this exact text, in the provider's unit."""

    def tariff(self, voices: Sequence[Voice] = ()) -> Tariff:
        """How this provider prices clips, as plain data the estimate can use on any thread.

        May block (ElevenLabs reads the models' multipliers); `voices` tells it the voices in use, for
        their custom rates or languages. Free providers keep this default.
        """
        return Tariff(self.name, self.unit)

    @abstractmethod
    def synthesize(self, request: SynthesisRequest) -> SynthesisResult:
        """Synthesise one text with one voice."""

    def close(self) -> None:
        """Release connections (a no-op for providers without any)."""
