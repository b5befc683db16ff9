"""Clip QA against the emulators: ElevenLabs clips rendered with timestamps (answers as the official spec
has them, every request validated against it), the verdict stored with the clip; Narakeet and the
offline engine checked from their audio alone."""

from __future__ import annotations

import pytest

from studio.core import clip_qa
from studio.core.clip_cache import ClipCache
from studio.core.clip_qa import QaVerdict
from studio.core.cues import Cue
from studio.core.render_job import DONE, RECOVERED, RenderJob, plan_render
from studio.providers.base import SynthesisRequest
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.offline import OfflineProvider
from studio.providers.synthesis import synthesizer
from tests.providers.crash_render import SETTINGS, TARIFF, VOICE

TTS = "/v1/text-to-speech"
LINES = ["Good morning, and welcome to the show tonight.",
         "We have a very special guest with us here.",
         "She travelled a long way to be with us.",
         "Please give her a warm round of applause."]


@pytest.fixture
def provider(elevenlabs_emulator):
    made = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url, timeout=(2.0, 10.0))
    yield made
    made.close()


def render(cues, settings, provider, cache):
    plan = plan_render(cues, settings, cache, TARIFF)
    return RenderJob(plan, synthesizer(provider), cache, concurrency=1).run(), plan


def verdicts(cache, plan):
    return {line.index: QaVerdict.from_json(cache.meta(line.spec.key).qa) for line in plan.lines}


def test_the_answer_and_the_request_follow_the_spec(elevenlabs_emulator, provider):
    result = provider.synthesize(SynthesisRequest(LINES[0], VOICE, model="eleven_multilingual_v2", seed=7))
    sent = elevenlabs_emulator.calls(TTS)[-1]
    assert sent.path == f"{TTS}/{VOICE}/with-timestamps" and sent.body["seed"] == 7
    assert elevenlabs_emulator.spec_violations == []
    assert result.audio[:3] == b"ID3" or result.audio[0] == 0xFF
    assert result.alignment is not None and "".join(result.alignment.characters) == LINES[0]
    assert result.cost == len(LINES[0]) and result.request_id  # headers still read


@pytest.mark.parametrize("fault, expected", [
    ("skip_word", {clip_qa.UNALIGNED}),
    ("noise_tail", {clip_qa.SOUND_AFTER_END, clip_qa.NOISE_TAIL}),
    ("long_silence", {clip_qa.ALIGNMENT_GAP, clip_qa.LONG_SILENCE}),
])
def test_a_faulty_clip_is_suspect_and_the_others_are_ok(elevenlabs_emulator, provider, tmp_path, fault, expected):
    elevenlabs_emulator.clip_faults = [None, fault]  # the second line only
    cache = ClipCache.open(tmp_path)
    cues = [Cue(i * 4000, i * 4000 + 3500, text) for i, text in enumerate(LINES)]
    result, plan = render(cues, SETTINGS, provider, cache)
    assert result.count(DONE) == 4 and elevenlabs_emulator.spec_violations == []
    found = verdicts(cache, plan)
    assert found[1] == found[3] == found[4] == QaVerdict()
    assert found[2].suspect and expected <= set(found[2].reasons), found[2]
    # The verdict stays with the clip: a cache opened afresh still has it.
    assert QaVerdict.from_json(ClipCache.open(tmp_path).meta(plan.lines[1].spec.key).qa) == found[2]


def test_a_clip_whose_answer_broke_off_is_found_in_the_history(elevenlabs_emulator, provider, tmp_path):
    from studio.core.journal import RequestJournal
    from studio.providers.synthesis import history_of
    elevenlabs_emulator.inject("truncated_billed", TTS)
    cache = ClipCache.open(tmp_path)
    plan = plan_render([Cue(0, 3000, LINES[0])], SETTINGS, cache, TARIFF)
    journal = RequestJournal(cache.root)
    result = RenderJob(plan, synthesizer(provider), cache, concurrency=1, journal=journal,
                       history=history_of(provider)).run()
    assert result.statuses[1] == RECOVERED
    assert len(elevenlabs_emulator.calls(TTS)) == 1  # paid once, not twice
    assert cache.contains(plan.lines[0].spec.key)


def test_offline_clips_are_checked_from_their_audio(tmp_path):
    provider = OfflineProvider()
    voice = next(v for v in provider.voices(language="en").voices if not v.id.startswith("piper:"))
    from studio.core.clip_spec import RenderSettings
    settings = RenderSettings(provider="offline", voice=voice.id, audio_format="wav")
    cache = ClipCache.open(tmp_path)
    result, plan = render([Cue(0, 4000, LINES[0]), Cue(5000, 9000, LINES[1])], settings, provider, cache)
    assert result.count(DONE) == 2
    assert set(verdicts(cache, plan).values()) == {QaVerdict()}


@pytest.mark.parametrize("alignments", [False, True])
def test_a_clip_found_in_the_history_is_checked_too(elevenlabs_emulator, provider, tmp_path, alignments):
    """The answer broke off; the clip fetched back from the history gets a verdict like a rendered one:
    from its alignment when the history kept one, else from the audio, saying so (audio_only)."""
    from studio.core.journal import RequestJournal
    from studio.providers.synthesis import history_of
    elevenlabs_emulator.inject("truncated_billed", TTS)
    elevenlabs_emulator.clip_faults = ["noise_tail"]
    elevenlabs_emulator.history_alignments = alignments
    cache = ClipCache.open(tmp_path)
    plan = plan_render([Cue(0, 3000, LINES[0])], SETTINGS, cache, TARIFF)
    result = RenderJob(plan, synthesizer(provider), cache, concurrency=1, journal=RequestJournal(cache.root),
                       history=history_of(provider)).run()
    assert result.statuses[1] == RECOVERED and elevenlabs_emulator.spec_violations == []
    found = verdicts(cache, plan)[1]
    assert found.suspect and clip_qa.NOISE_TAIL in found.reasons
    # Sound after the last character needs the alignment: found only when the history kept it.
    assert (clip_qa.SOUND_AFTER_END in found.reasons) == alignments
    assert (clip_qa.AUDIO_ONLY in found.reasons) == (not alignments)


def test_an_answer_without_alignment_is_checked_from_its_audio_and_says_so(elevenlabs_emulator, provider, tmp_path):
    elevenlabs_emulator.null_alignments = True
    elevenlabs_emulator.clip_faults = [None, "noise_tail"]
    cache = ClipCache.open(tmp_path)
    cues = [Cue(i * 4000, i * 4000 + 3500, text) for i, text in enumerate(LINES[:2])]
    result, plan = render(cues, SETTINGS, provider, cache)
    assert result.count(DONE) == 2 and elevenlabs_emulator.spec_violations == []
    found = verdicts(cache, plan)
    assert found[1].status == clip_qa.OK and found[1].reasons == (clip_qa.AUDIO_ONLY,)
    assert found[2].suspect and clip_qa.NOISE_TAIL in found[2].reasons and clip_qa.SOUND_AFTER_END not in found[2].reasons
