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
from studio.core.pronunciation import PronunciationDictionary
from studio.core.speech import SpeechOptions

# Bump when the meaning of a key changes (a new field that decides the audio), so old clips are
# not mistaken for new ones.
KEY_VERSION = 1
# Providers whose API has a text-normalisation switch; for the others it cannot change the audio.
NORMALISING_PROVIDERS = frozenset({"elevenlabs"})
# Providers with a per-request speaking speed (ElevenLabs voice_settings.speed, Narakeet's voice-speed
# multiplier); a line's own speed needs one.
SPEED_PROVIDERS = frozenset({"elevenlabs", "narakeet"})
# ElevenLabs' documented voice_settings.speed range; Narakeet documents no range (0.9 and 1.1 in its
# examples), so a line's speed stays within the same one there too.
SPEED_MIN, SPEED_MAX = 0.7, 1.2
# Providers that speak a line faster for free: the fit re-renders a stretched line at its speed
# (studio.core.native_speed) rather than offering it; offline, only the natural voices ("piper:" ids)
# do (a speed saved for another provider's voice leaves espeak-ng's clips as they were).
NATIVE_SPEED_PROVIDERS = frozenset({"offline"})
NATIVE_SPEED_VOICES = "piper:"
TEXT_NORMALIZATION = ("auto", "on", "off")
# Providers that apply a pronunciation dictionary themselves (ElevenLabs' dictionaries, sent as
# locators); for the others the aliases are applied to the text sent.
DICTIONARY_PROVIDERS = frozenset({"elevenlabs"})
# Voices fed phonemes rather than text (offline natural voices, "piper:" ids): the provider writes a
# phoneme rule's IPA in place of the word's, so the rules that match are part of the clip key there too.
PHONEME_PROVIDERS = frozenset({"offline"})
PHONEME_VOICES = "piper:"
# Providers whose API takes a seed: a line's own seed (a re-render after clip QA) is part of its clip.
SEED_PROVIDERS = frozenset({"elevenlabs"})
RuleKey = tuple[str, str, str, bool]


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
    # The pronunciation rules the provider applies to this text (DICTIONARY_PROVIDERS only): part of
    # the key, so editing a rule re-renders exactly the lines it matches; empty keeps the old keys.
    pronunciations: tuple[RuleKey, ...] = ()
    # Characters billed when the provider rewrites the text itself (conservative; see pronunciation).
    billed_chars: int | None = field(default=None, compare=False)
    # A re-render "with a new seed" (clip QA): part of the key only when set, so other keys stay.
    seed: int | None = None

    @property
    def speed(self) -> float:
        """The speaking speed it is rendered at (1.0 when its settings set none)."""
        value = dict(self.settings).get("speed")
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 1.0

    @property
    def chars(self) -> int:
        """The characters this clip is costed at."""
        return len(self.text) if self.billed_chars is None else max(len(self.text), self.billed_chars)

    @cached_property
    def key(self) -> str:
        """A stable content hash (hex); equal specs always have equal keys, across runs and machines."""
        parts: list[Any] = [KEY_VERSION, self.provider, self.voice, self.model, list(map(list, self.settings)),
                            self.audio_format, self.text_normalization, self.text]
        if self.pronunciations:
            parts.append(list(map(list, self.pronunciations)))
        if self.seed is not None:
            parts.append({"seed": self.seed})
        body = json.dumps(parts,
                          ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def as_json(self) -> dict[str, Any]:
        return {"provider": self.provider, "voice": self.voice, "model": self.model,
                "settings": dict(self.settings), "audio_format": self.audio_format,
                "text_normalization": self.text_normalization, "text": self.text,
                **({"pronunciations": [list(r) for r in self.pronunciations]} if self.pronunciations else {}),
                **({"seed": self.seed} if self.seed is not None else {})}

    @classmethod
    def from_json(cls, data: Any) -> ClipSpec | None:
        """The spec as_json() wrote (a sidecar, a journal entry), or None when it is not one."""
        if not isinstance(data, dict):
            return None
        try:
            settings = data.get("settings") or {}
            rules = tuple((str(w), str(k), str(v), bool(c)) for w, k, v, c in data.get("pronunciations") or ())
            seed = data.get("seed")
            return cls(str(data["provider"]), str(data["voice"]), str(data["text"]), data.get("model"),
                       tuple(sorted(settings.items())), str(data.get("audio_format") or "mp3"),
                       str(data.get("text_normalization") or "auto"), rules,
                       seed=int(seed) if isinstance(seed, int) and not isinstance(seed, bool) else None)
        except (KeyError, TypeError, AttributeError, ValueError):
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
    pronunciations: PronunciationDictionary = PronunciationDictionary()

    def voice_for(self, cue: Cue) -> str | None:
        return cue.voice or self.voice

    def speaks_faster_natively(self, cue: Cue) -> bool:
        """Whether this cue's voice speaks faster for free (a natural offline voice's length scale)."""
        return self.provider in NATIVE_SPEED_PROVIDERS and (self.voice_for(cue) or "").startswith(NATIVE_SPEED_VOICES)

    def setup_for(self, voice: str) -> VoiceSetup:
        setup = self.voice_setups.get(voice)
        if setup is None:
            return VoiceSetup(self.model)
        return setup if setup.model else VoiceSetup(self.model, setup.settings)

    def speech_text(self, cue: Cue) -> str:
        return cue.spoken_with(self.speech).text

    def honours_phonemes(self, cue: Cue) -> bool:
        """Whether this cue's phoneme rules are said: by the provider's own dictionaries (ElevenLabs) or
        by a voice fed phonemes (a natural offline voice); elsewhere only aliases apply."""
        return self.provider in DICTIONARY_PROVIDERS or (
            self.provider in PHONEME_PROVIDERS and (self.voice_for(cue) or "").startswith(PHONEME_VOICES))

    def pronounced(self, cue: Cue) -> str | None:
        """The text as the voice will say it when the dictionary changes this line, else None, with the
        phonemes written in where they are honoured."""
        text = self.speech_text(cue)
        if not self.pronunciations.matches(text):
            return None
        said = self.pronunciations.apply(text, phonemes=self.honours_phonemes(cue))
        return said if said != text else None

    def spec_for(self, cue: Cue) -> ClipSpec | None:
        """The clip this cue needs, or None when it has nothing to say or no voice is chosen."""
        speech = cue.spoken_with(self.speech)
        voice = self.voice_for(cue)
        if speech.silent or not voice:
            return None
        setup = self.setup_for(voice)
        voice_settings = setup.settings
        if cue.speed is not None and (self.provider in SPEED_PROVIDERS or self.speaks_faster_natively(cue)):
            voice_settings = VoiceSetup.from_mapping(None, {**dict(voice_settings), "speed": cue.speed}).settings
        normalization = self.text_normalization if self.provider in NORMALISING_PROVIDERS else "auto"
        text, rules, billed = speech.text, (), None
        if self.pronunciations and self.provider in DICTIONARY_PROVIDERS:
            matched = self.pronunciations.matching(text)
            if matched:
                rules, billed = tuple(rule.key() for rule in matched), self.pronunciations.billed_chars(text)
        elif self.pronunciations:
            # Aliases in the text: a phoneme string read as text would be spelled out, not pronounced.
            text = self.pronunciations.apply(text)
            if self.honours_phonemes(cue):
                # Matched in the text sent, as the provider matches them: the key names what it says.
                rules = tuple(rule.key() for rule in self.pronunciations.phoneme_rules.matching(text))
        seed = cue.seed if self.provider in SEED_PROVIDERS else None
        return ClipSpec(self.provider, voice, text, setup.model, voice_settings, self.audio_format,
                        normalization, rules, billed, seed)

    def speed_for(self, cue: Cue) -> float:
        """The speaking speed this cue is rendered at (1.0 when neither the line nor its voice sets one)."""
        spec = self.spec_for(cue)
        return spec.speed if spec is not None else 1.0
