"""The derived cache's size cap, on real files: least recently used first, a read counts as a use,
paid clips and anything not ours are never touched, stale temporary files go, two sweepers never
both sweep, and a dub sweeps after itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from studio.core.clip_cache import ClipCache
from studio.core.derived_cache import DERIVED, DerivedCache
from studio.core.derived_sweep import LOCK_NAME, STALE_TEMP_S, SWEEP_TO, sweep_derived
from studio.core.dub_pipeline import build_track
from studio.core.file_lock import try_lock
from studio.core.fit import PUSH, FitSettings
from tests.core.test_redub import SETTINGS, build, built_once, derived_files, same_track

FRAMES = 24_000  # half a second at 48 kHz: 48,016 bytes a file with its header
SIZE = 2 * FRAMES + 16


def kept(cache_root: Path, names: list[str], ages_s: list[float]) -> DerivedCache:
    """Decoded clips named `names`, last used `ages_s` seconds ago."""
    derived = DerivedCache(cache_root)
    now = time.time()
    for name, age in zip(names, ages_s):
        derived.write_pcm(name, bytes(2 * FRAMES))
        os.utime(derived.pcm_path(name), (now - age, now - age))
    return derived


def survivors(derived: DerivedCache, names: list[str]) -> list[str]:
    return [name for name in names if derived.pcm_path(name).exists()]


def paid_clips(tmp_path: Path) -> tuple[ClipCache, dict[Path, bytes]]:
    _, _, cache = built_once(tmp_path)  # five real clips and what their dub derived
    return cache, {path: path.read_bytes() for path in cache.root.glob("??/*")}


def test_the_least_recently_used_go_first_down_below_the_cap(tmp_path):
    names = [f"clip-{n}" for n in range(10)]
    derived = kept(tmp_path, names, [1000 - 100 * n for n in range(10)])  # clip-0 is the oldest
    assert derived.size_bytes() == 10 * SIZE
    result = sweep_derived(tmp_path, limit_bytes=6 * SIZE)
    # Down to 90 % of the cap (5.4 files' worth): the five oldest go, the five newest stay.
    assert survivors(derived, names) == names[5:]
    assert result.removed == 5 and result.freed == 5 * SIZE and result.size_after == derived.size_bytes()
    assert derived.size_bytes() <= SWEEP_TO * 6 * SIZE
    assert sweep_derived(tmp_path, limit_bytes=6 * SIZE).removed == 0  # under the cap: nothing to do


def test_a_read_counts_as_a_use(tmp_path):
    names = ["old", "older", "oldest"]
    derived = kept(tmp_path, names, [300, 400, 500])
    assert derived.read_pcm("oldest") is not None and derived.has_pcm("older")
    sweep_derived(tmp_path, limit_bytes=3 * SIZE - 1)  # one must go
    assert survivors(derived, names) == ["older", "oldest"]


def test_fits_are_swept_like_decoded_clips(tmp_path):
    _, _, cache = built_once(tmp_path)
    fits = derived_files(cache, ".fit")
    assert fits and derived_files(cache, ".pcm")
    for path in fits:  # the fits were used long ago, the decoded clips just now
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    pcm_bytes = sum(p.stat().st_size for p in derived_files(cache, ".pcm"))
    assert sweep_derived(cache.root, limit_bytes=int(pcm_bytes / SWEEP_TO) + 10).removed == len(fits)
    assert derived_files(cache, ".fit") == [] and len(derived_files(cache, ".pcm")) == 5


def test_paid_clips_and_files_not_ours_are_never_touched(tmp_path):
    cache, clips = paid_clips(tmp_path)
    root = cache.root / DERIVED
    clip = next(iter(clips))
    (root / "pcm" / "zz").mkdir(parents=True)
    (root / "pcm" / "zz" / "link.pcm").symlink_to(clip)          # a link to a paid clip
    (root / "fit" / "elsewhere").symlink_to(clip.parent, target_is_directory=True)
    (root / "notes.txt").write_text("the user's own file")
    result = sweep_derived(cache.root, limit_bytes=0)             # a cap of nothing: all that is ours goes
    assert result.removed > 0 and derived_files(cache, ".pcm") == [root / "pcm" / "zz" / "link.pcm"]
    assert {path: path.read_bytes() for path in cache.root.glob("??/*")} == clips
    assert (root / "notes.txt").exists() and (root / "fit" / "elsewhere").is_symlink()
    assert len(ClipCache.open(cache.root)) == 5


def test_a_derived_folder_that_is_a_link_is_not_followed(tmp_path):
    cache, clips = paid_clips(tmp_path)
    other = tmp_path / "other"
    (cache.root / DERIVED).rename(other)
    (cache.root / DERIVED).symlink_to(other, target_is_directory=True)
    before = sorted(other.rglob("*"))
    assert sweep_derived(cache.root, limit_bytes=0).removed == 0
    assert sorted(other.rglob("*")) == before


def test_temporary_files_of_a_dead_writer_go_and_a_live_writers_stay(tmp_path):
    derived = kept(tmp_path, ["clip"], [10])
    folder = derived.pcm_path("clip").parent
    dead, live = folder / ".x.pcm.dead.tmp", folder / ".y.pcm.live.tmp"
    for path in (dead, live):
        path.write_bytes(b"half a clip")
    os.utime(dead, (time.time() - STALE_TEMP_S - 60,) * 2)
    result = sweep_derived(tmp_path)  # far under the default cap: only the dead writer's file goes
    assert result.removed == 1 and not dead.exists() and live.exists() and derived.has_pcm("clip")


SWEEPER = textwrap.dedent("""
    import json, sys
    from studio.core.derived_sweep import sweep_derived
    root, limit, go = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    import time
    while time.time() < go:
        pass
    result = sweep_derived(root, limit_bytes=limit)
    print(json.dumps([result.removed, result.freed, result.busy]))
""")


def _sweepers(root: Path, limit: int, count: int, start_in: float) -> list[list]:
    go = time.time() + start_in
    procs = [subprocess.Popen([sys.executable, "-c", SWEEPER, str(root), str(limit), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(count)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    return results


def test_a_sweep_waits_for_nobody_while_another_process_sweeps(tmp_path):
    names = [f"clip-{n}" for n in range(20)]
    derived = kept(tmp_path, names, range(20, 0, -1))
    fd = os.open(tmp_path / DERIVED / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    assert try_lock(fd)  # this process is sweeping
    try:
        assert _sweepers(tmp_path, 4 * SIZE, 1, 0.0) == [[0, 0, True]]
        assert derived.size_bytes() == 20 * SIZE
    finally:
        os.close(fd)
    # Processes sweeping at the same moment remove what one sweep would, never more.
    results = _sweepers(tmp_path, 10 * SIZE, 3, 1.0)
    assert sum(r[0] for r in results) == 11 and sum(r[1] for r in results) == 11 * SIZE
    assert survivors(derived, names) == names[11:]


def test_a_dub_sweeps_the_derived_cache_after_itself_and_its_track_is_unchanged(tmp_path):
    cues, _, cache = built_once(tmp_path)
    first = build(cues, cache)
    ours = derived_files(cache, ".pcm") + derived_files(cache, ".fit")
    ours_bytes = sum(path.stat().st_size for path in ours)
    names = [f"another film {n}" for n in range(40)]
    old = kept(cache.root, names, [86400 + n for n in range(40)])  # "another film 0" is the newest
    limit = ours_bytes + 10 * SIZE
    again = build_track(cues, SETTINGS, cache, fit=FitSettings(), policies={3: PUSH}, film_end_ms=14000,
                        derived_limit_bytes=limit)
    assert same_track(first, again)
    assert all(path.exists() for path in ours)  # what this dub used is the newest: kept
    left = (int(limit * SWEEP_TO) - ours_bytes) // SIZE
    assert 0 < left < 10 and survivors(old, names) == names[:left]
    assert len(ClipCache.open(cache.root)) == 5


def test_a_reader_keeps_the_samples_it_mapped_when_their_file_is_swept(tmp_path):
    derived = DerivedCache(tmp_path)
    samples = bytes(range(256)) * 375  # 48,000 bytes, not all zero
    derived.write_pcm("clip", samples)
    mapped = derived.read_pcm("clip")
    assert sweep_derived(tmp_path, limit_bytes=0).removed == 1 and not derived.has_pcm("clip")
    assert bytes(mapped) == samples  # the mapping outlives the name (POSIX): the dub being built is whole
    assert derived.read_pcm("clip") is None  # the next reader decodes again
