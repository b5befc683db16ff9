"""Keeping the derived cache (<cache>/derived/: decoded and fitted clips) under a size cap.

Those files are rebuilt from the clips whenever they are missing, so they can go at any time; the
clips themselves (paid for) are never touched: the sweep only lists what lies under derived/, does not
follow links, and removes only files named like its own (*.pcm, *.fit, and temporary files a crashed
writer left). The least recently used go first (a read refreshes a file's time: derived_cache.py),
down to SWEEP_TO of the cap, so that the next dub does not have to sweep again at once.

Two processes (the window and a CLI run) may sweep at once: a lock file lets one sweep while the
other goes on without; a reader whose file is removed under it keeps its mapping (POSIX) or finds
the file gone and decodes again; a file that vanished is simply not counted.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studio.core.derived_cache import DERIVED
from studio.core.file_lock import try_lock

log = logging.getLogger(__name__)

# 2 GB: decoded speech is ~96 KB a second (48 kHz, 16-bit mono), so a few films' worth of lines,
# plus their fits; more is rarely reused, and it is rebuilt at ffmpeg speed when it is.
DERIVED_LIMIT_BYTES = 2 * 1024 ** 3
SWEEP_TO = 0.9
LOCK_NAME = ".sweep.lock"
STALE_TEMP_S = 3600.0  # a temporary file this old belongs to a writer that died (writes take ms)
_KINDS = (".pcm", ".fit")


@dataclass(frozen=True)
class SweepResult:
    size_before: int
    freed: int
    removed: int
    busy: bool = False  # another process was sweeping: nothing was done here

    @property
    def size_after(self) -> int:
        return self.size_before - self.freed


@dataclass(frozen=True)
class _File:
    path: str
    size: int
    used: float


def sweep_derived(cache_root: str | os.PathLike[str], limit_bytes: int = DERIVED_LIMIT_BYTES,
                  clock: Callable[[], float] = time.time) -> SweepResult:
    """Remove the least recently used derived files until they fit in limit_bytes (see module doc).
    Never raises for an I/O error: a sweep that cannot run leaves the cache as it was."""
    root = Path(cache_root) / DERIVED
    if root.is_symlink() or not root.is_dir():
        return SweepResult(0, 0, 0)  # nothing kept, or a link we will not follow out of the cache
    try:
        fd = os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as error:
        log.info("derived cache: no sweep (%s)", error)
        return SweepResult(0, 0, 0)
    try:
        if not try_lock(fd):
            return SweepResult(0, 0, 0, busy=True)
        return _sweep(root, limit_bytes, clock())
    finally:
        os.close(fd)


def _sweep(root: Path, limit_bytes: int, now: float) -> SweepResult:
    files, stale = _listing(root, now)
    size = sum(f.size for f in files) + sum(f.size for f in stale)
    freed = removed = 0
    for item in stale:
        if _remove(item.path):
            freed, removed = freed + item.size, removed + 1
    if size - freed > limit_bytes:
        target = int(limit_bytes * SWEEP_TO)
        for item in sorted(files, key=lambda f: f.used):
            if size - freed <= target:
                break
            if _remove(item.path):
                freed, removed = freed + item.size, removed + 1
    if removed:
        log.info("derived cache: %d file(s), %d bytes removed (cap %d bytes)", removed, freed, limit_bytes)
    return SweepResult(size, freed, removed)


def _listing(root: Path, now: float) -> tuple[list[_File], list[_File]]:
    """(kept files, stale temporary files) under root: regular files only, links never followed."""
    files: list[_File] = []
    stale: list[_File] = []
    for folder, dirs, names in os.walk(root):  # os.walk does not descend into linked folders
        for name in names:
            path = os.path.join(folder, name)
            temporary = name.startswith(".") and name.endswith(".tmp")
            if not temporary and (name.startswith(".") or not name.endswith(_KINDS)):
                continue  # not a file this cache writes: left alone
            try:
                info = os.lstat(path)
            except OSError:
                continue  # swept or replaced meanwhile
            if not stat.S_ISREG(info.st_mode):
                continue
            item = _File(path, info.st_size, info.st_mtime)
            if not temporary:
                files.append(item)
            elif now - info.st_mtime > STALE_TEMP_S:
                stale.append(item)
    return files, stale


def _remove(path: str) -> bool:
    try:
        os.unlink(path)
        return True
    except FileNotFoundError:
        return False  # removed by someone else (Clear Cache): not ours to count
    except OSError as error:
        log.info("derived cache: could not remove a file (%s)", error)  # open on Windows: next time
        return False
