"""Which lines the fit asks a natural offline voice to speak faster, and at what speed."""

from __future__ import annotations

import pytest

from studio.core.assemble import Placement
from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.native_speed import MARGIN, faster_cues


def placement(index: int, speed: float, overflow: int = 0) -> Placement:
    return Placement(index=index, start_ms=0, end_ms=1000, slot_ms=1000, placed_ms=0, clip_ms=1000,
                     source_ms=1200, speed=speed, overflow_ms=overflow, trimmed_ms=0, policy="fit")


def test_only_stretched_lines_of_voices_that_can_are_sped_up_within_the_cap():
    cues = [Cue(0, 1000, "a"), Cue(1000, 2000, "b"), Cue(2000, 3000, "c", voice="roa/fr"),
            Cue(3000, 4000, "d", speed=1.1), Cue(4000, 5000, "e")]
    placements = [placement(1, 1.1), placement(2, 1.0), placement(3, 1.2), placement(4, 1.2),
                  placement(5, 1.25, overflow=300)]
    out, changed = faster_cues(cues, placements, 1.25, lambda cue: cue.voice != "roa/fr")
    # 2 fitted, 3 is espeak-ng, 4 has the user's own speed: left alone; 5 overflows: the cap.
    assert changed == {1: round(1.1 * MARGIN, 2), 5: 1.25}
    assert [c.speed for c in out] == [round(1.1 * MARGIN, 2), None, None, 1.1, 1.25]


def test_a_line_speed_changes_a_natural_voices_clip_only():
    cue = Cue(0, 1000, "Salut.")
    natural = RenderSettings(provider="offline", voice="piper:fr_FR-siwis-medium", audio_format="wav")
    assert natural.spec_for(cue.with_speed(1.1)).key != natural.spec_for(cue).key
    assert natural.speed_for(cue.with_speed(1.1)) == 1.1
    robotic = RenderSettings(provider="offline", voice="roa/fr", audio_format="wav")
    assert robotic.spec_for(cue.with_speed(1.1)).key == robotic.spec_for(cue).key


def test_render_faster_renders_only_the_stretched_lines_and_keeps_the_first_clip_of_one_that_failed(tmp_path):
    from studio.core.clip_cache import ClipCache
    from studio.core.native_speed import render_faster

    cache = ClipCache.open(tmp_path / "clips")
    settings = RenderSettings(provider="offline", voice="piper:en_US-joe-medium", audio_format="wav")
    cues = [Cue(0, 1000, "one"), Cue(1000, 2000, "two"), Cue(2000, 3000, "three"), Cue(3000, 4000, "four")]
    # Lines 1 and 3 were stretched; 2 and 4 fitted (not rendered again).
    placements = [placement(1, 1.1), placement(2, 1.0), placement(3, 1.2), placement(4, 1.0)]
    planned = []

    def run(plan) -> None:  # noqa: ANN001
        planned.extend(line.index for line in plan.lines)
        line = plan.lines[0]  # line 3's render fails: only line 1 gets its faster clip
        cache.put(line.spec, b"RIFF....WAVE", "wav")

    out, spoken = render_faster(cues, placements, settings, cache, 1.25, run)
    assert planned == [1, 3]
    assert spoken == {1: round(1.1 * MARGIN, 2)}
    assert out[0].speed == round(1.1 * MARGIN, 2) and out[2] is cues[2] and out[1:] == cues[1:]


def test_render_faster_does_nothing_for_espeak_or_a_paid_provider(tmp_path):
    from studio.core.clip_cache import ClipCache
    from studio.core.native_speed import render_faster

    cache = ClipCache.open(tmp_path / "clips")
    cues = [Cue(0, 1000, "one")]
    for settings in (RenderSettings(provider="offline", voice="roa/fr"),
                     RenderSettings(provider="elevenlabs", voice="piper:looks-natural")):
        out, spoken = render_faster(cues, [placement(1, 1.2)], settings, cache, 1.25,
                                    lambda plan: pytest.fail("nothing to render"))
        assert spoken == {} and out == cues


def test_a_line_already_spoken_faster_but_still_too_long_is_sped_up_again_from_its_own_speed():
    # Line 1 was spoken at 1.1 and its take still needed 1.08; line 2 at 1.1 needs an inaudible 1.01;
    # line 3 carries the user's own 1.1 (not ours); line 4 is at the cap already.
    cues = [Cue(0, 1000, "a", speed=1.1), Cue(1000, 2000, "b", speed=1.1), Cue(2000, 3000, "c", speed=1.1),
            Cue(3000, 4000, "d", speed=1.25)]
    placements = [placement(1, 1.08), placement(2, 1.01), placement(3, 1.2), placement(4, 1.1)]
    out, changed = faster_cues(cues, placements, 1.25, lambda cue: True, ours={1: 1.1, 2: 1.1, 4: 1.25})
    assert changed == {1: round(1.1 * 1.08 * MARGIN, 2)}
    assert [c.speed for c in out] == [round(1.1 * 1.08 * MARGIN, 2), 1.1, 1.1, 1.25]
