"""Where the app keeps its clips: the per-user cache folder on each platform, and the rescue folder where
paid clips wait when the cache's disk is full.

Kept apart from the cache (clip_cache.py) because these are platform conventions, not cache logic:
the offline voice packs (studio.providers.voice_packs) share APP_DIR, and the rescue (rescue.py) and
the cache both find the rescue folder here. All three names stay importable from studio.core.clip_cache.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

APP_DIR = "dubbing-studio"


def rescue_root_for(cache_root: str | os.PathLike[str]) -> Path:
    """Where paid clips wait when this cache's disk is full: each cache its own folder in the system's
    temporary folder (often another disk, or memory), so clips go back where they belong."""
    resolved = os.path.abspath(os.fspath(cache_root))
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "dubbing-studio-rescue" / digest


def default_cache_dir() -> Path:
    """The per-user cache folder for clips on this platform."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR / "Cache" / "clips"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR / "clips"
    base = os.environ.get("XDG_CACHE_HOME")
    # XDG: a relative value is invalid and must be ignored.
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / APP_DIR / "clips"
