"""Where the real audio of an MP4/M4A (AAC) starts and how long it is, read from the file itself.

An AAC encoder starts with priming samples (1024 for ffmpeg's and Fraunhofer's, 2112 for Apple's) and
pads the last frame. The file says what to cut: its edit list (``elst``: media time = the priming,
segment duration = the real length) or iTunes' ``iTunSMPB`` tag (priming, padding, length). ffmpeg
builds disagree on applying them: 4.x cuts the priming but not the padding (a 2,000 ms clip decodes
to 2,005 ms), newer ones honour both. So we read the numbers ourselves and have every build decode
the whole stream (``-ignore_editlist``) and cut exactly there (``atrim``).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

@dataclass(frozen=True)
class AudioSpan:
    """The samples to keep, counted at the track's time scale (its sample rate for AAC)."""

    start: int  # priming samples to drop
    length: int  # samples of real audio after them
    rate: int  # the track's time scale


def audio_span(data: bytes) -> AudioSpan | None:
    """The span of the first sound track, or None (not an MP4, fragmented, or no trimming info)."""
    try:
        moov = _find(data, 0, len(data), b"moov")
        if moov is None or _find(data, *moov, b"mvex") is not None:
            return None  # fragmented files carry their own timing per fragment: ffmpeg handles them
        movie_scale = _timescale(data, _find(data, *moov, b"mvhd"))
        for trak in _children(data, *moov, b"trak"):
            mdia = _find(data, *trak, b"mdia")
            if mdia is None or not _is_sound(data, mdia):
                continue
            scale = _timescale(data, _find(data, *mdia, b"mdhd"))
            return _from_edit_list(data, trak, movie_scale, scale) or _from_itunsmpb(data, moov, scale)
    except (struct.error, ValueError, IndexError):
        return None
    return None


def _from_edit_list(data: bytes, trak: tuple[int, int], movie_scale: int, scale: int) -> AudioSpan | None:
    edts = _find(data, *trak, b"edts")
    elst = _find(data, *edts, b"elst") if edts else None
    if elst is None or not movie_scale or not scale:
        return None
    start, _ = elst
    version = data[start]
    count = struct.unpack_from(">I", data, start + 4)[0]
    entry = ">QqHH" if version == 1 else ">IiHH"
    offset = start + 8
    for _ in range(count):
        duration, media_time, _, _ = struct.unpack_from(entry, data, offset)
        offset += struct.calcsize(entry)
        if media_time < 0:
            continue  # an empty edit (a delay before the track): not audio of the file
        if duration <= 0:
            return None
        return AudioSpan(media_time, round(duration * scale / movie_scale), scale)
    return None


def _from_itunsmpb(data: bytes, moov: tuple[int, int], scale: int) -> AudioSpan | None:
    if not scale:
        return None
    for udta in _children(data, *moov, b"udta"):
        for meta in _children(data, *udta, b"meta"):
            for ilst in _children(data, meta[0] + 4, meta[1], b"ilst"):  # meta: 4 bytes version/flags
                for item in _children(data, *ilst, b"----"):
                    name = _find(data, *item, b"name")
                    value = _find(data, *item, b"data")
                    if name and value and data[name[0] + 4:name[1]] == b"iTunSMPB":
                        fields = data[value[0] + 8:value[1]].decode("ascii", "replace").split()
                        priming, _, length = (int(field, 16) for field in fields[1:4])
                        return AudioSpan(priming, length, scale) if length > 0 else None
    return None


def _is_sound(data: bytes, mdia: tuple[int, int]) -> bool:
    hdlr = _find(data, *mdia, b"hdlr")
    return hdlr is not None and data[hdlr[0] + 8:hdlr[0] + 12] == b"soun"


def _timescale(data: bytes, box: tuple[int, int] | None) -> int:
    """The time scale of an mvhd or mdhd box (its place depends on the box's version)."""
    if box is None:
        return 0
    start, _ = box
    return struct.unpack_from(">I", data, start + (20 if data[start] == 1 else 12))[0]


def _find(data: bytes, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    return next(_children(data, start, end, kind), None)


def _children(data: bytes, start: int, end: int, kind: bytes) -> Iterator[tuple[int, int]]:
    """(payload start, payload end) of every box of that kind directly inside [start, end)."""
    for box_kind, payload, box_end in _boxes(data, start, end):
        if box_kind == kind:
            yield payload, box_end


def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:
            size = struct.unpack_from(">Q", data, position + 8)[0]
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            return  # a truncated or corrupt box: stop rather than read garbage
        yield kind, position + header, position + size
        position += size
