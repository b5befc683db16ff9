"""Shift and stretch many cues at once (Issue 17 §2): pure arithmetic, unreadable times left alone."""

import pytest

from studio.core.cues import Cue
from studio.core.retime import first_start, shifted, snapped, stretched

CUES = [Cue(1000, 2000, "a"), Cue(3000, 4500, "b"), Cue(0, 0, "c", bad_timing="(missing)"),
        Cue(10_000, 12_000, "d")]


def test_shift_later_and_earlier_keeps_lengths_and_skips_placeholders():
    later = shifted(CUES, 1500)
    assert [(c.start_ms, c.end_ms) for c in later] == [(2500, 3500), (4500, 6000), (0, 0), (11_500, 13_500)]
    assert later[2] is CUES[2]
    earlier = shifted(CUES, -1000)
    assert earlier[0].start_ms == 0 and earlier[3].duration_ms == 2000
    with pytest.raises(ValueError):
        shifted(CUES, -1001)  # line 1 would start before the film


def test_first_start_ignores_unreadable_times():
    assert first_start(CUES) == 1000 and first_start([CUES[2], CUES[3]]) == 10_000 and first_start([]) is None


def test_stretch_maps_two_sync_points_linearly():
    # Made for 25 fps, shown at 23.976: 1000 -> 1000 and 10000 -> 10427 (a factor of 25 / 23.976).
    result = stretched(CUES, (1000, 1000), (10_000, 10_427))
    assert result[0].start_ms == 1000 and result[3].start_ms == 10_427
    factor = 9427 / 9000
    assert result[1].start_ms == round(1000 + 2000 * factor) and result[3].end_ms == round(1000 + 11_000 * factor)
    assert result[2] is CUES[2]
    with pytest.raises(ValueError):
        stretched(CUES, (1000, 1000), (1000, 5000))  # the same time twice
    with pytest.raises(ValueError):
        stretched(CUES, (1000, 5000), (10_000, 2000))  # would reverse the order
    with pytest.raises(ValueError):
        stretched(CUES, (3000, 1000), (10_000, 8000))  # line 1 would start at -1000


def test_snap_start_moves_the_line_and_snap_end_ends_it():
    assert snapped(CUES[1], 7000, "start") == CUES[1].with_times(7000, 8500)
    assert snapped(CUES[2], 7000, "start").duration_ms == 2000  # placeholder times: a default length
    assert snapped(CUES[1], 5000, "end") == CUES[1].with_times(3000, 5000)
    with pytest.raises(ValueError):
        snapped(CUES[1], 3000, "end")
