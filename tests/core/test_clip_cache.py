"""The clip cache: content-addressed, crash-safe, thread-safe, and fast to open."""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from studio.core import cache_folders  # where default_cache_dir reads the platform
from studio.core.clip_cache import STALE_TEMP_S, ClipCache, ClipCacheError, ClipMeta, default_cache_dir
from studio.core.clip_spec import ClipSpec

AUDIO = b"ID3\x04\x00" + bytes(range(256)) * 4


def spec(text: str = "Bonjour.", voice: str = "v1", **kw) -> ClipSpec:
    return ClipSpec("elevenlabs", voice, text, **kw)


def files_in(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_put_names_the_clip_by_its_key_in_a_shard_and_records_meta(tmp_path):
    cache = ClipCache.open(tmp_path)
    s = spec()
    path = cache.put(s, AUDIO, "mp3", ClipMeta(previous_text="Avant.", next_text="Après.", cost=8,
                                               duration_ms=900.0))
    assert path == tmp_path / s.key[:2] / f"{s.key}.mp3"
    assert path.read_bytes() == AUDIO
    assert cache.contains(s.key) and s.key in cache and cache.path(s.key) == path
    sidecar = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["spec"] == s.as_json() and sidecar["cost"] == 8 and sidecar["created"] > 0
    # A fresh open reads the same from disk.
    again = ClipCache.open(tmp_path)
    meta = again.meta(s.key)
    assert meta.cost == 8 and meta.duration_ms == 900.0 and meta.audio_format == "mp3"
    assert meta.spec == s.as_json()
    context = again.context_of(s.key)
    assert (context.previous_text, context.next_text) == ("Avant.", "Après.")
    assert files_in(tmp_path) == sorted([f"{s.key[:2]}/{s.key}.mp3", f"{s.key[:2]}/{s.key}.json"])


def test_never_returns_a_clip_for_different_text_voice_settings_or_format(tmp_path):
    cache = ClipCache.open(tmp_path)
    base = spec(settings=(("stability", 0.5),))
    cache.put(base, AUDIO, "mp3")
    for other in (spec("Bonjour !", settings=(("stability", 0.5),)),
                  spec(voice="v2", settings=(("stability", 0.5),)),
                  spec(settings=(("stability", 0.6),)),
                  spec(settings=(("stability", 0.5),), audio_format="wav"),
                  spec(settings=(("stability", 0.5),), model="eleven_flash_v2_5")):
        assert not cache.contains(other.key) and cache.path(other.key) is None
        assert cache.meta(other.key) is None and cache.context_of(other.key) is None
    assert cache.contains(base.key)


def test_actual_format_decides_the_extension(tmp_path):
    # The offline engine answers WAV whatever format was asked: the file must say what it is.
    cache = ClipCache.open(tmp_path)
    s = ClipSpec("offline", "roa/fr", "Salut.", audio_format="mp3")
    assert cache.put(s, b"RIFF....WAVE", "wav").suffix == ".wav"
    assert ClipCache.open(tmp_path).path(s.key).suffix == ".wav"
    with pytest.raises(ValueError):
        cache.put(s, b"x", "json")
    with pytest.raises(ValueError):
        cache.put(s, b"x", "../mp3")
    with pytest.raises(ValueError):
        cache.put(s, b"", "wav")


def _fail_replace_of(monkeypatch, suffix: str, err: int = errno.ENOSPC) -> None:
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if str(dst).endswith(suffix):
            raise OSError(err, os.strerror(err))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("failing", [".mp3", ".json"])
def test_disk_full_mid_write_leaves_no_file_and_no_index_entry(tmp_path, monkeypatch, failing):
    cache = ClipCache.open(tmp_path)
    s = spec()
    _fail_replace_of(monkeypatch, failing)
    with pytest.raises(ClipCacheError) as caught:
        cache.put(s, AUDIO, "mp3", ClipMeta(cost=8))
    assert caught.value.errno == errno.ENOSPC
    assert "full" in str(caught.value) and "[Errno" not in str(caught.value)
    assert not cache.contains(s.key) and cache.path(s.key) is None
    assert files_in(tmp_path) == []  # no temporary file, no sidecar, no clip
    monkeypatch.undo()
    assert not ClipCache.open(tmp_path).contains(s.key)
    cache.put(s, AUDIO, "mp3")  # and the cache still works once there is space
    assert ClipCache.open(tmp_path).contains(s.key)


def test_failure_while_writing_the_bytes_leaves_nothing(tmp_path, monkeypatch):
    # The fsync of the clip's temporary file fails (ENOSPC is often only reported there).
    cache = ClipCache.open(tmp_path)
    real = os.fsync
    calls = []

    def fsync(fd):
        if stat.S_ISREG(os.fstat(fd).st_mode):  # not the folders' fsyncs
            calls.append(fd)
            if len(calls) == 2:  # the sidecar is written first, then the audio
                raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(ClipCacheError):
        cache.put(spec(), AUDIO, "mp3")
    assert files_in(tmp_path) == [] and len(cache) == 0


def test_a_failed_rewrite_keeps_the_good_clip(tmp_path, monkeypatch):
    cache = ClipCache.open(tmp_path)
    s = spec()
    path = cache.put(s, AUDIO, "mp3")
    _fail_replace_of(monkeypatch, ".mp3")
    with pytest.raises(ClipCacheError):
        cache.put(s, b"ID3 other", "mp3")
    assert cache.path(s.key) == path and path.read_bytes() == AUDIO


def test_open_ignores_temporary_files_and_orphan_sidecars_and_sweep_removes_them(tmp_path):
    cache = ClipCache.open(tmp_path)
    done = spec("Fini.")
    cache.put(done, AUDIO, "mp3")
    # What kill -9 can leave: a temporary clip, and a sidecar whose clip never landed.
    half = spec("Moitié.")
    shard = tmp_path / half.key[:2]
    shard.mkdir(exist_ok=True)
    (shard / f".{half.key}.mp3.abc123.tmp").write_bytes(AUDIO[:10])
    (shard / f"{half.key}.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("the user's own file", encoding="utf-8")
    reopened = ClipCache.open(tmp_path)
    assert reopened.keys() == {done.key}
    assert reopened.sweep(older_than_s=3600) == 0  # young: maybe another process is writing them
    assert len(files_in(tmp_path)) == 5
    old = time.time() - 2 * STALE_TEMP_S
    for leftover in shard.iterdir():
        if half.key in leftover.name:
            os.utime(leftover, (old, old))
    assert ClipCache.open(tmp_path).keys() == {done.key}  # open sweeps leftovers of long ago
    assert files_in(tmp_path) == sorted([f"{done.key[:2]}/{done.key}.mp3",
                                         f"{done.key[:2]}/{done.key}.json", "notes.txt"])


def test_a_clip_without_its_sidecar_still_counts(tmp_path):
    # It was paid for; losing its metadata must not make us pay again.
    cache = ClipCache.open(tmp_path)
    s = spec()
    path = cache.put(s, AUDIO, "mp3", ClipMeta(cost=3))
    path.with_suffix(".json").unlink()
    reopened = ClipCache.open(tmp_path)
    assert reopened.contains(s.key)
    assert reopened.meta(s.key) == ClipMeta(audio_format="mp3")


def test_path_forgets_a_clip_deleted_behind_its_back(tmp_path):
    cache = ClipCache.open(tmp_path)
    s = spec()
    cache.put(s, AUDIO, "mp3").unlink()
    assert cache.path(s.key) is None and not cache.contains(s.key)


def test_size_and_clear_touch_only_our_files(tmp_path):
    cache = ClipCache.open(tmp_path)
    for n in range(5):
        cache.put(spec(f"Ligne {n}."), AUDIO, "mp3")
    keep = tmp_path / "ab"  # a folder that looks like a shard, holding a stranger's file
    keep.mkdir(exist_ok=True)
    (keep / "README").write_text("not a clip", encoding="utf-8")
    size = cache.size_bytes()
    assert size >= 5 * len(AUDIO)
    assert cache.clear() == size - len("not a clip")
    assert len(cache) == 0 and cache.size_bytes() == len("not a clip")
    assert files_in(tmp_path) == ["ab/README"]
    assert not ClipCache.open(tmp_path).keys()


def test_concurrent_puts_from_many_threads(tmp_path):
    cache = ClipCache.open(tmp_path)
    specs = [spec(f"Ligne {n}.") for n in range(40)]
    errors = []

    def put(chunk):
        try:
            for s in chunk:
                cache.put(s, AUDIO + s.key.encode(), "mp3", ClipMeta(cost=1))
                cache.put(s, AUDIO + s.key.encode(), "mp3", ClipMeta(cost=1))  # the same clip twice
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=put, args=(specs[i::4],)) for i in range(4)]
    threads += [threading.Thread(target=put, args=(specs[::-1],))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    reopened = ClipCache.open(tmp_path)
    assert reopened.keys() == {s.key for s in specs}
    for s in specs:
        assert reopened.path(s.key).read_bytes() == AUDIO + s.key.encode()
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_ten_thousand_clips_open_fast(tmp_path):
    # Build the files directly (a put fsyncs: 10k of them would be slow for no reason here).
    keys = set()
    for n in range(10_000):
        key = spec(f"Ligne {n}.").key
        keys.add(key)
        folder = tmp_path / key[:2]
        folder.mkdir(exist_ok=True)
        (folder / f"{key}.mp3").write_bytes(b"ID3")
        (folder / f"{key}.json").write_bytes(b"{}")
    started = time.process_time()
    cache = ClipCache.open(tmp_path)
    elapsed = time.process_time() - started
    assert cache.keys() == keys
    assert elapsed < 1.0, f"opening 10k clips took {elapsed:.3f} s of CPU"


def test_default_cache_dir_per_platform(monkeypatch, tmp_path):
    monkeypatch.setattr(cache_folders.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "dubbing-studio" / "clips"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    assert default_cache_dir() == Path.home() / ".cache" / "dubbing-studio" / "clips"
    monkeypatch.setattr(cache_folders.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert default_cache_dir() == tmp_path / "local" / "dubbing-studio" / "Cache" / "clips"
    monkeypatch.setattr(cache_folders.sys, "platform", "darwin")
    assert default_cache_dir() == Path.home() / "Library" / "Caches" / "dubbing-studio" / "clips"
