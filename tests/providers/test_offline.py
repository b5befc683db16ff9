"""The embedded espeak-ng engine really speaks: real samples, measured length and loudness."""

from __future__ import annotations

import array
import io
import math
import os
import subprocess
import sys
import wave
from concurrent.futures import ThreadPoolExecutor

import pytest

from studio.core.audio_decode import decode_to_pcm
from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest, VoiceSettings
from studio.providers.offline import OfflineProvider

FRENCH = "Bonjour à tous, je m'appelle Éloïse et je suis très contente d'être ici ce soir."
ENGLISH = "Hello everyone, my name is Eloise and I am very happy to be here tonight."


@pytest.fixture(scope="module")
def provider():
    return OfflineProvider()


def measure(result) -> tuple[float, float, int]:
    """(seconds, RMS, sample rate) read from the WAV the provider returned."""
    with wave.open(io.BytesIO(result.audio)) as handle:
        rate = handle.getframerate()
        assert handle.getnchannels() == 1 and handle.getsampwidth() == 2
        samples = array.array("h", handle.readframes(handle.getnframes()))
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return len(samples) / rate, rms, rate


def test_voices_include_french_and_english_and_need_no_slot(provider):
    voices = provider.voices().voices
    ids = {v.id for v in voices}
    assert {"roa/fr", "gmw/en", "gmw/en-US"} <= ids
    assert all(v.category == "offline" and not v.uses_slot_if_used for v in voices)
    # Every voice on this computer is usable as it is; the natural voices of the catalogue need installing.
    assert all(v.in_my_voices == (v.labels["installed"] == "yes") for v in voices)
    assert all(v.labels["engine"] == "piper" for v in voices if not v.in_my_voices)
    french = provider.voices(language="fr").voices
    assert {v.id for v in french} >= {"roa/fr", "roa/fr-BE", "roa/fr-CH"}
    assert all(v.language.lower().startswith("fr") for v in french)
    assert [v.id for v in provider.voices(search="america").voices][:1] == ["gmw/en-US"]
    assert provider.voices(library=True).voices == []


def test_balance_is_unlimited_and_estimate_free(provider):
    balance = provider.balance()
    assert balance.unit == "none" and balance.remaining is None
    assert provider.estimate(FRENCH) == 0.0


@pytest.mark.parametrize("voice, text", [("roa/fr", FRENCH), ("gmw/en-US", ENGLISH), ("fr", FRENCH)])
def test_a_sentence_is_spoken_with_plausible_length_and_loudness(provider, voice, text):
    result = provider.synthesize(SynthesisRequest(text=text, voice_id=voice))
    seconds, rms, rate = measure(result)
    assert result.audio_format == "wav" and result.cost == 0.0
    assert rate == result.sample_rate == 22050
    assert 1.0 < seconds < 10.0
    assert rms > 1000  # speech at espeak's default volume, far above silence
    assert result.duration_s == pytest.approx(seconds)
    # The app's own decoder reads it back to the same length.
    assert decode_to_pcm(result.audio, "wav", rate).duration_ms == pytest.approx(seconds * 1000, abs=1)


def test_speed_setting_changes_the_speaking_rate(provider):
    def seconds(speed):
        result = provider.synthesize(SynthesisRequest(text=FRENCH, voice_id="roa/fr",
                                                      settings=VoiceSettings(speed=speed)))
        return measure(result)[0]

    normal, fast = seconds(1.0), seconds(1.5)
    assert 0.55 < fast / normal < 0.8


def test_unknown_voice_is_voice_not_found(provider):
    with pytest.raises(ProviderError) as caught:
        provider.synthesize(SynthesisRequest(text=FRENCH, voice_id="xx/klingon"))
    assert caught.value.kind is ErrorKind.VOICE_NOT_FOUND and not caught.value.retryable


def test_empty_text_is_refused(provider):
    with pytest.raises(ProviderError) as caught:
        provider.synthesize(SynthesisRequest(text="  \n", voice_id="roa/fr"))
    assert caught.value.kind is ErrorKind.BAD_REQUEST


def test_concurrent_calls_are_serialised_and_each_gets_its_own_speech(provider):
    # espeak-ng is global state: without the module lock, samples of one call land in another's.
    requests = [SynthesisRequest(text=t, voice_id=v) for t, v in
                [(FRENCH, "roa/fr"), (ENGLISH, "gmw/en"), ("Un deux trois.", "roa/fr")] * 4]
    alone = [measure(provider.synthesize(r))[0] for r in requests[:3]]
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = [measure(r)[0] for r in pool.map(provider.synthesize, requests)]
    # The generator carries a few samples of phase between calls, hence "about" the same length.
    assert together == pytest.approx(alone * 4, abs=0.03)


def test_an_install_path_too_long_for_espeak_gets_a_short_alias(tmp_path):
    # espeak-ng 1.52 keeps its data path in a 160-byte buffer and silently uses a wrong one beyond.
    from studio.providers import espeak

    _, data = espeak.paths()
    deep = tmp_path / ("d" * 100) / ("e" * 100)
    deep.mkdir(parents=True)
    (deep / "espeak-ng-data").symlink_to(data)
    alias = espeak._short_data_path(str(deep / "espeak-ng-data"))
    assert len(alias) < 150
    assert os.path.samefile(os.path.join(alias, "phontab"), os.path.join(data, "phontab"))
    assert espeak._short_data_path(data) == data or len(data) >= 145


def test_unusable_voice_data_is_a_clear_error():
    # In a child process: espeak-ng is process-global, and this test breaks its state on purpose.
    code = ("from studio.providers import espeak\n"
            "try:\n    espeak._Engine(espeak.paths()[0], '/nonexistent/espeak-ng-data')\n"
            "except espeak.EspeakError as error:\n    print('refused:', error)\n")
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                           cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert "refused: The offline voice engine could not read its voice data" in child.stdout
