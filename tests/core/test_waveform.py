"""The waveform's peak pyramid: every zoom level agrees with the samples."""

from __future__ import annotations

import math
from array import array

from studio.core.fit import TIMELINE_RATE as RATE
from studio.core.waveform import WaveformPeaks


def test_the_peak_pyramid_matches_the_samples_at_every_zoom():
    samples = array("h", [0] * (RATE * 10))
    samples[RATE * 3 + 17] = 20000
    samples[RATE * 7 + 5] = -15000
    peaks = WaveformPeaks.build(samples, RATE)
    assert peaks.peak == 20000 and peaks.duration_ms == 10000
    for px_per_s in (0.5, 2, 10, 100, 800):
        columns = peaks.columns(0, math.ceil(10 * px_per_s) + 1, px_per_s)
        assert max(hi for _, hi in columns) == 20000
        assert min(lo for lo, _ in columns) == -15000
        loud = [i for i, (_, hi) in enumerate(columns) if hi == 20000]
        assert len(loud) <= 2 and abs(loud[0] / px_per_s - 3) <= 2 / px_per_s + 4096 * 2 / RATE
