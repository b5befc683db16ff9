"""The content-addressed clip cache: a clip is paid for once, then found by its key forever.

Layout (one folder per user, or the folder the user chose):

    <root>/ab/abcdef…64 hex….mp3     the clip, named by ClipSpec.key (any audio extension)
    <root>/ab/abcdef…64 hex….json    its sidecar: the spec, the context it was rendered with, cost…
    <root>/derived/…                 clips decoded and fitted for the timeline (derived_cache.py)

Crash safety comes from the order of writes, each through a temporary file in the same folder that is
fsynced and renamed (write_atomic): the sidecar first, the audio last. The audio file is the commit
marker: a clip exists exactly when its audio file exists under its final name, so `kill -9` at any
moment leaves either a complete clip or no clip (plus, at worst, an orphan sidecar or a dot-named
temporary file, both ignored and swept up later).

The in-memory index is rebuilt by scanning the 256 shard folders on `open()`: the files are the only
truth, so no index file can ever disagree with them after a crash. A scan of 10k clips is a few
milliseconds of `scandir`, which is why there is no on-disk index at all.

This module keeps the index and the order of writes. The sidecar's record is ClipMeta (clip_meta.py),
the folders the platform gives us are in cache_folders.py, and the file names and the folder's
listing, sweeping and error wording in clip_cache_files.py.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.core.atomic import write_atomic
from studio.core.cache_folders import APP_DIR, default_cache_dir, rescue_root_for  # noqa: F401 - importable here
from studio.core.clip_cache_files import (AUDIO_EXT, SHARD, SIDECAR, ClipCacheError, delete_older, is_temp,  # noqa: F401
                                          key_and_ext, scandir, sidecar_of, write_failure)
from studio.core.clip_meta import ClipMeta, Context, meta_with
from studio.core.clip_spec import ClipSpec
from studio.core.derived_cache import DerivedCache

# Temporary files of write_atomic (".<name>.<random>.tmp") older than this belong to a process that
# died; younger ones may belong to another process writing right now.
STALE_TEMP_S = 15 * 60




@dataclass
class _Entry:
    # A str, not a Path: building 10k Path objects is most of the cost of opening a big cache.
    file: str
    meta: ClipMeta | None = field(default=None)  # read lazily from the sidecar

    @property
    def path(self) -> Path:
        return Path(self.file)


class ClipCache:
    """Clips by key. Safe to share between threads; several processes may share one folder too."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] = {}
        self._opened = False

    @classmethod
    def open(cls, root: str | os.PathLike[str] | None = None) -> ClipCache:
        """Open (creating it if needed) the cache at root, or the per-user default, and index it."""
        cache = cls(root if root is not None else default_cache_dir())
        # Also sweeps leftovers of a process killed mid-write long ago (young ones may be in use).
        cache.reload(sweep_older_than_s=STALE_TEMP_S)
        cache.take_back_rescued()
        return cache

    def reload(self, *, sweep_older_than_s: float | None = None) -> None:
        """Rebuild the index from the files (another process may have added clips); with
        sweep_older_than_s, also delete leftovers that old (see sweep)."""
        self.root.mkdir(parents=True, exist_ok=True)
        entries, leftovers = self._scan()
        with self._lock:
            self._entries = entries
            self._opened = True
        if sweep_older_than_s is not None:
            delete_older(leftovers, sweep_older_than_s)

    def _scan(self) -> tuple[dict[str, _Entry], list[str]]:
        """(clips by key, leftovers): leftovers are temporary files and sidecars without a clip."""
        entries: dict[str, _Entry] = {}
        leftovers: list[str] = []
        for shard in scandir(self.root):
            if not (SHARD.match(shard.name) and shard.is_dir(follow_symlinks=False)):
                continue
            sidecars: dict[str, str] = {}
            for item in scandir(Path(shard.path)):
                name = item.name
                key, ext = key_and_ext(name)
                if key is None:
                    if is_temp(name):
                        leftovers.append(item.path)
                elif key[:2] != shard.name:
                    continue  # not where we would ever look for it: not ours
                elif ext == SIDECAR[1:]:
                    sidecars[key] = item.path
                else:
                    entries[key] = _Entry(item.path)
            leftovers += [path for key, path in sidecars.items() if key not in entries]
        return entries, leftovers

    # -- queries ----------------------------------------------------------------------------------
    def contains(self, key: str) -> bool:
        """Whether the clip is cached (an in-memory lookup: call it for every row on every repaint)."""
        self._ensure_open()
        return key in self._entries

    __contains__ = contains

    def __len__(self) -> int:
        self._ensure_open()
        return len(self._entries)

    def keys(self) -> set[str]:
        self._ensure_open()
        with self._lock:
            return set(self._entries)

    def path(self, key: str) -> Path | None:
        """The clip's audio file, or None when it is not cached (or vanished behind our back)."""
        self._ensure_open()
        entry = self._entries.get(key)
        if entry is None:
            return None
        if not entry.path.exists():  # deleted by hand or by another process's clear()
            with self._lock:
                self._entries.pop(key, None)
            return None
        return entry.path

    def meta(self, key: str) -> ClipMeta | None:
        """What was recorded with the clip; None when it is not cached. A clip whose sidecar is
        missing or unreadable still counts as cached (it was paid for) and gets an empty ClipMeta."""
        self._ensure_open()
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.meta is None:
            try:
                data = json.loads(sidecar_of(entry.path).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None
            meta = ClipMeta.from_json(data)
            if meta.audio_format is None:
                meta = meta_with(meta, audio_format=entry.path.suffix[1:])
            entry.meta = meta
        return entry.meta

    def context_of(self, key: str) -> Context | None:
        """The neighbours' text the clip was rendered with (for "neighbour context changed")."""
        meta = self.meta(key)
        return None if meta is None else Context(meta.previous_text, meta.next_text)

    def size_bytes(self) -> int:
        """Bytes used by clips, sidecars and what is derived from them (a walk: off the GUI thread)."""
        total = DerivedCache(self.root).size_bytes()
        for shard in scandir(self.root):
            if SHARD.match(shard.name) and shard.is_dir(follow_symlinks=False):
                for item in scandir(Path(shard.path)):
                    try:
                        total += item.stat(follow_symlinks=False).st_size
                    except OSError:
                        pass
        return total

    # -- changes ----------------------------------------------------------------------------------
    def put(self, spec: ClipSpec, audio: bytes, audio_format: str, meta: ClipMeta | None = None) -> Path:
        """Store a clip under spec.key and return its path. Raises ClipCacheError (nothing left behind).

        audio_format is what the audio really is (the offline engine answers WAV whatever was asked):
        it becomes the file's extension.
        """
        self._ensure_open()
        if not audio:
            raise ValueError("an empty clip cannot be cached")
        ext = audio_format.lower().lstrip(".")
        if not AUDIO_EXT.match(ext) or ext == SIDECAR[1:]:
            raise ValueError(f"not an audio format: {audio_format!r}")
        key = spec.key
        folder = self.root / key[:2]
        target = folder / f"{key}.{ext}"
        sidecar = sidecar_of(target)
        record = meta_with(meta or ClipMeta(), audio_format=ext, spec=spec.as_json(),
                          created=(meta.created if meta and meta.created else time.time()))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Sidecar first, audio last: the audio's rename is the commit (see the module docstring).
            write_atomic(sidecar, json.dumps(record.as_json(), ensure_ascii=False).encode("utf-8"))
            write_atomic(target, audio)
        except OSError as error:
            self._forget_partial(key, target, sidecar)
            raise write_failure(error, self.root) from error
        except BaseException:
            self._forget_partial(key, target, sidecar)
            raise
        with self._lock:
            old = self._entries.get(key)
            self._entries[key] = _Entry(str(target), record)
        if old is not None and old.path != target:  # same clip re-rendered in another format
            old.path.unlink(missing_ok=True)
        return target

    def annotate(self, key: str, **changes: Any) -> bool:
        """Record more about a cached clip in its sidecar (a measurement made after it was stored).
        Best effort: False when the clip is gone or the sidecar cannot be written (nothing is lost)."""
        meta, path = self.meta(key), self.path(key)
        if meta is None or path is None:
            return False
        record = meta_with(meta, **changes)
        try:
            write_atomic(sidecar_of(path), json.dumps(record.as_json(), ensure_ascii=False).encode("utf-8"))
        except OSError:
            return False
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                entry.meta = record
        return True

    def take_back_rescued(self) -> int:
        """Move the paid clips a full disk sent to this cache's rescue folder (studio.core.rescue)
        back in, those that fit; returns how many came back."""
        root = rescue_root_for(self.root)
        if not root.is_dir():
            return 0
        rescue, moved = ClipCache(root), 0
        for key in sorted(rescue.keys()):
            path, meta = rescue.path(key), rescue.meta(key)
            spec = ClipSpec.from_json(meta.spec) if meta is not None and path is not None else None
            if spec is None or spec.key != key:
                continue
            try:
                if not self.contains(key):
                    self.put(spec, path.read_bytes(), meta.audio_format or path.suffix[1:], meta)
            except OSError:
                break  # still full: they stay rescued for the next time
            rescue.remove(key)
            moved += 1
        return moved

    def remove(self, key: str) -> None:
        """Forget one clip (its file and sidecar)."""
        self._ensure_open()
        with self._lock:
            entry = self._entries.pop(key, None)
        if entry is not None:
            entry.path.unlink(missing_ok=True)
            sidecar_of(entry.path).unlink(missing_ok=True)

    def clear(self) -> int:
        """Delete every clip; returns bytes freed. Only our own files are touched (the folder may be
        one the user chose, holding other things)."""
        freed = DerivedCache(self.root).clear()
        with self._lock:
            self._entries = {}
            self._opened = True
        for shard in scandir(self.root):
            if not (SHARD.match(shard.name) and shard.is_dir(follow_symlinks=False)):
                continue
            for item in scandir(Path(shard.path)):
                if key_and_ext(item.name)[0] is not None or is_temp(item.name):
                    try:
                        size = item.stat(follow_symlinks=False).st_size
                        os.unlink(item.path)
                        freed += size
                    except OSError:
                        pass
            try:
                os.rmdir(shard.path)
            except OSError:
                pass  # not empty: something that is not ours, or a clip another process just wrote
        return freed

    def sweep(self, older_than_s: float = STALE_TEMP_S) -> int:
        """Delete temporary files left by a process that died mid-write, and sidecars whose clip
        never landed. Returns how many files went."""
        return delete_older(self._scan()[1], older_than_s)

    # -- internals --------------------------------------------------------------------------------
    def _ensure_open(self) -> None:
        if not self._opened:
            self.reload()

    def _forget_partial(self, key: str, target: Path, sidecar: Path) -> None:
        # write_atomic already removed its temporary file; the sidecar of a clip that never landed
        # must go too, unless an older complete clip still owns it.
        with self._lock:
            owned = key in self._entries
        if not owned and not target.exists():
            try:
                sidecar.unlink(missing_ok=True)
            except OSError:
                pass
