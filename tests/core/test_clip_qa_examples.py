"""Clip QA's alignment checks on ElevenLabs' own example bodies (the official spec's schema examples,
tests/data/elevenlabs/elevenlabs-examples.json), with real speech (espeak-ng) for the audio, since the
examples' audio_base64 is a placeholder.

What this does NOT show: the thresholds (1.2 s gap, 0.5 s of sound after the last character, the
spectral flatness of noise, the 0.5x-2.5x spoken length) were tuned on espeak-ng and the emulator; no
real ElevenLabs clip was available here, so breaths, reverb tails and MP3 padding of real takes are
untested (README, Clip QA)."""

from __future__ import annotations

import base64
import copy
from types import SimpleNamespace

import numpy as np
import pytest

from studio.core import clip_qa
from studio.core.clip_qa import Alignment, QaVerdict, analyse, check
from studio.providers.elevenlabs_audio import timestamped_audio
from tests.core.test_clip_qa import CPS, espeak_speech
from tests.emulators.audio import wav_bytes
from tests.emulators.elevenlabs_state import SCHEMA_EXAMPLES

FULL = SCHEMA_EXAMPLES["AudioWithTimestampsResponseModel"]
CHUNK = SCHEMA_EXAMPLES["StreamingAudioChunkWithTimestampsResponseModel"]
TEXT = "Hello"  # what the example's alignment spells


@pytest.fixture(scope="module")
def hello() -> tuple[np.ndarray, int]:
    return espeak_speech(TEXT)


def test_the_examples_alignments_read_and_pass(hello):
    samples, rate = hello
    sound = analyse(samples, rate)
    for body, text in ((FULL, TEXT), (CHUNK, "He")):
        for name in ("alignment", "normalized_alignment"):
            alignment = Alignment.from_json(body[name])
            assert alignment is not None and "".join(alignment.characters) == text
            assert clip_qa.check_alignment(alignment, text, sound) == []
    assert check(sound, TEXT, CPS, Alignment.from_json(FULL["alignment"])) == QaVerdict()


def test_the_example_body_with_real_audio_goes_through_the_provider_parser(hello):
    samples, rate = hello
    body = {**FULL, "audio_base64": base64.b64encode(wav_bytes(samples.tobytes(), rate)).decode("ascii")}
    response = SimpleNamespace(json=lambda: body, headers={}, status_code=200)
    audio, alignment = timestamped_audio(response)
    assert alignment == Alignment.from_json(FULL["alignment"])
    assert clip_qa.check_clip(audio, "wav", TEXT, CPS, alignment) == QaVerdict()


@pytest.mark.parametrize("gap_s, flagged", [(1.1, False), (1.3, True)])
def test_a_gap_in_the_example_alignment_is_flagged_past_the_threshold(hello, gap_s, flagged):
    samples, rate = hello
    data = copy.deepcopy(FULL["alignment"])
    # "He" then a pause of gap_s before "llo", as a voice that stalls mid-word would answer.
    for key in ("character_start_times_seconds", "character_end_times_seconds"):
        data[key] = [t + (gap_s if i >= 2 else 0.0) for i, t in enumerate(data[key])]
    pause = np.zeros(int(gap_s * rate), dtype="<i2")
    split = int(0.2 * rate)
    sound = analyse(np.concatenate([samples[:split], pause, samples[split:]]), rate)
    reasons = clip_qa.check_alignment(Alignment.from_json(data), TEXT, sound)
    assert (clip_qa.ALIGNMENT_GAP in reasons) == flagged


def test_characters_the_example_leaves_out_or_gives_no_time_are_unaligned(hello):
    samples, rate = hello
    sound = analyse(samples, rate)
    # The streaming chunk alone ("He") is not the whole text: joined chunks must be checked, not one.
    assert clip_qa.UNALIGNED in clip_qa.check_alignment(Alignment.from_json(CHUNK["alignment"]), TEXT, sound)
    data = copy.deepcopy(FULL["alignment"])
    data["character_end_times_seconds"][2:4] = data["character_start_times_seconds"][2:4]  # "ll" never spoken
    assert clip_qa.UNALIGNED in clip_qa.check_alignment(Alignment.from_json(data), TEXT, sound)
