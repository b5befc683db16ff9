"""Re-dubbing from the cache: decoded and fitted clips are kept, so a second build of the same film runs
no ffmpeg at all, an edited line is the only one decoded or fitted again, and the track is the same
sample for sample whatever was kept, lost, torn or impossible to write."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from studio.core import audio_decode
from studio.core.audio_decode import AudioDecodeError
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.derived_cache import DERIVED, DerivedCache
from studio.core.dub_pipeline import build_track
from studio.core.ffmpeg_batch import default_workers
from studio.core.fit import PUSH, FitSettings
from tests.emulators import audio

SETTINGS = RenderSettings(provider="elevenlabs", voice="test-voice", model="eleven_multilingual_v2")
# (cue start, cue end, seconds of speech): line 2 overruns its cue and gap (stretched), line 4 even at
# the speed cap (it overflows and, with PUSH, moves line 5); line 3 is an M4A.
LINES = [(0, 2500, 1.6), (3000, 4000, 2.4), (6000, 7500, 1.2), (8000, 8900, 3.2), (10500, 12500, 1.4)]


def film() -> tuple[list[Cue], list[tuple[float, str]]]:
    cues = [Cue(start, end, f"line {n}") for n, (start, end, _) in enumerate(LINES, 1)]
    return cues, [(seconds, "m4a" if n == 3 else "mp3") for n, (_, _, seconds) in enumerate(LINES, 1)]


def fill(cache: ClipCache, cues: list[Cue], clips: list[tuple[float, str]]) -> None:
    for cue, (seconds, fmt) in zip(cues, clips):
        cache.put(SETTINGS.spec_for(cue), audio.encoded(seconds, fmt), fmt)


@pytest.fixture
def ffmpeg_runs(monkeypatch) -> list[list[str]]:
    """Every ffmpeg process started, by its command line."""
    runs: list[list[str]] = []
    real = subprocess.run

    def counting(command, *args, **kwargs):
        if command and command[0] == audio_decode.ffmpeg_path():
            runs.append(command)
        return real(command, *args, **kwargs)

    monkeypatch.setattr(audio_decode.subprocess, "run", counting)
    return runs


def built_once(tmp_path: Path) -> tuple[list[Cue], list[tuple[float, str]], ClipCache]:
    """The film, its clips in a cache, built once (everything derived is kept)."""
    cues, clips = film()
    cache = ClipCache.open(tmp_path / "clips")
    fill(cache, cues, clips)
    build(cues, cache)
    return cues, clips, cache


def build(cues: list[Cue], cache: ClipCache):
    return build_track(cues, SETTINGS, cache, fit=FitSettings(), policies={3: PUSH}, film_end_ms=14000)


def same_track(a, b) -> bool:
    return np.array_equal(a.track.data, b.track.data) and a.placements == b.placements


def derived_files(cache: ClipCache, suffix: str) -> list[Path]:
    return sorted((cache.root / DERIVED).rglob(f"*{suffix}"))


def test_a_second_build_runs_no_ffmpeg_and_gives_the_same_track_sample_for_sample(tmp_path, ffmpeg_runs):
    cues, clips = film()
    cache = ClipCache.open(tmp_path / "clips")
    fill(cache, cues, clips)
    ffmpeg_runs.clear()
    cold = build(cues, cache)
    assert [p.speed > 1.0 for p in cold.placements] == [False, True, False, True, False]
    assert cold.placements[3].overflow_ms > 0 and cold.placements[4].shift_ms > 0  # pushed
    # 5 decodes and 2 stretches, batched: one process per core for each, not one per clip.
    assert sum(run.count("-i") for run in ffmpeg_runs) == 7
    assert len(ffmpeg_runs) <= min(7, 2 * default_workers())
    assert len(derived_files(cache, ".pcm")) == 5 and len(derived_files(cache, ".fit")) == 5
    ffmpeg_runs.clear()
    warm = build(cues, cache)
    assert ffmpeg_runs == []
    assert same_track(cold, warm)
    # Placement is still sample-exact: each line's first kept sample sits at placed_ms * 48.
    for placement in warm.placements:
        start = placement.placed_ms * 48
        assert np.any(warm.track.samples[start:start + 480])
        assert warm.track.samples[start - 1] == 0 or placement.index == 1


def test_editing_one_line_decodes_and_fits_that_line_only(tmp_path, ffmpeg_runs):
    cues, clips, cache = built_once(tmp_path)
    edited = list(cues)
    edited[1] = cues[1].with_text("line 2, said otherwise")  # a new clip: its synthesis is not ours
    fill(cache, [edited[1]], [(2.1, "mp3")])
    fits_before = set(derived_files(cache, ".fit"))
    ffmpeg_runs.clear()
    after = build(edited, cache)
    assert len(ffmpeg_runs) == 2  # its decode, then its stretch: one process each, nothing else
    assert sum(str(cache.path(SETTINGS.spec_for(edited[1]).key)) in run for run in ffmpeg_runs) == 1
    assert len(set(derived_files(cache, ".fit")) - fits_before) == 1
    # The same as building the edited film from nothing.
    fresh = ClipCache.open(tmp_path / "fresh")
    fill(fresh, edited, [clips[0], (2.1, "mp3"), *clips[2:]])
    assert same_track(after, build(edited, fresh))


def test_moving_a_line_refits_it_from_its_kept_samples(tmp_path, ffmpeg_runs):
    cues, _, cache = built_once(tmp_path)
    moved = list(cues)
    moved[0] = cues[0].with_times(0, 500)  # same text, same clip: now too long for its slot
    ffmpeg_runs.clear()
    after = build(moved, cache)
    assert after.placements[0].speed > 1.0
    assert len(ffmpeg_runs) == 1 and "atempo" in " ".join(ffmpeg_runs[0])  # no decode: a stretch only


def test_torn_or_foreign_derived_files_are_rebuilt_and_change_nothing(tmp_path):
    cues, clips = film()
    cache = ClipCache.open(tmp_path / "clips")
    fill(cache, cues, clips)
    cold = build(cues, cache)
    pcms, fits = derived_files(cache, ".pcm"), derived_files(cache, ".fit")
    for path in pcms[:3]:  # as a crash before the data reached the disk would leave them
        path.write_bytes(path.read_bytes()[:path.stat().st_size // 2])
    pcms[3].write_bytes(b"")
    for path in fits:
        path.write_bytes(b"not a fit, but the right length?" * 3)
    assert same_track(cold, build(cues, cache))
    derived = DerivedCache(cache.root)
    assert all(derived.read_fit(path.stem) is not None for path in fits)  # written again, valid


def test_a_derived_cache_that_cannot_be_written_never_breaks_a_build(tmp_path, ffmpeg_runs):
    cues, clips = film()
    cache = ClipCache.open(tmp_path / "clips")
    fill(cache, cues, clips)
    (cache.root / DERIVED).write_bytes(b"a file where the derived folder would go")  # ENOTDIR on write
    first = build(cues, cache)
    ffmpeg_runs.clear()
    second = build(cues, cache)
    assert ffmpeg_runs, "nothing could be kept, so the work is done again"
    assert same_track(first, second)
    normal = ClipCache.open(tmp_path / "normal")
    fill(normal, cues, clips)
    assert same_track(first, build(cues, normal))


def test_a_corrupt_clip_among_good_ones_fails_with_its_own_clear_error(tmp_path):
    cues, clips = film()
    cache = ClipCache.open(tmp_path / "clips")
    fill(cache, cues, clips)
    cache.path(SETTINGS.spec_for(cues[2]).key).write_bytes(b"<html>502 Bad Gateway</html>")
    with pytest.raises(AudioDecodeError, match="^The audio could not be decoded"):
        build(cues, cache)


def test_clearing_the_cache_clears_what_was_derived_and_counts_it(tmp_path):
    _, _, cache = built_once(tmp_path)
    derived_bytes = DerivedCache(cache.root).size_bytes()
    assert derived_bytes > 5 * 48000 * 2  # 5 clips of more than a second at 48 kHz
    assert cache.size_bytes() > derived_bytes
    assert cache.clear() >= derived_bytes
    assert not (cache.root / DERIVED).exists()
