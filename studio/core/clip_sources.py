"""The cache's clips as the timeline reads them: decoded to 48 kHz once ever, kept in the derived cache.

A clip whose decoded samples are already kept is not touched at all until a line needs its samples
(and a line whose fit is kept needs at most the kept range). The others are decoded together, a few
dozen per ffmpeg process and one process per core, then kept for every later render.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studio.core.audio_decode import decode_options, decode_to_pcm, needs_a_file
from studio.core.clip_cache import ClipCache
from studio.core.derived_cache import DerivedCache, clip_identity
from studio.core.ffmpeg_batch import BatchError, BatchJob, run_jobs
from studio.core.fit import TIMELINE_RATE


@dataclass
class CachedClip:
    """One cached clip; read() gives its 48 kHz mono samples from memory, the derived cache, or ffmpeg."""

    path: Path
    identity: str | None  # None: the file could not be looked at (it is decoded, which says why)
    derived: DerivedCache
    input_rate: int | None = None  # for raw "pcm" clips, from their sidecar
    samples: bytes | None = None  # decoded by this render

    def read(self, first: int = 0, end: int | None = None) -> bytes | memoryview:
        if self.samples is None and self.identity is not None:
            kept = self.derived.read_pcm(self.identity, first, end)
            if kept is not None:
                return kept
        if self.samples is None:  # never decoded, or its derived file vanished or was torn
            self.keep(decode_to_pcm(self.path.read_bytes(), self.fmt, TIMELINE_RATE, 1,
                                    input_rate=self.input_rate).samples)
        return self.samples[2 * first:None if end is None else 2 * end]

    @property
    def fmt(self) -> str:
        return self.path.suffix.lstrip(".").lower()

    def keep(self, samples: bytes) -> None:
        self.samples = samples
        if self.identity is not None:
            self.derived.write_pcm(self.identity, samples)


def prepare_clips(paths: Sequence[Path | None], cache: ClipCache, *, workers: int | None = None,
                  cancel: threading.Event | None = None) -> list[CachedClip | None]:
    """A source per clip path (None stays None); the clips never decoded before are decoded now."""
    derived = DerivedCache(cache.root)
    sources: list[CachedClip | None] = []
    for path in paths:
        if path is None:
            sources.append(None)
            continue
        key = path.name.partition(".")[0]
        meta = cache.meta(key) if path.suffix == ".pcm" else None
        sources.append(CachedClip(path, clip_identity(path, TIMELINE_RATE), derived,
                                  meta.sample_rate if meta is not None else None))
    fresh = [s for s in sources if s is not None and (s.identity is None or not derived.has_pcm(s.identity))]
    decode_all(fresh, workers=workers, cancel=cancel)
    return sources


def decode_all(clips: Sequence[CachedClip], *, workers: int | None = None,
               cancel: threading.Event | None = None) -> None:
    """Decode the clips in batches and keep them; a clip of a failing batch is decoded alone, so that a
    corrupt clip fails with its own clear error and its neighbours are not blamed."""
    jobs, batched = [], []
    for clip in clips:
        try:
            data = clip.path.read_bytes() if needs_a_file(clip.fmt) else b""
            input_args, filter_args = decode_options(data, clip.fmt, clip.input_rate)
        except (OSError, ValueError):
            continue  # read() will decode it alone and raise the clear error
        jobs.append(BatchJob(clip.path, tuple(input_args), tuple(filter_args)))
        batched.append(clip)
    for clip, output in zip(batched, run_jobs(jobs, TIMELINE_RATE, workers=workers, cancel=cancel)):
        if cancel is not None and cancel.is_set():
            return
        if isinstance(output, BatchError) or not output:
            clip.read()  # alone: raises AudioDecodeError with the reason
        else:
            clip.keep(output)
