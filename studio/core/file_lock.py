"""A non-blocking exclusive advisory lock on an open file: who owns a journal, who sweeps a cache.

The kernel drops the lock when its file is closed or its process dies (even by SIGKILL), so a lock
that can be taken belongs to nobody alive.
"""

from __future__ import annotations

import os
import sys

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Lock fd's file (its first byte) for this process until fd is closed; False when taken."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Lock fd's file for this process until fd is closed; False when another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False
