"""Phoneme rules a natural offline voice cannot say, found before anything is rendered.

The render refuses such a rule when it reaches the line (piper_phonemes.voice_ipa, through
PiperVoice.sentences): the line fails. The Pronunciations dialog and `estimate` ask the very same
function here, on the voice's phoneme map read from its .onnx.json (the model itself is not loaded:
60 MB and half a second for a question the map answers), so they say what the render would say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from studio.core.pronunciation import Rule
from studio.providers.offline import engine_of
from studio.providers.piper_phonemes import PhonemeRuleError, voice_ipa
from studio.providers.piper_voice import PiperConfig, VoiceFileError
from studio.providers.voice_catalogue import ENGINE
from studio.providers.voice_packs import VoiceStore


@dataclass
class PhonemeCheck:
    """The natural voices' phoneme maps, read once; `problem(rule)` is then a lookup per symbol."""

    store: VoiceStore = field(default_factory=VoiceStore)
    _maps: dict[str, tuple[dict[str, list[int]], str] | None] = field(default_factory=dict, init=False, repr=False)

    def problem(self, voice_id: str | None, rule: Rule) -> str | None:
        """Why the voice cannot say this phoneme rule (the render's own message), or None: it can, the
        rule is an alias, or the voice is not a natural one (espeak-ng keeps aliases only)."""
        refusal = self.refusal(voice_id, rule)
        return str(refusal) if refusal is not None else None

    def refusal(self, voice_id: str | None, rule: Rule) -> PhonemeRuleError | None:
        """As `problem`, the render's own error with its reason and parameters (the window's wording)."""
        if rule.phoneme is None or not voice_id or engine_of(voice_id) != ENGINE:
            return None
        voice = self._map_of(voice_id)
        if voice is None:
            return None  # not installed or damaged: the render says so for every line, not per rule
        id_map, name = voice
        try:
            voice_ipa(rule, id_map, name)
        except PhonemeRuleError as error:
            return error
        return None

    def problems(self, voice_id: str | None, rules: Iterable[Rule]) -> list[str]:
        """The reasons for each rule of `rules` the voice cannot say, in order, each once."""
        found = [self.problem(voice_id, rule) for rule in rules]
        return list(dict.fromkeys(reason for reason in found if reason))

    def _map_of(self, voice_id: str) -> tuple[dict[str, list[int]], str] | None:
        if voice_id not in self._maps:
            installed = self.store.get(voice_id)
            loaded = None
            if installed is not None:
                try:
                    config = PiperConfig.read(installed.model.with_name(installed.model.name + ".json"))
                    # The name the render's message uses (PiperVoice.name).
                    loaded = config.phoneme_id_map, installed.model.name.removesuffix(".onnx")
                except VoiceFileError:
                    loaded = None
            self._maps[voice_id] = loaded
        return self._maps[voice_id]
