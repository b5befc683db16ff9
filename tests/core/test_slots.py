"""A cue's slot: its own duration plus a borrowable part of the silence before the next cue."""

from __future__ import annotations

import pytest

from studio.core.cues import Cue
from studio.core.slots import SlotSettings, slots_for


def cues(*times: tuple[int, int]) -> list[Cue]:
    return [Cue(start, end, f"line {n}") for n, (start, end) in enumerate(times)]


def test_borrows_up_to_the_setting_and_keeps_the_guard():
    slots = slots_for(cues((0, 1000), (1500, 2000), (5000, 6000)))
    # 500 ms of silence after the first cue: all of it but the 50 ms guard.
    assert slots[0].borrow_ms == 450
    assert slots[0].limit_ms == 1450
    assert slots[0].total_ms == 1450
    # 3 s of silence after the second: capped at the default 1000 ms.
    assert slots[1].borrow_ms == 1000
    assert slots[1].duration_ms == 500
    assert slots[1].total_ms == 1500


def test_a_gap_smaller_than_the_guard_or_an_overlap_lends_nothing():
    slots = slots_for(cues((0, 1000), (1030, 2000), (1900, 3000)))
    assert slots[0].borrow_ms == 0
    assert slots[1].borrow_ms == 0  # the next cue starts before this one ends
    assert slots[1].limit_ms == 2000


def test_the_last_cue_borrows_the_setting_or_up_to_the_end_of_the_film():
    assert slots_for(cues((0, 1000)))[0].borrow_ms == 1000
    assert slots_for(cues((0, 1000)), film_end_ms=1300)[0].borrow_ms == 300
    assert slots_for(cues((0, 1000)), SlotSettings(max_borrow_ms=200))[0].borrow_ms == 200


def test_settings_change_the_borrow():
    slots = slots_for(cues((0, 1000), (3000, 4000)), SlotSettings(max_borrow_ms=2500, guard_ms=100))
    assert slots[0].borrow_ms == 1900
    assert slots[0].next_start_ms == 3000


def test_out_of_order_cues_use_the_next_cue_in_time():
    slots = slots_for(cues((5000, 6000), (0, 1000), (1400, 2000)))
    assert [s.index for s in slots] == [0, 1, 2]
    assert slots[1].borrow_ms == 350  # before 1400, not before 5000
    assert slots[2].borrow_ms == 1000
    assert slots[0].next_start_ms is None


def test_a_cue_with_broken_times_gets_an_empty_slot_not_a_negative_one():
    slot = slots_for(cues((2000, 1500), (2600, 3000)))[0]
    assert slot.duration_ms == 0
    assert slot.borrow_ms == 550
    assert slot.limit_ms == 2550


def test_negative_settings_are_refused():
    with pytest.raises(ValueError):
        SlotSettings(guard_ms=-1)
