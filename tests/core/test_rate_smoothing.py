"""Rate smoothing: a sped-up line's neighbours are sped up too, so the speed never jumps past the cap."""

from __future__ import annotations

import pytest

from studio.core.audio_decode import Pcm
from studio.core.cues import Cue
from studio.core.derived_cache import DerivedCache
from studio.core.fit import SAMPLES_PER_MS, TIMELINE_RATE, FitSettings, trim_silence
from studio.core.fit_plan import _timeline_samples
from studio.core.fit_plan import MemoryClip, plan_timeline
from studio.core.rate_smoothing import smoothing_floors
from studio.providers import espeak


def test_floors_spread_a_speed_up_over_its_neighbours_and_stop_at_a_pause_or_a_silent_line():
    speeds = [1.0, 1.0, 1.2, 1.0, 1.0, None, 1.0]
    linked = [True, True, True, False, True, True]  # a long pause between the 4th and 5th line
    floors = smoothing_floors(speeds, linked, 0.08, 1.25)
    assert floors == [1.04, 1.12, 1.0, 1.12, 1.0, 1.0, 1.0]  # 1.2 itself needs no floor
    assert smoothing_floors(speeds, linked, 0.0, 1.25) == [1.0] * 7  # off
    assert smoothing_floors([1.25, 1.0], [True], 0.01, 1.1) == [1.0, 1.1]  # never past the cap


@pytest.fixture(scope="module")
def spoken() -> tuple[bytes, int]:
    samples = _timeline_samples(Pcm(espeak.synthesize("Vite, prenez le train de midi !", "roa/fr"),
                                    espeak.sample_rate(), 1), 0)
    first, end = trim_silence(samples, TIMELINE_RATE)
    return samples, round((end - first) / SAMPLES_PER_MS)


def test_real_speech_a_tight_line_between_easy_ones_no_longer_jumps(spoken, tmp_path):
    samples, ms = spoken
    easy, tight = ms + 300, round(ms / 1.2)
    cues, start = [], 0
    for room in (easy, easy, tight, easy, easy):
        cues.append(Cue(start, start + room, "x"))
        start += room  # back to back: one exchange, nothing to borrow
    clips = [MemoryClip(samples, identity=f"clip{i}") for i in range(5)]
    plain = plan_timeline(cues, clips, FitSettings())
    assert [c.speed for c in plain][:2] == [1.0, 1.0] and plain[2].speed > 1.15  # a jump of 0.15 and more
    store = DerivedCache(tmp_path)
    smooth = plan_timeline(cues, clips, FitSettings(max_speed_step=0.06), store=store)
    speeds = [c.speed for c in smooth]
    assert speeds[2] == plain[2].speed  # the tight line is not slowed: it would overflow
    assert all(abs(a - b) <= 0.06 + 1e-3 for a, b in zip(speeds, speeds[1:]))
    assert speeds[1] > 1.0 and speeds[3] > 1.0 and all(c.overflow_ms == 0 for c in smooth)
    # Each neighbour really is shorter: stretched, not just labelled.
    assert smooth[1].frame_count < plain[1].frame_count
    # Fitted once: the smoothed fits are cached under their own keys and read back unchanged.
    again = plan_timeline(cues, clips, FitSettings(max_speed_step=0.06), store=store)
    assert [bytes(c.samples) for c in again] == [bytes(c.samples) for c in smooth]
