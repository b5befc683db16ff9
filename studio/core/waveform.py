"""Min/max peaks of a dub's samples at every zoom: what a waveform view draws, one column at a time.

A peak pyramid (min/max per block, each level four times coarser) built once, so a 2 h film draws
in a few milliseconds at any zoom; closer than the finest level, the samples on screen are read
directly. Qt-free: it is built on a worker thread and only read by the timeline strip.
"""

from __future__ import annotations

import warnings
from array import array

try:
    with warnings.catch_warnings():
        # Deprecated in 3.11-3.12 (pydub imports it too); on 3.13+ it is the audioop-lts package.
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop as _audioop
except ImportError:  # pragma: no cover - depends on the Python build
    _audioop = None


# The pyramid's finest level: 4096 samples (85 ms at 48 kHz). Closer zooms read samples directly,
# which touches only the seconds on screen; coarser levels are built from this one in C.
_BASE_BLOCK = 4096
_LEVEL_FACTOR = 4
_SAMPLE_BYTES = 2


def _minmax(chunk: memoryview | bytes) -> tuple[int, int]:
    """Smallest and largest native int16 sample of a byte buffer (audioop runs in C)."""
    if _audioop is not None:
        return _audioop.minmax(chunk, _SAMPLE_BYTES)
    values = memoryview(chunk).cast("h")
    return min(values), max(values)


class WaveformPeaks:
    """Min/max peaks of mono int16 samples at every zoom, for drawing a waveform one column at a time."""

    def __init__(self, samples: memoryview | array | bytes | bytearray, sample_rate: int) -> None:
        if sample_rate <= 0:
            raise ValueError("sample_rate must be positive")
        raw = memoryview(samples)
        self.raw = raw.cast("B") if raw.format != "B" else raw  # a view: the samples are not copied
        self.sample_rate = sample_rate
        self.count = len(self.raw) // _SAMPLE_BYTES
        # levels[k] = (block samples, mins, maxs)
        self.levels: list[tuple[int, array, array]] = []

    @classmethod
    def build(cls, samples: memoryview | array | bytes | bytearray, sample_rate: int) -> WaveformPeaks:
        """Compute the whole pyramid (about 0.2 s for 2 h at 48 kHz): call it off the GUI thread."""
        peaks = cls(samples, sample_rate)
        raw, step = peaks.raw, _BASE_BLOCK * _SAMPLE_BYTES
        pairs = [_minmax(raw[at:at + step]) for at in range(0, peaks.count * _SAMPLE_BYTES, step)]
        mins, maxs = array("h", [p[0] for p in pairs]), array("h", [p[1] for p in pairs])
        block = _BASE_BLOCK
        peaks.levels.append((block, mins, maxs))
        while len(mins) > 1:
            block *= _LEVEL_FACTOR
            low, high = memoryview(mins).cast("B"), memoryview(maxs).cast("B")
            span = _LEVEL_FACTOR * _SAMPLE_BYTES
            mins = array("h", [_minmax(low[at:at + span])[0] for at in range(0, len(low), span)])
            maxs = array("h", [_minmax(high[at:at + span])[1] for at in range(0, len(high), span)])
            peaks.levels.append((block, mins, maxs))
        return peaks

    @property
    def duration_ms(self) -> int:
        return self.count * 1000 // self.sample_rate

    @property
    def peak(self) -> int:
        """The loudest sample's magnitude (0 for silence or before build)."""
        if not self.levels:
            return 0
        _, mins, maxs = self.levels[-1]
        return max([0, *(-v for v in mins), *maxs])

    def columns(self, first_px: int, count: int, px_per_s: float) -> list[tuple[int, int]]:
        """(min, max) of pixel columns first_px .. first_px + count - 1 at px_per_s; (0, 0) past the end."""
        per_px = self.sample_rate / px_per_s  # samples per column
        level = None
        for block, mins, maxs in self.levels:
            if block * 2 <= per_px:  # each column covers at least two blocks: the rounding is invisible
                level = (block, mins, maxs)
        out: list[tuple[int, int]] = []
        for px in range(first_px, first_px + count):
            start = int(px * per_px)
            end = min(self.count, max(start + 1, int((px + 1) * per_px)))
            if start >= self.count or start < 0:
                out.append((0, 0))
            elif level is None:
                out.append(_minmax(self.raw[start * _SAMPLE_BYTES:end * _SAMPLE_BYTES]))
            else:
                block, mins, maxs = level
                first, last = start // block, max(start // block + 1, end // block)
                low = _minmax(memoryview(mins)[first:last].cast("B"))[0]
                high = _minmax(memoryview(maxs)[first:last].cast("B"))[1]
                out.append((low, high))
        return out
