"""Fitting clips to slots: trimming never cuts speech, stretching keeps pitch and respects the cap,
overflow is reported, and pushing moves only the following lines."""

from __future__ import annotations

import math
import random
from array import array

import pytest

from studio.core.audio_decode import Pcm
from studio.core.cues import Cue
from studio.core.fit import (OVERLAP, PUSH, TIMELINE_RATE, FitSettings, atempo_chain, fit_clip, stretch,
                             trim_silence)
from studio.core.fit_plan import fit_timeline
from studio.core.slots import Slot, SlotSettings

RATE = TIMELINE_RATE


def silence(ms: int) -> list[int]:
    return [0] * (ms * RATE // 1000)


def tone(ms: int, freq: float = 220.0, amp: float = 12000.0) -> list[int]:
    return [int(amp * math.sin(2 * math.pi * freq * i / RATE)) for i in range(ms * RATE // 1000)]


def syllables(ms: int, amp: float = 12000.0) -> list[int]:
    """Speech-like: a 180 Hz voice with harmonics, its level rising and falling 4 times a second."""
    out = []
    for i in range(ms * RATE // 1000):
        t = i / RATE
        level = 0.25 + 0.75 * abs(math.sin(math.pi * 4 * t))
        voice = math.sin(2 * math.pi * 180 * t) + 0.5 * math.sin(2 * math.pi * 360 * t)
        out.append(int(amp * level * voice / 1.5))
    return out


def fricative(ms: int, amp: float) -> list[int]:
    rng = random.Random(7)
    return [int(rng.uniform(-amp, amp)) for _ in range(ms * RATE // 1000)]


def pcm(samples: list[int]) -> bytes:
    return array("h", samples).tobytes()


def ms_of(data: bytes) -> float:
    return len(data) / 2 / (RATE / 1000)


def slot(start: int, end: int, borrow: int = 0, index: int = 0) -> Slot:
    return Slot(index, start, end, borrow, None)


# --- trimming ------------------------------------------------------------------------------------

def test_trim_removes_silence_at_both_ends_and_keeps_every_speech_sample():
    speech = syllables(800) + fricative(150, 400)  # the final "s" is 30 dB below the vowels
    data = pcm(silence(300) + speech + silence(500))
    first, end = trim_silence(data)
    speech_start, speech_end = 300 * 48, (300 + 950) * 48
    assert first <= speech_start and end >= speech_end, "speech was cut"
    assert speech_start - first <= 20 * 48  # at most the head margin and one frame
    assert end - speech_end <= 140 * 48  # the tail margin and a frame, not the 500 ms of silence


def test_trim_threshold_is_relative_to_the_clip_level():
    loud = pcm(silence(200) + tone(500, amp=20000) + silence(200))
    quiet = pcm(silence(200) + tone(500, amp=200) + silence(200))  # -40 dB: a whisper, still speech
    assert trim_silence(loud) == trim_silence(quiet)


def test_trim_of_pure_silence_or_dither_keeps_nothing():
    assert trim_silence(pcm(silence(300))) == (0, 0)
    assert trim_silence(pcm(fricative(300, 6))) == (0, 0)


def test_a_clip_without_silence_is_untouched():
    data = pcm(tone(400))
    assert trim_silence(data) == (0, len(data) // 2)


# --- stretching ----------------------------------------------------------------------------------

@pytest.mark.parametrize("speed, factors", [(1.25, [1.25]), (3.0, [2.0, 1.5]), (0.3, [0.5, 0.6]),
                                            (5.0, [2.0, 2.0, 1.25])])
def test_atempo_chains_past_its_range(speed, factors):
    chain = atempo_chain(speed)
    values = [float(part.split("=")[1]) for part in chain.split(",")]
    assert values == pytest.approx(factors)
    assert all(0.5 <= v <= 2.0 for v in values)
    assert math.prod(values) == pytest.approx(speed, rel=1e-5)


def zero_crossing_hz(data: bytes) -> float:
    samples = array("h", data)[2400:-2400]  # skip the edges
    crossings = sum(1 for a, b in zip(samples, samples[1:]) if a < 0 <= b)
    return crossings / (len(samples) / RATE)


@pytest.mark.parametrize("speed", [1.2, 1.25, 2.5, 0.9])
def test_stretch_changes_length_not_pitch(speed):
    data = pcm(tone(2000, freq=300))
    out = stretch(data, speed)
    assert ms_of(data) / ms_of(out) == pytest.approx(speed, rel=0.01)
    assert zero_crossing_hz(out) == pytest.approx(300, rel=0.02)


# --- one clip ------------------------------------------------------------------------------------

def test_a_clip_that_fits_is_left_alone():
    data = pcm(tone(800))
    fitted = fit_clip(data, slot(1000, 2000), 1000, FitSettings(trim=False))
    assert fitted.samples == data and fitted.speed == 1.0 and fitted.overflow_ms == 0
    assert fitted.clip_ms == 800 and fitted.source_ms == 800


def test_a_short_clip_is_not_slowed_unless_fill_is_on():
    data = pcm(tone(800))
    assert fit_clip(data, slot(0, 1000), 0, FitSettings(trim=False)).speed == 1.0
    filled = fit_clip(data, slot(0, 1000), 0, FitSettings(trim=False, fill_short=True))
    assert filled.speed == pytest.approx(0.9)  # gentle: never slower than 0.9x, even with room left
    snug = fit_clip(pcm(tone(950)), slot(0, 1000), 0, FitSettings(trim=False, fill_short=True))
    assert snug.speed == pytest.approx(0.95)
    assert snug.clip_ms == pytest.approx(1000, abs=15)


def test_the_borrowable_gap_is_used_before_any_speed_up():
    data = pcm(tone(1300))
    fitted = fit_clip(data, slot(0, 1000, borrow=450), 0, FitSettings(trim=False))
    assert fitted.speed == 1.0 and fitted.overflow_ms == 0 and fitted.clip_ms == 1300


def test_trimming_comes_before_speed_up():
    data = pcm(silence(400) + syllables(1000) + silence(400))
    fitted = fit_clip(data, slot(0, 1200), 0)
    assert fitted.speed == 1.0 and fitted.overflow_ms == 0
    assert fitted.trimmed_ms >= 600 and fitted.source_ms == 1800


def test_a_stretched_clip_fits_its_slot_and_keeps_all_its_speech():
    data = pcm(syllables(2300))
    fitted = fit_clip(data, slot(0, 1500, borrow=500), 0)
    # Aimed 25 ms short of the room: atempo's output runs a few ms long, and that must not overflow.
    assert fitted.speed == pytest.approx(2300 / (2000 - 25), rel=1e-3)
    assert fitted.overflow_ms == 0
    assert fitted.clip_ms == pytest.approx(1975, abs=20)
    # Nothing was cut: the length is the source's divided by the speed, not the slot's.
    assert fitted.clip_ms * fitted.speed == pytest.approx(2300, rel=0.01)


def test_speed_never_exceeds_the_cap_and_the_rest_is_reported_as_overflow():
    data = pcm(syllables(3000))
    fitted = fit_clip(data, slot(0, 1500, borrow=500), 0, FitSettings(max_speed=1.25))
    assert fitted.speed == 1.25
    assert fitted.clip_ms == pytest.approx(2400, abs=20)
    assert fitted.overflow_ms == pytest.approx(400, abs=20)
    higher = fit_clip(data, slot(0, 1500, borrow=500), 0, FitSettings(max_speed=1.6))
    assert higher.speed == pytest.approx(3000 / (2000 - 25), rel=1e-3) and higher.overflow_ms == 0


# --- a whole timeline ----------------------------------------------------------------------------

def timeline_cues() -> list[Cue]:
    return [Cue(0, 1000, "a"), Cue(2000, 3000, "b"), Cue(3200, 4000, "c"), Cue(4100, 5000, "d"),
            Cue(20000, 21000, "e")]


def timeline_clips() -> list[bytes]:
    return [pcm(tone(900)), pcm(tone(2600)), pcm(tone(700)), pcm(tone(700)), pcm(tone(900))]


def test_overlap_policy_moves_nothing_and_reports_the_overflow():
    fitted = fit_timeline(timeline_cues(), timeline_clips(), FitSettings(trim=False))
    assert [f.placed_ms for f in fitted] == [0, 2000, 3200, 4100, 20000]
    assert fitted[1].speed == 1.25
    # 2600 ms at 1.25x = 2080 ms from 2000, the slot ends at 3000 + 150 borrowed.
    assert fitted[1].overflow_ms == pytest.approx(2080 + 2000 - 3150, abs=20)
    assert [f.overflow_ms for i, f in enumerate(fitted) if i != 1] == [0, 0, 0, 0]


def test_push_moves_only_the_following_lines_and_as_little_as_needed():
    fitted = fit_timeline(timeline_cues(), timeline_clips(), FitSettings(trim=False, overflow=PUSH))
    end_b = fitted[1].end_ms
    assert fitted[0].placed_ms == 0  # before the overflow: untouched
    assert fitted[2].placed_ms == math.ceil(end_b) + 50  # right after b, with the guard
    assert fitted[2].shift_ms > 0
    # c was pushed past its own slot: it speeds up as far as allowed and, still late, pushes d.
    assert fitted[2].speed == 1.25 and fitted[2].overflow_ms > 0
    assert fitted[3].placed_ms == math.ceil(fitted[2].end_ms) + 50
    assert fitted[3].speed == 1.0 and fitted[3].overflow_ms == 0  # d has room: the chain stops here
    assert fitted[4].placed_ms == 20000  # far later: the delay was absorbed by the pause


def test_a_per_line_policy_overrides_the_global_one():
    fitted = fit_timeline(timeline_cues(), timeline_clips(), FitSettings(trim=False, overflow=PUSH),
                          policies={1: OVERLAP})
    assert [f.placed_ms for f in fitted] == [0, 2000, 3200, 4100, 20000]
    assert fitted[1].policy == OVERLAP and fitted[0].policy == PUSH
    with pytest.raises(ValueError):
        fit_timeline(timeline_cues(), timeline_clips(), policies={0: "squash"})


def test_missing_clips_and_other_sample_rates():
    half_rate = Pcm(array("h", [8000, -8000] * 12000).tobytes(), 24000, 1)  # 1 s at 24 kHz
    fitted = fit_timeline([Cue(0, 1500, "a"), Cue(2000, 3000, "b")], [half_rate, None],
                          FitSettings(trim=False))
    assert fitted[0].clip_ms == pytest.approx(1000, abs=2)
    assert fitted[1].clip_ms == 0 and fitted[1].overflow_ms == 0
    with pytest.raises(ValueError):
        fit_timeline([Cue(0, 1500, "a")], [])


def test_a_clip_sped_up_to_fill_its_room_does_not_overflow_by_atempos_padding():
    """atempo's output runs a few ms past length / speed: a line within the speed cap must still fit."""
    overflowing = []
    for end in range(1400, 1690, 10):
        cues = [Cue(0, end, "a"), Cue(end + 50, end + 2000, "b")]
        first = fit_timeline(cues, [pcm(tone(1700)), pcm(tone(300))], FitSettings(trim=False))[0]
        assert 1.0 < first.speed <= 1.25
        if first.overflow_ms:
            overflowing.append((end, first.overflow_ms))
    assert overflowing == []


# --- vectorised and batched forms give what the plain ones give ------------------------------------

def trim_reference(samples: bytes, threshold_db: float = -40.0, head_ms: int = 10, tail_ms: int = 120):
    """The rule written plainly, one 10 ms frame at a time (what trim_silence computes in numpy)."""
    values = array("h", samples)
    frame = RATE // 100
    peaks = [max(abs(x) for x in values[i:i + frame]) for i in range(0, len(values), frame)]
    if max(peaks, default=0) <= 16:
        return 0, 0
    threshold = max(16, max(peaks) * 10 ** (threshold_db / 20))
    loud = [i for i, peak in enumerate(peaks) if peak > threshold]
    return (max(0, loud[0] * frame - RATE * head_ms // 1000),
            min(len(values), (loud[-1] + 1) * frame + RATE * tail_ms // 1000))


@pytest.mark.parametrize("seed", range(6))
def test_vectorised_trim_keeps_exactly_the_frames_the_rule_names(seed):
    rng = random.Random(seed)
    samples = silence(rng.randrange(0, 400)) + fricative(rng.randrange(1, 90), rng.uniform(5, 800))
    samples += syllables(rng.randrange(100, 700), amp=rng.uniform(50, 32000)) + silence(rng.randrange(0, 300))
    samples += [rng.randrange(-40, 40) for _ in range(rng.randrange(0, 479))]  # a last partial frame
    if seed == 0:
        samples[len(samples) // 2] = -32768  # the one sample whose magnitude does not fit in 16 bits
    data = pcm(samples)
    assert trim_silence(data) == trim_reference(data)
    assert trim_silence(data, threshold_db=-20, keep_head_ms=0, keep_tail_ms=0) == trim_reference(data, -20, 0, 0)


def test_a_timeline_stretched_in_one_batch_equals_each_clip_stretched_alone():
    """fit_timeline runs its stretches in batched ffmpeg processes; each result must be the very samples a
    process of its own gives (so batching changes the cost, never the sound)."""
    # (clip ms, cue ms): the speed is clip / (cue - 25 ms of slack), exact in 4 decimals as reported.
    pairs = [(1500, 1225), (1800, 1225), (1920, 1625), (1600, 1025), (2400, 1625)]
    cues = [Cue(i * 3000, i * 3000 + cue_ms, f"line {i}") for i, (_, cue_ms) in enumerate(pairs)]
    clips = [pcm(syllables(clip_ms)) for clip_ms, _ in pairs]
    fitted = fit_timeline(cues, clips, FitSettings(trim=False, max_speed=2.0, slots=SlotSettings(max_borrow_ms=0)))
    assert [clip.speed for clip in fitted] == [1.25, 1.5, 1.2, 1.6, 1.5]
    for clip, data in zip(fitted, clips):
        assert bytes(clip.samples) == stretch(data, clip.speed)
