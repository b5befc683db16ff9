"""Clip QA on real audio: espeak-ng speech, with real noise, silence and cuts spliced in, decoded by ffmpeg."""

from __future__ import annotations

import hashlib
import io
import json
import wave

import numpy as np
import pytest

from studio.core import clip_qa
from studio.core.clip_cache import ClipCache, ClipMeta
from studio.core.clip_qa import Alignment, QaVerdict, analyse, check, check_clip
from studio.core.clip_spec import ClipSpec
from studio.core.pace_model import Pace
from studio.providers.base import SynthesisRequest
from studio.providers.offline import OfflineProvider
from tests.emulators.audio import wav_bytes

TEXT = "The quick brown fox jumps over the lazy dog, then runs into the forest."
# 14 characters a second and nothing for pauses: the rate per character these cases were written for.
CPS = Pace(1000 / 14.0, 0.0, 0.0, 0.0)


def espeak_speech(text: str) -> tuple[np.ndarray, int]:
    """text said by an English espeak-ng voice: (int16 samples, rate)."""
    provider = OfflineProvider()
    voice = next(v for v in provider.voices(language="en").voices if not v.id.startswith("piper:"))
    result = provider.synthesize(SynthesisRequest(text=text, voice_id=voice.id, audio_format="wav"))
    with wave.open(io.BytesIO(result.audio)) as handle:
        return np.frombuffer(handle.readframes(handle.getnframes()), "<i2"), handle.getframerate()


@pytest.fixture(scope="module")
def speech() -> tuple[np.ndarray, int]:
    return espeak_speech(TEXT)


def noise(seconds: float, rate: int, level: float = 3000) -> np.ndarray:
    return np.random.default_rng(3).normal(0, level, int(seconds * rate)).clip(-32768, 32767).astype("<i2")


def verdict(samples: np.ndarray, rate: int, text: str = TEXT) -> QaVerdict:
    # Through the real decoder, as a rendered clip is checked.
    found = check_clip(wav_bytes(samples.tobytes(), rate), "wav", text, CPS)
    assert found is not None
    return found


def test_clean_speech_is_ok(speech):
    samples, rate = speech
    found = verdict(samples, rate)
    assert found == QaVerdict()
    assert found.spoken_s == pytest.approx(len(samples) / rate, abs=0.3)


def test_a_missing_alignment_that_was_expected_is_noted_not_suspect(speech):
    """A clip fetched back from a history without alignment: checked from its audio, and it says so."""
    samples, rate = speech
    audio = wav_bytes(samples.tobytes(), rate)
    clean = check_clip(audio, "wav", TEXT, CPS, alignment_expected=True)
    assert clean is not None and clean.status == clip_qa.OK and clean.reasons == (clip_qa.AUDIO_ONLY,)
    assert "audio only" in clean.message
    assert QaVerdict.from_json(clean.as_json()) == clean
    noisy = check_clip(wav_bytes(np.concatenate([samples, noise(1.5, rate)]).tobytes(), rate), "wav", TEXT, CPS,
                       alignment_expected=True)
    assert noisy is not None and noisy.suspect and noisy.reasons[-1] == clip_qa.AUDIO_ONLY
    assert noisy.message.startswith("Noise after the speech")  # the fault first, then the limit


def test_noise_after_the_speech_is_a_noise_tail(speech):
    samples, rate = speech
    found = verdict(np.concatenate([samples, noise(1.5, rate)]), rate)
    assert found.suspect and noise_tail_only(found)
    assert "noise after the speech" in found.message.lower()


def noise_tail_only(found: QaVerdict) -> bool:
    return clip_qa.NOISE_TAIL in found.reasons and clip_qa.NOISE_HEAD not in found.reasons


def test_noise_before_the_speech_is_a_noise_head(speech):
    samples, rate = speech
    found = verdict(np.concatenate([noise(1.0, rate), samples]), rate)
    assert clip_qa.NOISE_HEAD in found.reasons and clip_qa.NOISE_TAIL not in found.reasons


def test_a_long_silence_inside_is_flagged_a_sentence_pause_is_not(speech):
    samples, rate = speech
    half = len(samples) // 2
    long_gap = np.concatenate([samples[:half], np.zeros(int(1.8 * rate), "<i2"), samples[half:]])
    short_gap = np.concatenate([samples[:half], np.zeros(int(0.6 * rate), "<i2"), samples[half:]])
    assert verdict(long_gap, rate).reasons == (clip_qa.LONG_SILENCE,)
    assert verdict(short_gap, rate) == QaVerdict()


def test_silence_at_the_ends_is_not_a_fault(speech):
    samples, rate = speech
    quiet = np.zeros(int(1.5 * rate), "<i2")
    assert verdict(np.concatenate([quiet, samples, quiet]), rate) == QaVerdict()


def test_a_clip_cut_short_or_far_too_long_for_its_text(speech):
    samples, rate = speech
    assert verdict(samples[:len(samples) // 3], rate).reasons == (clip_qa.TOO_SHORT,)
    assert verdict(samples, rate, text="The quick fox.").reasons == (clip_qa.TOO_LONG,)


def test_silence_only_has_no_sound():
    assert verdict(np.zeros(24000, "<i2"), 24000).reasons == (clip_qa.NO_SOUND,)


def test_mp3_clips_are_decoded_and_checked(speech):
    from tests.emulators.elevenlabs_timestamps import encode
    samples, rate = speech
    mp3 = encode(np.concatenate([samples, noise(1.5, rate)]).tobytes(), "mp3", rate)
    found = check_clip(mp3, "mp3", TEXT, CPS)
    assert found is not None and clip_qa.NOISE_TAIL in found.reasons


def test_undecodable_audio_gives_no_verdict():
    assert check_clip(b"not audio at all", "mp3", TEXT, CPS) is None


def _even(text: str, seconds: float) -> Alignment:
    step = seconds / len(text)
    return Alignment(tuple(text), tuple(i * step for i in range(len(text))),
                     tuple((i + 1) * step for i in range(len(text))))


def test_alignment_checks_on_real_speech(speech):
    samples, rate = speech
    sound = analyse(samples, rate)
    seconds = len(samples) / rate
    assert check(sound, TEXT, CPS, _even(TEXT, seconds)) == QaVerdict(spoken_s=0)
    # The voice skipped "brown": its letters got no time.
    skipped = _even(TEXT, seconds)
    at = TEXT.index("brown")
    starts, ends = list(skipped.starts), list(skipped.ends)
    for i in range(at, at + 5):
        ends[i] = starts[i]
    assert clip_qa.UNALIGNED in check(sound, TEXT, CPS, Alignment(skipped.characters, tuple(starts), tuple(ends))).reasons
    # Characters missing from the alignment altogether.
    short = TEXT.replace(" brown", "")
    assert clip_qa.UNALIGNED in check(sound, TEXT, CPS, _even(short, seconds)).reasons
    # The last character ends at half the clip: the rest is sound after the end.
    assert check(sound, TEXT, CPS, _even(TEXT, seconds / 2)).reasons == (clip_qa.SOUND_AFTER_END,)


def test_a_gap_between_aligned_characters(speech):
    samples, rate = speech
    aligned = _even(TEXT, len(samples) / rate)
    gap = tuple(t + (2.0 if i > 30 else 0.0) for i, t in enumerate(aligned.starts))
    ends = tuple(t + (2.0 if i > 30 else 0.0) for i, t in enumerate(aligned.ends))
    padded = np.concatenate([samples, np.zeros(2 * rate, "<i2")])
    found = check(analyse(padded, rate), TEXT, CPS, Alignment(aligned.characters, gap, ends))
    assert clip_qa.ALIGNMENT_GAP in found.reasons


def test_alignment_from_the_spec_example_and_malformed_ones():
    example = json.loads(open("tests/data/elevenlabs/elevenlabs-openapi.json", encoding="utf-8").read())[
        "components"]["schemas"]["AudioWithTimestampsResponseModel"]["example"]["alignment"]
    assert Alignment.from_json(example) == Alignment(tuple("Hello"), (0.0, 0.1, 0.2, 0.3, 0.4),
                                                     (0.1, 0.2, 0.3, 0.4, 0.5))
    assert Alignment.from_json({**example, "characters": ["H"]}) is None
    assert Alignment.from_json(None) is None


def test_the_verdict_is_kept_in_the_sidecar(tmp_path):
    spec = ClipSpec("elevenlabs", "v1", "Hello there.")
    suspect = QaVerdict(clip_qa.SUSPECT, (clip_qa.NOISE_TAIL,), "Noise after the speech.")
    ClipCache(tmp_path).put(spec, b"ID3audio", "mp3", ClipMeta(qa=suspect.as_json()))
    meta = ClipCache.open(tmp_path).meta(spec.key)
    assert QaVerdict.from_json(meta.qa) == suspect
    assert QaVerdict.from_json(None) is None and QaVerdict.from_json({"status": "odd"}) is None


def test_a_seed_changes_the_key_and_no_seed_keeps_the_old_one():
    spec = ClipSpec("elevenlabs", "v1", "Hello there.", "eleven_multilingual_v2")
    old = json.dumps([1, "elevenlabs", "v1", "eleven_multilingual_v2", [], "mp3", "auto", "Hello there."],
                     ensure_ascii=False, separators=(",", ":"))
    assert spec.key == hashlib.sha256(old.encode()).hexdigest()
    seeded = ClipSpec("elevenlabs", "v1", "Hello there.", "eleven_multilingual_v2", seed=42)
    assert seeded.key != spec.key and "seed" not in spec.as_json()
    assert ClipSpec.from_json(seeded.as_json()) == seeded


def test_line_seeds_are_saved_and_bad_ones_dropped(tmp_path):
    from studio.core.cues import Cue
    from studio.core.project import Project, load_project, save_project
    path = tmp_path / "film.dubproj"
    save_project(Project(provider="elevenlabs", cue_seeds={2: 4294967295}), path)
    assert load_project(path).cue_seeds == {2: 4294967295}
    text = path.read_text(encoding="utf-8").replace('"2": 4294967295', '"2": 4294967296, "3": true, "x": 5, "4": 7')
    path.write_text(text, encoding="utf-8")
    assert load_project(path).cue_seeds == {4: 7}  # out of range, not a number, no line: dropped
    from studio.core.clip_spec import RenderSettings
    cue = Cue(0, 1000, "Bonjour.").with_seed(7)
    assert RenderSettings(provider="elevenlabs", voice="v").spec_for(cue).seed == 7
    assert RenderSettings(provider="offline", voice="v").spec_for(cue).seed is None  # no seed to send there
