"""The clip cache's dealings with its folder: the names of its files (a clip, its sidecar, a temporary
file), listing a folder, sweeping leftovers, and saying why a write failed in words the user can act on
(studio.core.clip_cache keeps the index and the order of writes)."""

from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path

from studio.core.coded_error import CACHE_WRITE, write_params


class ClipCacheError(OSError):
    """A clip could not be stored; nothing partial was left behind. str() is one sentence for the user,
    `code` and `params` say it again for the window (studio.core.coded_error)."""

    code: str | None = None
    params: dict[str, str] = {}  # noqa: RUF012 - replaced per error, never changed in place

    def __str__(self) -> str:
        return str(self.strerror or super().__str__())


def write_failure(error: OSError, root: Path) -> ClipCacheError:
    """The ClipCacheError of a write into the cache at root that raised error."""
    failure = ClipCacheError(error.errno, write_advice(error, root))
    failure.code, failure.params = CACHE_WRITE, write_params(error, root=str(root))
    return failure


SIDECAR = ".json"
KEY = re.compile(r"^[0-9a-f]{64}$")
SHARD = re.compile(r"^[0-9a-f]{2}$")
# Audio extensions are short lowercase words ("mp3", "wav", "m4a", "pcm"): never "json", never a path.
AUDIO_EXT = re.compile(r"^[a-z0-9]{1,8}$")


def key_and_ext(name: str) -> tuple[str | None, str]:
    """(key, extension) for "<key>.<ext>", else (None, "")."""
    stem, dot, ext = name.partition(".")
    if not dot or not KEY.match(stem) or not AUDIO_EXT.match(ext):
        return None, ""
    return stem, ext


def is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp")


def sidecar_of(audio: Path) -> Path:
    return audio.with_name(audio.name.partition(".")[0] + SIDECAR)


def delete_older(paths: list[str], older_than_s: float) -> int:
    """Delete those of paths last changed older_than_s ago or more; returns how many went."""
    removed = 0
    limit = time.time() - older_than_s
    for path in paths:
        try:
            if os.stat(path).st_mtime <= limit:
                os.unlink(path)
                removed += 1
        except OSError:
            pass  # gone already, or another process's file we may not touch
    return removed


def scandir(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of folder; none when it cannot be listed (gone, or not ours to read)."""
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def write_advice(error: OSError, root: Path) -> str:
    """One sentence saying why a write into the cache at root failed, and what to do."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (f"The disk holding the clip cache ({root}) is full: free some space or choose another "
                f"cache folder. Clips already rendered are kept.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"The clip cache folder ({root}) cannot be written to: choose another cache folder."
    return f"A clip could not be saved in the cache ({root}): {error.strerror or error}."
