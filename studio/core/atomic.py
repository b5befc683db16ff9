"""Crash-safe file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from pathlib import Path

_UMASK_LOCK = threading.Lock()


def user_file_mode() -> int:
    """The mode open() gives a new file here: 0o666 less the umask.

    Files the user asked for (exports, dubbed videos, saved subtitles and projects) follow the umask
    like any editor's; mkstemp alone would make them 0600, unreadable to a video player run as another
    user or to a shared folder's group. Linux tells the umask in /proc without changing it; elsewhere
    it is read by setting and restoring it, under a lock since the umask is per process.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o077)
        os.umask(mask)
    return 0o666 & ~mask


def temp_beside(target: Path, suffix: str = ".tmp", *, private: bool = False) -> tuple[int, str]:
    """A temporary file in target's folder (same file system, so os.replace is atomic): (fd, name).

    It gets the mode a new file would get (user_file_mode), or stays 0600 when private (files next to
    secrets). Replacing an existing file keeps that file's mode instead (write_atomic does it).
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    if not private:
        try:
            os.fchmod(fd, user_file_mode())
        except (OSError, AttributeError):  # no fchmod (Windows) or a file system without modes
            pass
    return fd, name


def write_atomic(path: str | os.PathLike, data: bytes, *, backup_suffix: str | None = None,
                 private: bool = False) -> None:
    """Write data to path through a temporary file in the same folder, fsync it, and rename it.

    With backup_suffix, the file being replaced is kept as path + suffix. A full disk or any other
    error leaves the original untouched and no temporary file behind. A new file follows the umask
    (private: 0600); a replaced one keeps its mode.
    """
    target = Path(path)
    fd, tmp_name = temp_beside(target, private=private)
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
