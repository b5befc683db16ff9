"""Paid clips are never thrown away: when the cache's disk is full, they wait somewhere else.

(The rescue folder's place and the taking back are ClipCache's: `rescue_root_for`, `take_back_rescued`.)

A clip the cache cannot take is written again after a moment (space comes back: a download finished,
a temporary file went), then into the rescue folder, a clip cache of its own in the system's temporary
folder (often another disk, or memory), and failing that it stays in memory until the user frees
space and presses Retry. The next time the cache opens, it takes the rescued clips back.

    <tmp>/dubbing-studio-rescue/<hash of the cache's path>/ab/<key>.mp3 (+ .json)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studio.core.clip_cache import ClipCache, ClipMeta, rescue_root_for
from studio.core.clip_spec import ClipSpec
from studio.core.coded_error import CACHE_FULL, CLIP_KEPT
from studio.core.render_result import CACHE_WRITE, StopReason

log = logging.getLogger(__name__)

RETRY_DELAYS_S = (0.2, 1.0)  # a disk that frees up within a second or so is not worth stopping for


@dataclass
class _Clip:
    index: int
    spec: ClipSpec
    audio: bytes
    audio_format: str
    meta: ClipMeta


@dataclass(frozen=True)
class Kept:
    """Where a paid clip the cache could not take is kept: its line's error (code CLIP_KEPT)."""

    message: str
    params: dict[str, str]

    def line_error(self) -> dict[str, Any]:
        """Its line's error, code and params (RenderJob._finish's)."""
        return {"error": self.message, "code": CLIP_KEPT, "params": dict(self.params)}


class UnsavedClips:
    """Where a render job puts a paid clip: the cache, else the rescue folder, else memory."""

    def __init__(self, cache: ClipCache, *, delays: tuple[float, ...] = RETRY_DELAYS_S,
                 sleep: Callable[[float], object] = time.sleep) -> None:
        self._cache = cache
        self._delays = delays
        self._sleep = sleep
        self._lock = threading.Lock()
        self._memory: list[_Clip] = []
        self.rescued = 0
        self.rescued_to: str | None = None
        self.last_error: OSError | None = None

    @property
    def in_memory(self) -> int:
        with self._lock:
            return len(self._memory)

    def put(self, index: int, spec: ClipSpec, audio: bytes, audio_format: str, meta: ClipMeta) -> Kept | None:
        """Store a paid clip. None when it is in the cache; else where it is kept, for its line.
        Raises ValueError for audio the cache refuses (empty, not an audio format)."""
        for delay in (0.0, *self._delays):
            if delay:
                self._sleep(delay)
            try:
                self._cache.put(spec, audio, audio_format, meta)
                return None
            except OSError as error:
                self.last_error = error
        root = rescue_root_for(self._cache.root)
        try:
            ClipCache(root).put(spec, audio, audio_format, meta)
        except OSError as error:
            log.warning("rescue folder %s unusable too: %s", root, error)
            with self._lock:
                self._memory.append(_Clip(index, spec, audio, audio_format, meta))
            return Kept("Paid for, but the disk is full: the clip is kept in memory until it can be written.",
                        {"rescued_to": ""})
        with self._lock:
            self.rescued += 1
            self.rescued_to = str(root)
        return Kept(f"Paid for, but the disk is full: the clip was written to {root} and comes back by "
                    "itself.", {"rescued_to": str(root)})

    def retry(self) -> int:
        """Write the clips kept in memory again (after the user freed space); returns those left."""
        with self._lock:
            clips, self._memory = self._memory, []
        left = []
        for clip in clips:
            try:
                self._cache.put(clip.spec, clip.audio, clip.audio_format, clip.meta)
            except OSError as error:
                self.last_error = error
                left.append(clip)
        with self._lock:
            self._memory = left + self._memory
            return len(self._memory)

    def stop_reason(self) -> StopReason:
        """Why a job that met a full disk stopped."""
        params = {"root": str(self._cache.root), "memory": str(self.in_memory), "rescued": str(self.rescued),
                  "rescued_to": self.rescued_to or ""}
        return StopReason(CACHE_WRITE, self.message(), CACHE_FULL, params)

    def message(self) -> str:
        """The stop message of a job that met a full disk (in English)."""
        root = self._cache.root
        parts = [f"The disk holding the clip cache ({root}) is full."]
        memory = self.in_memory
        if memory:
            parts.append(f"{memory} paid clip(s) are kept in memory: free some space and press Retry.")
        if self.rescued:
            parts.append(f"{self.rescued} paid clip(s) were written to {self.rescued_to}; they move back into "
                         f"the cache the next time it opens.")
        parts.append("Nothing more was sent.")
        return " ".join(parts)
