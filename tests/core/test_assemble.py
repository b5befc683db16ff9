"""Assembly: every clip lands on its exact sample, overlaps mix without wrapping, and the placement
map, the timing report and the retimed SRT say where each line went."""

from __future__ import annotations

import csv
import io
import json
import math
from array import array

import pytest

from studio.core.assemble import (REPORT_FIELDS, assemble, retimed_cues, timing_report_csv, write_retimed_srt,
                                  write_timing_report)
from studio.core.cues import Cue
from studio.core.fit import PUSH, TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline
from studio.core.srt_file import load_srt

RATE = TIMELINE_RATE


def clicked_tone(ms: int, amp: int = 9000) -> bytes:
    """A click on the very first sample, then a tone: its onset is unmistakable."""
    samples = [int(amp * math.sin(2 * math.pi * 300 * i / RATE)) for i in range(ms * RATE // 1000)]
    samples[0] = 30000
    return array("h", samples).tobytes()


def onsets(samples, threshold: int = 1000, min_gap: int = 480) -> list[int]:
    """Sample indexes where sound starts after at least min_gap samples of silence."""
    found, quiet = [], min_gap
    for i, x in enumerate(samples):
        if abs(x) > threshold:
            if quiet >= min_gap:
                found.append(i)
            quiet = 0
        else:
            quiet += 1
    return found


CUES = [Cue(1234, 2500, "one"), Cue(5007, 6000, "two"), Cue(9001, 10000, "three"), Cue(13999, 15000, "four")]


def test_every_clip_starts_on_its_cue_sample_exactly():
    fitted = fit_timeline(CUES, [clicked_tone(900) for _ in CUES])  # trimming on: the click is speech
    track = assemble(fitted, total_ms=16000)
    assert len(track.samples) == 16000 * 48
    assert onsets(track.samples) == [cue.start_ms * 48 for cue in CUES]
    # The click itself, untouched, on that very sample.
    assert [track.samples[cue.start_ms * 48] for cue in CUES] == [30000] * 4


def test_the_buffer_grows_to_hold_a_clip_past_the_end():
    fitted = fit_timeline([Cue(1000, 2000, "a")], [clicked_tone(1500)], FitSettings(trim=False))
    track = assemble(fitted, total_ms=1200)
    assert len(track.samples) == (1000 + 1500) * 48
    assert track.duration_ms == 2500


def test_pushed_lines_land_where_the_placement_map_says():
    cues = [Cue(0, 1000, "a"), Cue(1200, 2000, "b"), Cue(9000, 9500, "c")]
    fitted = fit_timeline(cues, [clicked_tone(2000), clicked_tone(500), clicked_tone(300)],
                          FitSettings(trim=False, overflow=PUSH))
    track = assemble(fitted)
    placed = [p.placed_ms for p in track.placements]
    assert placed[0] == 0 and placed[1] > 1200 and placed[2] == 9000
    assert onsets(track.samples) == [ms * 48 for ms in placed]
    assert track.pushed()


def test_overlaps_are_summed_and_loud_sums_bend_instead_of_wrapping():
    quiet = fit_timeline([Cue(0, 1000, "a"), Cue(500, 1500, "b")],
                         [array("h", [1000] * 48000).tobytes(), array("h", [2000] * 48000).tobytes()],
                         FitSettings(trim=False))
    track = assemble(quiet)
    assert track.samples[100] == 1000 and track.samples[30000] == 3000 and track.samples[60000] == 2000

    loud = fit_timeline([Cue(0, 1000, "a"), Cue(500, 1500, "b")],
                        [array("h", [25000] * 48000).tobytes(),
                         array("h", [-30000, 30000] * 24000).tobytes()],
                        FitSettings(trim=False))
    mixed = assemble(loud).samples[24000:48000]
    assert max(mixed) <= 32767 and min(mixed) >= -32767
    # 25000 + 30000 stays the loudest positive value, 25000 - 30000 keeps its sign and value.
    assert max(mixed) > 30000 and min(mixed) == -5000


def test_placement_map_has_the_cli_fields():
    fitted = fit_timeline(CUES[:2], [clicked_tone(900), None])
    track = assemble(fitted)
    first, second = (p.to_dict() for p in track.placements)
    for key in ("index", "start_ms", "placed_ms", "clip_ms", "speed", "overflow_ms", "trimmed_ms"):
        assert key in first
    assert first["index"] == 1 and first["placed_ms"] == 1234 and first["clip_ms"] == 900
    assert second["clip_ms"] == 0 and second["index"] == 2


def test_retimed_cues_follow_the_audio_and_never_run_into_the_next_line():
    cues = [Cue(0, 1000, "a"), Cue(1100, 3000, "b"), Cue(3050, 4000, "c"), Cue(9000, 9500, "d")]
    fitted = fit_timeline(cues, [clicked_tone(2000), clicked_tone(400), clicked_tone(400), clicked_tone(300)],
                          FitSettings(trim=False, overflow=PUSH))
    placements = assemble(fitted).placements
    moved = retimed_cues(cues, placements)
    assert moved[0] == cues[0] and moved[3] == cues[3]
    assert moved[1].start_ms == placements[1].placed_ms > 1100
    assert moved[1].end_ms <= moved[2].start_ms
    assert [c.text for c in moved] == ["a", "b", "c", "d"]


def test_retimed_srt_and_timing_reports_are_written(tmp_path):
    fitted = fit_timeline(CUES, [clicked_tone(900), clicked_tone(3000), None, clicked_tone(500)])
    placements = assemble(fitted).placements
    write_retimed_srt(tmp_path / "dub.srt", CUES, placements)
    doc = load_srt(tmp_path / "dub.srt")
    assert [c.start_ms for c in doc.cues] == [p.placed_ms for p in placements]

    write_timing_report(tmp_path / "timing.csv", placements)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "timing.csv").read_text("utf-8"))))
    assert tuple(rows[0]) == REPORT_FIELDS
    assert [int(r["placed_ms"]) for r in rows] == [1234, 5007, 9001, 13999]
    assert int(rows[1]["overflow_ms"]) > 0 and float(rows[1]["speed"]) == 1.25

    write_timing_report(tmp_path / "timing.json", placements)
    report = json.loads((tmp_path / "timing.json").read_text("utf-8"))
    assert report["overflowing"] == [2]
    assert report["lines"][1]["slot_ms"] == 993 + 1000  # the cue plus the 1 s it may borrow
    assert timing_report_csv([]) == ",".join(REPORT_FIELDS) + "\n"


def test_the_placement_count_must_match_the_cues():
    with pytest.raises(ValueError):
        retimed_cues(CUES, [])
