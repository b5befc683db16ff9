"""The natural offline engine: a real Piper voice (joe, from the test extra) run by onnxruntime."""

from __future__ import annotations

import io
import wave
from concurrent.futures import ThreadPoolExecutor

import pytest

from studio.providers import espeak, piper_voice
from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest, VoiceSettings
from studio.providers.offline import DEFAULT_VOICE, OfflineProvider, default_voice
from studio.providers.piper_voice import PiperConfig, VoiceFileError, split_sentences
from tests.neural_fixtures import JOE_ID, joe_files, joe_store  # noqa: F401 - fixture

TEXT = "Hello everyone, my name is Joe. I read subtitles aloud, and I sound like a person!"


def seconds(result) -> float:
    with wave.open(io.BytesIO(result.audio)) as handle:
        assert handle.getnchannels() == 1 and handle.getsampwidth() == 2
        return handle.getnframes() / handle.getframerate()


def speak(provider, text: str = TEXT, speed: float | None = None):
    settings = VoiceSettings(speed=speed) if speed else None
    return provider.synthesize(SynthesisRequest(text=text, voice_id=JOE_ID, audio_format="wav", settings=settings))


def test_sentences_keep_their_punctuation_as_piper_voices_expect():
    sentences = split_sentences(lambda words: f"<{words.strip()}>", "Hi, you. Fine? Yes… ok")
    assert sentences == ["<Hi>, <you>.", "<Fine>?", "<Yes>.", "<ok>"]
    assert split_sentences(lambda words: words, "…!?") == []  # nothing to say


def test_phonemes_come_from_the_bundled_espeak_in_ipa():
    assert espeak.phonemes("Bonjour", "fr") == "bɔ̃ʒˈuʁ"


def test_a_config_that_is_not_a_piper_voice_is_refused_with_a_reason(tmp_path):
    bad = tmp_path / "x.onnx.json"
    bad.write_text('{"audio": {}}', encoding="utf-8")
    with pytest.raises(VoiceFileError, match="not a Piper voice configuration"):
        PiperConfig.read(bad)
    model, config = joe_files()
    assert PiperConfig.read(config).espeak_voice == "en-us"


def test_the_installed_voice_speaks_a_line_at_its_own_rate(joe_store):
    result = speak(OfflineProvider(store=joe_store))
    assert result.audio_format == "wav" and result.sample_rate == 22050 and result.cost == 0.0
    # About 16 words: a natural reader takes 4-8 s (espeak-ng's robot is the same order; silence is not).
    assert 3.5 < seconds(result) < 9.0
    samples = piper_voice.load(joe_store.get(JOE_ID).model).synthesize("Hello.")
    assert max(abs(int.from_bytes(samples[i:i + 2], "little", signed=True))
               for i in range(0, len(samples), 2)) > 20000  # normalised speech, not silence


def test_speed_uses_the_voices_length_scale(joe_store):
    provider = OfflineProvider(store=joe_store)
    # A VITS voice draws its durations at random: one take against one ranges 0.84-0.90 here, so each
    # speed is timed over three takes (the ratio of the totals: 0.86, 8 takes each).
    normal = sum(seconds(speak(provider)) for _take in range(3))
    faster = sum(seconds(speak(provider, speed=1.25)) for _take in range(3))
    # Length scale 0.8 shortens the phonemes by about 20 % (pauses do not shrink: it is approximate).
    assert 0.7 < faster / normal < 0.9


def test_lines_synthesize_in_parallel_threads_with_one_session(joe_store):
    provider = OfflineProvider(store=joe_store)
    lines = [f"This is line number {n}." for n in range(1, 5)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        lengths = list(pool.map(lambda text: seconds(speak(provider, text)), lines))
    assert all(0.8 < length < 3.5 for length in lengths)


def test_voices_list_the_installed_natural_voice_and_the_catalogue(joe_store):
    voices = {v.id: v for v in OfflineProvider(store=joe_store).voices().voices}
    joe = voices[JOE_ID]
    assert joe.labels["engine"] == "piper" and joe.labels["installed"] == "yes" and joe.in_my_voices
    assert joe.labels["licence"] == "CC0-1.0" and joe.labels["bytes"] == str(joe_files()[0].stat().st_size)
    siwis = voices["piper:fr_FR-siwis-medium"]
    assert siwis.labels["installed"] == "no" and not siwis.in_my_voices and siwis.language == "fr-fr"
    assert voices[DEFAULT_VOICE].labels["engine"] == "espeak-ng"
    english = OfflineProvider(store=joe_store).voices(language="en-us").voices
    assert english[0].id == JOE_ID


def test_a_voice_not_installed_is_voice_not_found_saying_how_to_install(tmp_path):
    provider = OfflineProvider(store=type(OfflineProvider().store)(tmp_path / "voices"))
    with pytest.raises(ProviderError) as caught:
        provider.synthesize(SynthesisRequest(text="Hi", voice_id="piper:fr_FR-siwis-medium", audio_format="wav"))
    assert caught.value.kind == ErrorKind.VOICE_NOT_FOUND and "install" in str(caught.value)


def test_the_default_voice_is_natural_french_only_once_one_is_installed(joe_store, tmp_path):
    assert default_voice(joe_store) == DEFAULT_VOICE  # joe is English: espeak-ng's French stays
    store = type(joe_store)(tmp_path / "voices")
    model, config = joe_files()
    french = tmp_path / "src" / "fr_FR-test-medium.onnx"
    french.parent.mkdir()
    french.symlink_to(model)
    french.with_name(french.name + ".json").write_text(
        config.read_text(encoding="utf-8").replace('"en_US"', '"fr_FR"'), encoding="utf-8")
    store.install_file(french)
    assert default_voice(store) == "piper:fr_FR-test-medium"
