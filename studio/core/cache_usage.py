"""What the clip cache holds, for the user deciding what to clear: the clips (paid for: rendering them
again costs money) and the copies derived from them (rebuilt for free whenever they are missing).

A walk of every file and a read of every sidecar: run it off the GUI thread. The money at stake is
what the sidecars recorded (each clip's cost as its provider reported it), summed per provider,
since each counts in its own unit (ElevenLabs credits, Narakeet seconds of audio).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from studio.core.clip_cache import SIDECAR, ClipCache
from studio.core.cost import UNIT_CREDITS, UNIT_NONE, UNIT_SECONDS
from studio.core.derived_cache import DerivedCache

MB = 1024 * 1024  # what the CLI's --derived-limit-mb and the window's cap count in
UNITS = {"elevenlabs": UNIT_CREDITS, "narakeet": UNIT_SECONDS, "offline": UNIT_NONE}


@dataclass(frozen=True)
class CacheUsage:
    clips: int = 0
    clip_bytes: int = 0        # the clips and their sidecars: what clearing the whole cache throws away
    derived_bytes: int = 0     # decoded and fitted copies: rebuilt when needed, at no cost
    # Recorded cost per provider (its own unit), only providers that bill; a clip whose sidecar has no
    # cost is counted in `uncosted` instead (an old clip, or a provider answer without a cost).
    costs: dict[str, float] = field(default_factory=dict)
    paid_clips: int = 0        # clips of a provider that bills
    uncosted: int = 0

    @property
    def total_bytes(self) -> int:
        return self.clip_bytes + self.derived_bytes


def measure(cache: ClipCache) -> CacheUsage:
    """Sizes and recorded costs of what the cache holds now (a clip removed meanwhile is not counted)."""
    # A view of its own, read from the files: another process (a CLI render) may have added or cleared
    # clips, and reloading the caller's index could drop a clip a render is storing right now (a line
    # then looks unrendered, and would be paid for again).
    cache = ClipCache(cache.root)
    clips = clip_bytes = paid = uncosted = 0
    costs: dict[str, float] = {}
    for key in sorted(cache.keys()):
        path = cache.path(key)
        meta = cache.meta(key)
        if path is None or meta is None:
            continue
        try:
            size = os.stat(path).st_size
        except OSError:
            continue
        try:
            size += os.stat(path.with_name(key + SIDECAR)).st_size
        except OSError:
            pass  # a clip without its sidecar still counts (it was paid for)
        clips, clip_bytes = clips + 1, clip_bytes + size
        provider = str((meta.spec or {}).get("provider") or "")
        if UNITS.get(provider, UNIT_CREDITS) == UNIT_NONE:
            continue  # free to render again
        paid += 1
        if isinstance(meta.cost, (int, float)) and not isinstance(meta.cost, bool) and 0 <= meta.cost < float("inf"):
            costs[provider] = costs.get(provider, 0.0) + float(meta.cost)
        else:
            uncosted += 1
    return CacheUsage(clips, clip_bytes, DerivedCache(cache.root).size_bytes(), costs, paid, uncosted)


def clear_derived(cache: ClipCache) -> int:
    """Remove the rebuildable copies only (never a clip); returns bytes freed."""
    return DerivedCache(cache.root).clear()
