"""What the timeline derives from cached clips, kept so that no render redoes it: each clip decoded to
48 kHz samples, and each line's fit (trim range, speed, stretched samples) for its slot and settings.

Layout, beside the clips (ClipCache ignores it; its clear() removes it):

    <cache root>/derived/pcm/ab/<sha256 of clip file, size, mtime, rate>.pcm   header + s16 samples
    <cache root>/derived/fit/ab/<fit key>.fit                                   header (+ s16 samples)

Everything here can be rebuilt from the clips, so it is written for speed, not durability: a temporary
file renamed into place, without fsync (1,500 fsyncs would cost the seconds this cache saves). A
reader trusts a file only when its header is ours and its size is exactly what the header says; a
torn file after a crash, a full disk, a read-only folder: each only means the work is done again.

A file's modification time is when it was last used (a read refreshes it, at most once a minute): the
sweep after a dub (derived_sweep.py) keeps the folder under its cap by removing the least recently
used files first.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

DERIVED = "derived"
_PCM = struct.Struct("<4sIQ")  # magic, version, frames
_FIT = struct.Struct("<4sIQQQdQ")  # magic, version, source frames, first, end, speed, stretched frames
_VERSION = 1
# A read refreshes its file's time when it is older than this: recent enough for least-recently-used
# eviction, rare enough to cost nothing (file access times are not kept on most mounts).
TOUCH_AFTER_S = 60.0


@dataclass(frozen=True)
class FitRecord:
    """How one clip was fitted: the kept range of its samples, the speed, and the stretched result."""

    source_frames: int
    first: int  # kept samples are [first, end) of the decoded clip
    end: int
    speed: float
    stretched: bytes | None = None  # the samples after stretching (None when speed is 1.0)

    @property
    def frames(self) -> int:
        return len(self.stretched) // 2 if self.stretched is not None else self.end - self.first


def clip_identity(path: Path, rate: int) -> str | None:
    """What a cached clip file is, for the derived files' names: its name, size and time (a clip
    re-rendered under the same key gets new derived files), and the rate it is decoded to."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}:{rate}"


class DerivedCache:
    """Decoded and fitted clips by key; every method swallows I/O errors (a miss, or nothing kept)."""

    def __init__(self, cache_root: str | os.PathLike[str]) -> None:
        self.root = Path(cache_root) / DERIVED

    # -- decoded clips ------------------------------------------------------------------------------
    def pcm_path(self, identity: str) -> Path:
        digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()
        return self.root / "pcm" / digest[:2] / f"{digest}.pcm"

    def has_pcm(self, identity: str) -> bool:
        """Whether the decoded clip is kept (asked when a dub is about to use it: counts as a use)."""
        path = self.pcm_path(identity)
        try:
            with open(path, "rb") as handle:
                kept = _frames_of_pcm(handle) is not None
                if kept:
                    _touch(path, handle)
                return kept
        except OSError:
            return False

    def read_pcm(self, identity: str, first: int = 0, end: int | None = None) -> memoryview | bytes | None:
        """Samples [first, end) of the decoded clip, or None when it is not (validly) kept.

        The samples are mapped, not read: placing them copies them once, from the page cache straight
        into the track (reading them first cost a second copy and as many fresh pages). A kept file is
        only ever replaced by a rename, never rewritten in place, so a mapping stays valid.
        """
        path = self.pcm_path(identity)
        try:
            with open(path, "rb") as handle:
                frames = _frames_of_pcm(handle)
                if frames is None:
                    return None
                _touch(path, handle)
                end = frames if end is None else min(end, frames)
                if end <= first:
                    return b""
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return None
        return memoryview(mapped)[_PCM.size + 2 * first:_PCM.size + 2 * end]

    def write_pcm(self, identity: str, samples: bytes) -> None:
        frames = len(samples) // 2
        self._write(self.pcm_path(identity), _PCM.pack(b"DSPC", _VERSION, frames), samples[:2 * frames])

    # -- fitted clips -------------------------------------------------------------------------------
    def fit_path(self, key: str) -> Path:
        return self.root / "fit" / key[:2] / f"{key}.fit"

    def read_fit(self, key: str) -> FitRecord | None:
        path = self.fit_path(key)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
                _touch(path, handle)
        except OSError:
            return None
        if len(data) < _FIT.size:
            return None
        magic, version, source, first, end, speed, frames = _FIT.unpack_from(data)
        if magic != b"DSFT" or version != _VERSION or len(data) != _FIT.size + 2 * frames or first > end:
            return None
        stretched = data[_FIT.size:] if speed != 1.0 else None
        return FitRecord(source, first, end, speed, stretched)

    def write_fit(self, key: str, record: FitRecord) -> None:
        payload = record.stretched or b""
        header = _FIT.pack(b"DSFT", _VERSION, record.source_frames, record.first, record.end, record.speed,
                           len(payload) // 2)
        self._write(self.fit_path(key), header, payload)

    # -- upkeep -------------------------------------------------------------------------------------
    def clear(self) -> int:
        """Delete everything derived; returns bytes freed."""
        freed = self.size_bytes()
        shutil.rmtree(self.root, ignore_errors=True)
        return freed

    def size_bytes(self) -> int:
        total = 0
        for folder, _, files in os.walk(self.root):
            for name in files:
                try:
                    total += os.stat(os.path.join(folder, name)).st_size
                except OSError:
                    pass
        return total

    @staticmethod
    def _write(path: Path, header: bytes, payload: bytes) -> None:
        name = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(header)
                out.write(payload)
            os.replace(name, path)
        except OSError:
            # Full disk, read-only folder, a file in the way: not kept, computed again next time.
            if name is not None:
                try:
                    os.unlink(name)
                except OSError:
                    pass


def _frames_of_pcm(handle: BinaryIO) -> int | None:
    """The frame count a decoded clip's header promises, if the header is ours and the size agrees."""
    header = handle.read(_PCM.size)
    if len(header) != _PCM.size:
        return None
    magic, version, frames = _PCM.unpack(header)
    size = os.fstat(handle.fileno()).st_size
    return frames if magic == b"DSPC" and version == _VERSION and size == _PCM.size + 2 * frames else None


def _touch(path: Path, handle: BinaryIO) -> None:
    """Mark a kept file as just used (its time orders the sweep); best effort."""
    try:
        if time.time() - os.fstat(handle.fileno()).st_mtime > TOUCH_AFTER_S:
            os.utime(path)
    except OSError:
        pass  # a read-only folder: the file may be swept a little early, and is rebuilt then
