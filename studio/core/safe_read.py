"""Read a user-named file only when it is a regular file, and never more than a cap.

A subtitle path that is a FIFO made `read_bytes()` wait forever for a writer; `/dev/zero` read until
MemoryError at 3.8 GB; a project could name either. Here the path is checked before it is opened,
opened without blocking, checked again on the open descriptor (it may have been swapped), and read
to at most cap + 1 bytes, so a file that lies about its size (/proc, a growing log) ends too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MB = 1024 * 1024
# O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
               | getattr(os, "O_CLOEXEC", 0))
_CHUNK = MB


class RefusedFile(ValueError):
    """Not a regular file, or bigger than the cap; the message is one sentence for the user."""


def not_regular_reason(mode: int) -> str | None:
    """What a non-regular file is, in words ("a named pipe"), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular(path: Path, what: str) -> None:
    """Raise RefusedFile when path exists and is not a regular file (symlinks are followed)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # missing or unreadable: the caller's own open says so
    _refuse_unless_regular(mode, path, what)


def read_regular(path: Path, cap: int, what: str) -> bytes:
    """The bytes of path; RefusedFile for a pipe, device, socket or folder, or more than cap bytes.

    what names the expected file ("subtitle file") in messages. OSError (missing, no permission)
    propagates for the caller to word.
    """
    check_regular(path, what)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        _refuse_unless_regular(info.st_mode, path, what)
        if info.st_size > cap:
            raise RefusedFile(_too_big(path, cap, what))
        chunks: list[bytes] = []
        total = 0
        while total <= cap:
            chunk = os.read(fd, min(_CHUNK, cap + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > cap:
            raise RefusedFile(_too_big(path, cap, what))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _refuse_unless_regular(mode: int, path: Path, what: str) -> None:
    kind = not_regular_reason(mode)
    if kind is not None:
        raise RefusedFile(f"{path.name} is {kind}, not a {what}: pick the {what} itself.")


def _too_big(path: Path, cap: int, what: str) -> str:
    return f"{path.name} is too big to be a {what} (over {cap // MB} MB): pick the {what} itself."
