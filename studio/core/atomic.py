"""Crash-safe file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike, data: bytes, *, backup_suffix: str | None = None) -> None:
    """Write data to path through a temporary file in the same folder, fsync it, and rename it.

    With backup_suffix, the file being replaced is kept as path + suffix. A full disk or any other
    error leaves the original untouched and no temporary file behind.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            _keep_mode(target, tmp_name)
            if backup_suffix:
                _copy_atomic(target, target.with_name(target.name + backup_suffix))
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def _keep_mode(original: Path, tmp_name: str) -> None:
    try:
        shutil.copymode(original, tmp_name)
    except OSError:
        pass  # a file system without modes (FAT, some network shares): the default mode is fine


def _copy_atomic(source: Path, dest: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        shutil.copy2(source, tmp_name)
        os.replace(tmp_name, dest)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_failure_advice(err: OSError) -> str:
    """One sentence on what to do when a save failed with err (the file on disk is unchanged)."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full: free some space or save elsewhere"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "you have no permission to write there: save elsewhere"
    if err.errno == errno.ENOENT:
        return "its folder no longer exists: save elsewhere"
    return f"{err.strerror or err}: try again or save elsewhere"
