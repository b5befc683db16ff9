"""The embedded default engine: no account, no network, no cost. Two engines behind one provider:

- espeak-ng, always there: robotic but instant, so the app does its whole job (estimate, render,
  assemble, export) on a fresh machine with nothing configured, and the tests and the CLI fall back on it;
- natural Piper voices (`piper:<key>` ids) once installed into the per-user voices folder
  (studio.providers.voice_packs), run on the CPU by onnxruntime (studio.providers.piper_voice).

Voices of the catalogue not yet installed are listed too (installed: no), so the picker and
`voices --json` show what one download would bring.
"""

from __future__ import annotations

import threading

from studio.core.audio_decode import wav_of
from studio.core.pronunciation import Rule, rule_from_key
from studio.providers import espeak, piper_voice
from studio.providers.piper_phonemes import PhonemeRuleError
from studio.providers.base import (Balance, ErrorKind, Provider, ProviderError, SynthesisRequest,
                                   SynthesisResult, Voice, VoicePage)
from studio.providers.voice_catalogue import ENGINE, CatalogueEntry, CatalogueError, load_catalogue
from studio.providers.voice_catalogue import find as find_entry
from studio.providers.voice_packs import InstalledVoice, VoiceStore

DEFAULT_VOICE = "roa/fr"  # the app's users mostly dub French subtitles
ESPEAK_ENGINE = "espeak-ng"
# The code of an engine that cannot speak (params: reason, and what its sentence names).
ENGINE_UNAVAILABLE = "engine_unavailable"


def default_voice(store: VoiceStore | None = None) -> str:
    """A natural French voice when one is installed, else espeak-ng's French."""
    french = [v for v in (store or VoiceStore()).installed() if (v.language or "").lower().startswith("fr")]
    return french[0].voice_id if french else DEFAULT_VOICE


def engine_of(voice_id: str) -> str:
    return ENGINE if voice_id.startswith(f"{ENGINE}:") else ESPEAK_ENGINE


class OfflineProvider(Provider):
    name = "offline"
    unit = "none"

    def __init__(self, *, rate_wpm: int = espeak.DEFAULT_RATE_WPM, store: VoiceStore | None = None) -> None:
        self.rate_wpm = rate_wpm  # the speed 1.0 maps to; VoiceSettings.speed multiplies it
        self.store = store or VoiceStore()
        self._voices: list[Voice] | None = None
        self._voices_lock = threading.Lock()

    def voices(self, *, library: bool = False, search: str | None = None, language: str | None = None,
               page: str | int | None = None) -> VoicePage:
        if library:
            return VoicePage([])  # no shared library: every offline voice is already "mine"
        found = self._neural_voices() + self._all_voices()
        if language:
            wanted = language.lower().replace("_", "-")
            found = [v for v in found if any(_language_matches(code, wanted)
                                             for code in v.labels["languages"].split(","))]
        if search:
            needle = search.casefold()
            found = [v for v in found if needle in v.name.casefold() or needle in v.id.casefold()]
        return VoicePage(found)

    def balance(self) -> Balance:
        return Balance(provider=self.name, unit="none")  # unlimited: nothing to count

    def estimate(self, text: str, *, voice: Voice | None = None, model: str | None = None) -> float:
        return 0.0

    def synthesize(self, request: SynthesisRequest) -> SynthesisResult:
        if not request.text.strip():
            raise ProviderError(ErrorKind.BAD_REQUEST, "This line has no text to speak.")
        speed = request.settings.speed if request.settings and request.settings.speed else 1.0
        if engine_of(request.voice_id or "") == ENGINE:
            rules = [rule_from_key(key) for key in request.pronunciations if key[1] == "phoneme"]
            return self._synthesize_neural(request.text, request.voice_id, speed, rules)
        try:
            samples = espeak.synthesize(request.text, request.voice_id or DEFAULT_VOICE,
                                        rate=round(self.rate_wpm * speed))
            rate = espeak.sample_rate()
        except espeak.EspeakVoiceNotFound:
            raise ProviderError(ErrorKind.VOICE_NOT_FOUND, "This offline voice does not exist on this "
                                "computer: pick another voice for this line.",
                                code="voice_not_found") from None
        except espeak.EspeakError as error:
            # Not retryable and not the line's fault, but there is no closer kind: say what to do.
            raise _engine_unavailable(error) from None
        return SynthesisResult(audio=wav_of(samples, rate), audio_format="wav", sample_rate=rate, cost=0.0,
                               duration_s=len(samples) / 2 / rate)

    def _synthesize_neural(self, text: str, voice_id: str, speed: float, rules: list[Rule]) -> SynthesisResult:
        installed = self.store.get(voice_id)
        if installed is None:
            raise ProviderError(ErrorKind.VOICE_NOT_FOUND, "This natural voice is not installed: install it "
                                "in Choose Voice ▸ Offline (or with voice-install), or pick another voice.",
                                code="voice_not_installed")
        try:
            voice = piper_voice.load(installed.model)
            samples = voice.synthesize(text, speed=speed, rules=rules)
        except PhonemeRuleError as error:
            # A name said wrong would be cached as if right: the line fails, saying why, instead.
            raise ProviderError(ErrorKind.BAD_REQUEST, str(error), code="phoneme_unknown",
                                params={"reason": error.reason, **error.params}) from None
        except piper_voice.NeuralUnavailable as error:
            raise ProviderError(ErrorKind.BAD_REQUEST, f"{error} Pick an espeak-ng voice.",
                                code=ENGINE_UNAVAILABLE,
                                params={"reason": "neural_unavailable", "detail": error.detail}) from None
        except piper_voice.VoiceFileError as error:
            raise ProviderError(ErrorKind.BAD_REQUEST, f"The voice {installed.key} is damaged ({error}): "
                                "remove it and install it again.", code=ENGINE_UNAVAILABLE,
                                params={"reason": "voice_damaged", "voice": installed.key,
                                        "detail": str(error)}) from None
        except espeak.EspeakError as error:
            raise _engine_unavailable(error) from None
        if not samples:
            raise ProviderError(ErrorKind.BAD_REQUEST, "This line has nothing a voice can say.")
        rate = voice.config.sample_rate
        return SynthesisResult(audio=wav_of(samples, rate), audio_format="wav", sample_rate=rate, cost=0.0,
                               duration_s=len(samples) / 2 / rate)

    def voice_language(self, voice_id: str) -> str | None:
        """The language the voice speaks ("fr-fr", "cmn"; None: not known here): an offline voice reads
        any text with its own language's rules, so clip QA judges its clips by it."""
        if engine_of(voice_id) == ENGINE:
            installed = self.store.get(voice_id)
            if installed is not None and installed.language:
                return _code(installed.language)
            try:
                entry = find_entry(voice_id)
            except CatalogueError:
                return None
            return _code(entry.language) if entry else None
        try:
            found = next((v for v in self._all_voices() if v.id == voice_id), None)
        except ProviderError:
            return None
        return found.language if found else None

    def _neural_voices(self) -> list[Voice]:
        """Installed natural voices first, then the catalogue's others (installed: no)."""
        installed = self.store.installed()
        try:
            catalogue = load_catalogue()
        except CatalogueError:
            catalogue = []  # a broken catalogue must not hide the voices already installed
        have = {v.key for v in installed}
        return ([_installed_voice(v, catalogue) for v in installed]
                + [_catalogue_voice(e) for e in catalogue if e.key not in have])

    def _all_voices(self) -> list[Voice]:
        with self._voices_lock:
            if self._voices is None:
                try:
                    found = espeak.list_voices()
                except espeak.EspeakError as error:
                    raise _engine_unavailable(error) from None
                self._voices = sorted((_voice(v) for v in found), key=lambda v: v.name.casefold())
            return list(self._voices)


def _engine_unavailable(error: espeak.EspeakError) -> ProviderError:
    """The engine cannot speak: its sentence, and its reason and params for the window's wording."""
    return ProviderError(ErrorKind.BAD_REQUEST, str(error), code=ENGINE_UNAVAILABLE,
                         params={"reason": error.reason, **error.params})


def _voice(found: espeak.EspeakVoice) -> Voice:
    labels = {"languages": ",".join(found.languages), "engine": ESPEAK_ENGINE, "installed": "yes"}
    if found.gender:
        labels["gender"] = found.gender
    return Voice(id=found.identifier, name=found.name, category="offline",
                 language=found.languages[0] if found.languages else None, labels=labels,
                 in_my_voices=True, uses_slot_if_used=False, description="espeak-ng (offline)")


def _neural_labels(language: str | None, gender: str | None, quality: str | None, licence: str | None,
                   size: int | None, installed: bool) -> dict[str, str]:
    labels = {"languages": (language or "").lower(), "engine": ENGINE, "installed": "yes" if installed else "no"}
    for name, value in (("gender", gender), ("quality", quality), ("licence", licence)):
        if value:
            labels[name] = value
    if size:
        labels["bytes"] = str(size)
    return labels


def _installed_voice(voice: InstalledVoice, catalogue: list[CatalogueEntry]) -> Voice:
    entry = next((e for e in catalogue if e.key == voice.key), None)
    return Voice(id=voice.voice_id, name=voice.name, category="offline", language=_code(voice.language),
                 labels=_neural_labels(voice.language, voice.gender, voice.quality,
                                       voice.licence or (entry.licence if entry else None), voice.bytes, True),
                 in_my_voices=True, uses_slot_if_used=False, description="Piper (offline, natural)")


def _catalogue_voice(entry: CatalogueEntry) -> Voice:
    return Voice(id=entry.voice_id, name=entry.name, category="offline", language=_code(entry.language),
                 labels=_neural_labels(entry.language, entry.gender, entry.quality, entry.licence, entry.bytes,
                                       False),
                 in_my_voices=False, uses_slot_if_used=False, preview_url=entry.sample,
                 description="Piper (offline, natural): not installed")


def _code(language: str | None) -> str | None:
    """"fr-FR" as espeak-ng spells its codes ("fr-fr"), so one language filter lists both engines."""
    return language.lower() if language else None


def _language_matches(code: str, wanted: str) -> bool:
    """"fr" matches "fr-fr" and "fr-be"; "en-gb" matches "en-gb-scotland"; "en-us" not "en"."""
    code = code.lower()
    return code == wanted or code.startswith(wanted + "-")

