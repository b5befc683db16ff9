"""Ducking: the original sound lowered only where the dub speaks, with smooth fades, its channels kept.

The gain is an envelope built from the placement map (one value per millisecond) and multiplied into
every channel of the original by ffmpeg (``amultiply``), not a fixed attenuation of the whole film.
The dub goes into the dialogue channel(s) of the original's own layout: the centre of a 5.1, both
sides of a stereo, the only channel of a mono: nothing is downmixed or upmixed.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Union

from studio.core.assemble import Placement

ENVELOPE_RATE = 1000  # the gain envelope has one value per millisecond; ffmpeg resamples it
SpeechRegions = Union[Sequence[Placement], Sequence[tuple[int, int]]]


@dataclass(frozen=True)
class DuckSettings:
    """How the original sound is lowered under the dub."""

    duck_db: float = -15.0  # the original's gain while the dub speaks
    fade_down_ms: int = 150  # the original fades down over this before a line starts
    fade_up_ms: int = 400  # and back up over this after it ends (slower: the ear notices a jump back)
    # Lines closer than this stay ducked across the pause, so the original does not pump up and down.
    merge_gap_ms: int = 400

    def __post_init__(self) -> None:
        if not (-60.0 <= self.duck_db <= 0.0) or self.duck_db != self.duck_db:
            raise ValueError("the duck depth must be between -60 and 0 dB")
        if not (0 <= self.fade_down_ms <= 5000 and 0 <= self.fade_up_ms <= 5000):
            raise ValueError("fades must be between 0 and 5000 ms")


def speech_regions(speech: SpeechRegions, merge_gap_ms: int = 0) -> list[tuple[int, int]]:
    """Sorted (start_ms, end_ms) where the dub speaks, merging regions closer than merge_gap_ms."""
    pairs = []
    for item in speech:
        if isinstance(item, Placement):
            if item.clip_ms > 0:
                pairs.append((item.placed_ms, item.placed_ms + item.clip_ms))
        else:
            start, end = item
            if end > start:
                pairs.append((int(start), int(end)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pairs):
        if merged and start - merged[-1][1] < merge_gap_ms:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def duck_envelope(regions: Sequence[tuple[int, int]], duration_ms: int,
                  settings: DuckSettings = DuckSettings(), rate: int = ENVELOPE_RATE) -> array:
    """The original's gain per 1/rate s: 1 in silence, the duck gain under speech, cosine ramps between.

    The ramp down ends where the line starts, so the first syllable is already clear; the ramp up
    starts where it ends. Built with C-level slice fills; only the ramps are computed in Python.
    """
    low = 10 ** (settings.duck_db / 20)
    per_ms = rate / 1000
    length = max(1, math.ceil(duration_ms * per_ms))
    envelope = array("f", [1.0]) * length
    down = _fade(low, max(1, round(settings.fade_down_ms * per_ms)))  # 1 → low
    up = _fade(low, max(1, round(settings.fade_up_ms * per_ms)))[::-1]  # low → 1
    for start_ms, end_ms in regions:
        start = max(0, min(length, round(start_ms * per_ms)))
        end = max(start, min(length, math.ceil(end_ms * per_ms)))
        envelope[start:end] = array("f", [low]) * (end - start)
        for k, gain in enumerate(down):  # the fade down, ending at start
            at = start - len(down) + k
            if 0 <= at < length:
                envelope[at] = min(envelope[at], gain)
        for k, gain in enumerate(up):  # the fade up, starting at end
            at = end + k
            if at < length:
                envelope[at] = min(envelope[at], gain)
    return envelope


def _fade(low: float, steps: int) -> list[float]:
    # Raised cosine from 1 down to low: smooth at both ends, so no click.
    return [low + (1 - low) * 0.5 * (1 + math.cos(math.pi * (k + 1) / steps)) for k in range(steps)]


def duck_graph(layout: str | None, channels: int | None, rate: int, dub_filter: str | None = None) -> str:
    """The filter graph: [0:a:0] the original, [1:a:0] the dub (mono), [2:a] the envelope → [mix].

    The original keeps its sample rate and layout; the dub goes into its dialogue channel(s), through
    dub_filter first when given (the loudness normalisation).
    """
    name, count = _layout_name(layout, channels)
    gain = "|".join(f"c{i}=c0" for i in range(count))
    dialogue = _dialogue_channels(layout, count)
    speech = "|".join(f"c{i}={'c0' if i in dialogue else '0*c0'}" for i in range(count))
    return (f"[0:a:0]aformat=sample_fmts=flt:sample_rates={rate}:channel_layouts={name}[orig];"
            f"[2:a]aresample={rate},aformat=sample_fmts=flt,pan={name}|{gain}[gain];"
            f"[orig][gain]amultiply[ducked];"
            f"[1:a:0]{dub_filter + ',' if dub_filter else ''}aresample={rate},aformat=sample_fmts=flt,pan={name}|{speech}[dub];"
            # duration=longest: a dub running past the film's own sound is kept, not cut.
            # level=0: the limiter only catches peaks, it must not re-level the film;
            # latency=1: no lookahead delay, so the dub stays on its sample.
            f"[ducked][dub]amix=inputs=2:normalize=0:duration=longest,"
            f"alimiter=limit=0.97:level=0:latency=1[mix]")


def _layout_name(layout: str | None, channels: int | None) -> tuple[str, int]:
    if layout and channels and not layout.endswith("channels"):
        return layout, channels
    if channels:
        return f"{channels}c", channels  # ffmpeg's name for "n channels, no known order"
    return "stereo", 2  # ffmpeg did not say: the common case


_NO_CENTRE = ("2.1", "3.0(back)", "quad", "quad(side)", "6.0(front)", "downmix")


def _dialogue_channels(layout: str | None, count: int) -> set[int]:
    """Where speech goes: the centre of a surround layout, else the front pair, else every channel."""
    if count == 1:
        return {0}
    if layout and count >= 3 and not layout.endswith("channels") and layout not in _NO_CENTRE:
        return {2}  # FL FR FC …: every surround layout ffmpeg names with a centre puts it third
    return {0, 1}
