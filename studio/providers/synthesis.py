"""The bridge between the core's render job and a provider: clip spec -> SynthesisRequest -> result.

studio.core.render_job cannot import providers (layer rule), so it takes a callable; `synthesizer`
builds that callable for a provider, and `concurrency_for` says how many requests the provider
accepts at once before the job has seen any answer.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence

from studio.core.clip_cache import ClipCache
from studio.core.clip_qa import check_spec_clip
from studio.core.clip_spec import ClipSpec
from studio.core.pace_model import VoicePaces
from studio.core.pronunciation import PronunciationDictionary
from studio.core.recovery import History, RecoveryReport, recover_interrupted
from studio.providers.base import ErrorKind, Provider, ProviderError, SynthesisRequest, SynthesisResult, VoiceSettings
from studio.providers.clip_language import ClipLanguages

# Providers whose API takes the neighbours' text (previous_text / next_text) for continuity.
CONTEXT_PROVIDERS = frozenset({"elevenlabs"})

# Providers whose answers carry a character alignment (ElevenLabs' with-timestamps route) for clip QA.
ALIGNING_PROVIDERS = frozenset({"elevenlabs"})

# ElevenLabs concurrent requests per plan (reference/elevenlabs.md §6, docs repo models.mdx
# "Concurrency and priority", 2025-08): (Multilingual v2 and v3, Turbo and Flash).
ELEVENLABS_CONCURRENCY: dict[str, tuple[int, int]] = {
    "free": (2, 4),
    "starter": (3, 6),
    "creator": (5, 10),
    "pro": (10, 20),
    "scale": (15, 30),
    "business": (15, 30),
}
# "Elevated" for Enterprise has no number: start from Business; the job adopts the
# maximum-concurrent-requests header when it is lower.
ELEVENLABS_ENTERPRISE = ELEVENLABS_CONCURRENCY["business"]
# Narakeet documents no concurrency limit, only about 86,400 requests a day (1 per second on
# average, reference/narakeet.md "Limits", UNCONFIRMED). A streaming request takes a few seconds,
# so two in flight stay near that average without bursting into its 429 (which has no Retry-After).
NARAKEET_CONCURRENCY = 2
# espeak-ng is CPU-bound, one process per clip: more than 4 would fight the GUI and the decoder.
OFFLINE_MAX_CONCURRENCY = 4

_SETTING_NAMES = frozenset(VoiceSettings.__dataclass_fields__)


def request_for(spec: ClipSpec, previous_text: str | None = None, next_text: str | None = None,
                sample_rate: int | None = None) -> SynthesisRequest:
    """The request that makes exactly the audio spec names (context only where the API takes it)."""
    values = {name: value for name, value in spec.settings if name in _SETTING_NAMES}
    settings = VoiceSettings(**values) if values else None
    context = spec.provider in CONTEXT_PROVIDERS
    return SynthesisRequest(text=spec.text, voice_id=spec.voice, model=spec.model, settings=settings,
                            audio_format=spec.audio_format, sample_rate=sample_rate,
                            previous_text=(previous_text or None) if context else None,
                            next_text=(next_text or None) if context else None,
                            text_normalization=spec.text_normalization, pronunciations=spec.pronunciations,
                            seed=spec.seed)


class Synthesizer:
    """The `synthesize(spec, previous_text, next_text)` callable a RenderJob takes, for one provider. Every
    clip it returns carries its QA verdict (clip_qa), judged against its voice's pace in the language
    qa_language(spec) names; the job asks qa_language too for the clips it fetches back from a history."""

    def __init__(self, provider: Provider, sample_rate: int | None, paces: VoicePaces,
                 languages: ClipLanguages) -> None:
        self.provider = provider
        self.sample_rate = sample_rate
        self.paces = paces
        self.qa_language = languages

    def __call__(self, spec: ClipSpec, previous_text: str | None, next_text: str | None) -> SynthesisResult:
        if spec.provider != self.provider.name:
            # A clip cached under one provider's key but made by another would be wrong forever.
            raise ValueError(f"clip for {spec.provider!r} sent to the {self.provider.name!r} provider")
        result = self.provider.synthesize(request_for(spec, previous_text, next_text, self.sample_rate))
        return with_qa(result, spec, self.paces, self.qa_language(spec))


def synthesizer(provider: Provider, sample_rate: int | None = None,
                pronunciations: PronunciationDictionary | None = None, dictionary_name: str = "",
                pace: VoicePaces | None = None, texts: Sequence[str] = ()) -> Synthesizer:
    """The `synthesize` callable a RenderJob takes, for this provider. A provider that applies
    pronunciation dictionaries itself (ElevenLabs) is given the project's, under dictionary_name.
    Each clip's pace starts from its voice's language when the provider binds the voice to one, else
    from the reading rate of the language texts (the lines) are in, as the fit forecast's does."""
    use = getattr(provider, "use_pronunciations", None)
    if pronunciations and callable(use):
        use(pronunciations, dictionary_name or pronunciations.name)
    return Synthesizer(provider, sample_rate, pace or VoicePaces(), ClipLanguages(provider, texts))


def with_qa(result: SynthesisResult, spec: ClipSpec, pace: VoicePaces,
            language: str | None = None) -> SynthesisResult:
    """result with its QA verdict; a clip that passes teaches pace how fast its voice speaks (language:
    its voice's or the lines'). An answer of a provider that aligns its clips, but without the alignment
    (the spec makes it nullable), is checked from the audio and says so."""
    verdict = check_spec_clip(result.audio, result.audio_format, spec, pace, result.alignment,
                              input_rate=result.sample_rate, language=language,
                              alignment_expected=spec.provider in ALIGNING_PROVIDERS)
    return dataclasses.replace(result, qa=verdict)


def concurrency_for(provider_name: str, tier: str | None = None, model: str | None = None) -> int:
    """How many requests to have in flight at first. The user may lower it; ElevenLabs' header
    lowers it further when the account allows fewer.

    ElevenLabs: the plan table by tier (an unknown tier gets the Free numbers: too low is slower,
    too high is refused); Flash and Turbo models have their own, higher column.
    """
    if provider_name == "elevenlabs":
        name = (tier or "free").lower()
        if name.startswith("enterprise"):
            row = ELEVENLABS_ENTERPRISE
        else:
            # Tier strings carry suffixes in practice ("creator_new", "pro_v2"); match the plan name.
            row = next((v for k, v in ELEVENLABS_CONCURRENCY.items() if name.startswith(k)),
                       ELEVENLABS_CONCURRENCY["free"])
        fast = bool(model) and any(word in model for word in ("flash", "turbo"))  # type: ignore[operator]
        return row[1] if fast else row[0]
    if provider_name == "narakeet":
        return NARAKEET_CONCURRENCY
    if provider_name == "offline":
        return max(1, min(OFFLINE_MAX_CONCURRENCY, os.cpu_count() or 1))
    raise ValueError(f"unknown provider {provider_name!r}")


def history_of(provider: Provider) -> History | None:
    """The provider's speech history, where interrupted requests can be found again (ElevenLabs)."""
    return provider if callable(getattr(provider, "find_generations", None)) else None  # type: ignore[return-value]


def history_note(error: BaseException) -> str | None:
    """A history failure recovery can live with, as a sentence; None for one it must stop on."""
    if isinstance(error, ProviderError) and error.kind in (ErrorKind.AUTH, ErrorKind.PAID_PLAN):
        return ("The API key may not read the speech history, so interrupted requests could not be fetched "
                "back: give the key the History (read) permission.")
    return None


def recover(provider: Provider, cache: ClipCache, texts: Sequence[str] = ()) -> RecoveryReport:
    """Settle the interrupted requests an earlier run of this provider left in the cache's journal; the
    clips fetched back are judged as a render's would be (texts: the lines, for their language).
    Raises ProviderError when the history cannot be read now (then nothing must be sent)."""
    return recover_interrupted(cache, provider.name, history_of(provider), history_note=history_note,
                               language_of=ClipLanguages(provider, texts))
