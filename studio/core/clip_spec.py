"""What decides a line's audio, and the content hash that names its clip.

A clip is identified by provider, voice, model, voice settings, output format, text normalisation and
the exact speakable text. Continuity context (the neighbours' text) is deliberately not part of the
key: editing one line must never make its neighbours render (and be paid for) again.

The estimate, the cache, the render job and the CLI all go through `RenderSettings.spec_for`, so the
text that is costed is exactly the text that is sent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from studio.core.cues import Cue
from studio.core.speech import SpeechOptions

# Bump when the meaning of a key changes (a new field that decides the audio), so old clips are
# not mistaken for new ones.
KEY_VERSION = 1
# Providers whose API has a text-normalisation switch; for the others it cannot change the audio.
NORMALISING_PROVIDERS = frozenset({"elevenlabs"})
# Providers with a per-request speaking speed (voice_settings.speed); a line's own speed needs one.
SPEED_PROVIDERS = frozenset({"elevenlabs"})
SPEED_MIN, SPEED_MAX = 0.7, 1.2  # ElevenLabs' documented voice_settings.speed range
# Providers that speak a line faster for free: the fit re-renders a stretched line at its speed
# (studio.core.native_speed) rather than offering it; offline, only the natural voices ("piper:" ids)
# do (a speed saved for another provider's voice leaves espeak-ng's clips as they were).
NATIVE_SPEED_PROVIDERS = frozenset({"offline"})
NATIVE_SPEED_VOICES = "piper:"
TEXT_NORMALIZATION = ("auto", "on", "off")


@dataclass(frozen=True)
class VoiceSetup:
    """How one voice speaks: its model and settings (ElevenLabs). Part of every clip's key."""

    model: str | None = None
    # Sorted (name, value) pairs: stability, similarity_boost, style, speed, use_speaker_boost.
    settings: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def from_mapping(cls, model: str | None, settings: Mapping[str, Any] | None) -> VoiceSetup:
        pairs = tuple(sorted((str(k), v) for k, v in (settings or {}).items() if v is not None))
        return cls(model or None, pairs)

    def settings_dict(self) -> dict[str, Any]:
        return dict(self.settings)


@dataclass(frozen=True)
class ClipSpec:
    """One clip to render (or found in the cache): everything that decides its audio."""

    provider: str
    voice: str
    text: str
    model: str | None = None
    settings: tuple[tuple[str, Any], ...] = ()
    audio_format: str = "mp3"
    text_normalization: str = "auto"

    @cached_property
    def key(self) -> str:
        """A stable content hash (hex); equal specs always have equal keys, across runs and machines."""
        body = json.dumps([KEY_VERSION, self.provider, self.voice, self.model, list(map(list, self.settings)),
                           self.audio_format, self.text_normalization, self.text],
                          ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def as_json(self) -> dict[str, Any]:
        return {"provider": self.provider, "voice": self.voice, "model": self.model,
                "settings": dict(self.settings), "audio_format": self.audio_format,
                "text_normalization": self.text_normalization, "text": self.text}

    @classmethod
    def from_json(cls, data: Any) -> ClipSpec | None:
        """The spec as_json() wrote (a sidecar, a journal entry), or None when it is not one."""
        if not isinstance(data, dict):
            return None
        try:
            settings = data.get("settings") or {}
            return cls(str(data["provider"]), str(data["voice"]), str(data["text"]), data.get("model"),
                       tuple(sorted(settings.items())), str(data.get("audio_format") or "mp3"),
                       str(data.get("text_normalization") or "auto"))
        except (KeyError, TypeError, AttributeError):
            return None


@dataclass(frozen=True)
class RenderSettings:
    """The project's choices that turn a cue into a clip spec."""

    provider: str = "offline"
    voice: str | None = None                 # the project's voice; a cue's own voice overrides it
    model: str | None = None                 # the project's model, unless the voice has its own
    voice_setups: Mapping[str, VoiceSetup] = field(default_factory=dict)
    audio_format: str = "mp3"
    text_normalization: str = "auto"
    speech: SpeechOptions = SpeechOptions()
    # Send the neighbours' speakable text as previous_text/next_text (ElevenLabs continuity).
    context: bool = True

    def voice_for(self, cue: Cue) -> str | None:
        return cue.voice or self.voice

    def setup_for(self, voice: str) -> VoiceSetup:
        setup = self.voice_setups.get(voice)
        if setup is None:
            return VoiceSetup(self.model)
        return setup if setup.model else VoiceSetup(self.model, setup.settings)

    def speech_text(self, cue: Cue) -> str:
        return cue.speech_with(self.speech).text

    def spec_for(self, cue: Cue) -> ClipSpec | None:
        """The clip this cue needs, or None when it has nothing to say or no voice is chosen."""
        speech = cue.speech_with(self.speech)
        voice = self.voice_for(cue)
        if speech.silent or not voice:
            return None
        setup = self.setup_for(voice)
        voice_settings = setup.settings
        native = self.provider in NATIVE_SPEED_PROVIDERS and voice.startswith(NATIVE_SPEED_VOICES)
        if cue.speed is not None and (self.provider in SPEED_PROVIDERS or native):
            voice_settings = VoiceSetup.from_mapping(None, {**dict(voice_settings), "speed": cue.speed}).settings
        normalization = self.text_normalization if self.provider in NORMALISING_PROVIDERS else "auto"
        return ClipSpec(self.provider, voice, speech.text, setup.model, voice_settings, self.audio_format,
                        normalization)

    def speed_for(self, cue: Cue) -> float:
        """The speaking speed this cue is rendered at (1.0 when neither the line nor its voice sets one)."""
        spec = self.spec_for(cue)
        value = dict(spec.settings).get("speed") if spec is not None else None
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 1.0
