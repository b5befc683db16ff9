"""Read SubRip text into cues, tolerating what real files contain and locating every problem.

pysrt's own reader splits blocks on blank lines, so one missing blank line merges two cues and one
bad timecode line drops a block. This reader anchors on timecode lines instead: each block starts at
its timecode line (with the index line just before it, if any), so a damaged block stays one cue,
flagged, and never swallows its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studio.core.cues import BAD_TIMECODE, STRAY_TEXT, Cue, Problem
from studio.core.timecode import TimecodeError, parse_ms

# A line that is meant to be a timecode line: it has an arrow, or two time-like fields around a
# mistyped arrow. Anything else is text.
_ARROW_LINE = re.compile(r"-->|^\s*[\d:.,]+\s*(?:->|—>|–>|- ->|==>)\s*[\d:.,]+")
_SPLIT = re.compile(r"\s*(?:-->|->|—>|–>|- ->|==>)\s*")
# The end time, then the position after a space. The space is required: without it the time could
# stop anywhere ("00:00:0x,000" would read as 00:00:00 with the position "x,000").
_END_AND_POSITION = re.compile(
    r"^\s*(\d{1,3}\s*:\s*\d{1,2}(?:\s*:\s*\d{1,2})?(?:\s*[,.:]\s*\d{1,3})?)(\s.*)?$")
# A timecode line exactly as SubRip writes it, read in one match (nearly every line of a real file);
# anything else goes through the tolerant path below.
_STRICT = re.compile(r"(\d\d):([0-5]\d):([0-5]\d),(\d{3}) --> (\d\d):([0-5]\d):([0-5]\d),(\d{3})")
_INDEX = re.compile(r"^\s*\d+\s*$")
_HEADER = re.compile(r"^\s*WEBVTT\b")


@dataclass
class ParseResult:
    cues: list[Cue] = field(default_factory=list)
    # Problems found while reading (unreadable timecodes, stray text); the timing problems between
    # cues (overlaps, ...) are the document's, which keeps them current while the user edits.
    problems: list[Problem] = field(default_factory=list)
    timecode_lines: int = 0


def split_lines(text: str) -> list[str]:
    """Split on any line ending (CRLF, LF, CR) and nothing else (not on form feeds or U+2028)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_srt(text: str) -> ParseResult:
    """Parse SubRip text (any line endings) into cues and reading problems."""
    lines = split_lines(text.lstrip("\ufeff"))
    result = ParseResult()
    anchors = [i for i, line in enumerate(lines) if _ARROW_LINE.search(line)]
    result.timecode_lines = len(anchors)
    if not anchors:
        return result
    blocks = _blocks(lines, anchors)
    blocks = _untimed_head(lines, blocks[0][0]) + blocks
    _report_stray(lines, blocks[0][0], result)
    prev_end = 0
    for _first, timing, text_lines in blocks:
        cue = _make_cue(lines, timing, text_lines, prev_end, result)
        result.cues.append(cue)
        if not cue.bad_timing:
            prev_end = cue.end_ms
    return result


def _blocks(lines: list[str], anchors: list[int]) -> list[tuple[int, int | None, list[int]]]:
    """Return (first line, timecode line or None, text lines) for each block, as 0-based indices."""
    blocks: list[tuple[int, int | None, list[int]]] = []
    for n, anchor in enumerate(anchors):
        first = anchor - 1 if anchor > 0 and _INDEX.match(lines[anchor - 1]) else anchor
        stop = len(lines) if n + 1 == len(anchors) else anchors[n + 1]
        if n + 1 < len(anchors) and stop > 0 and _INDEX.match(lines[stop - 1]) and stop - 1 > anchor:
            stop -= 1  # the next block's index line
        blocks.extend(_split_untimed(lines, first, anchor, stop))
    return blocks


def _untimed_head(lines: list[str], stop: int) -> list[tuple[int, int | None, list[int]]]:
    """Blocks before the first timecode line: the first subtitle can miss its timecode line too, and
    must then be a cue like any other such block, not stray text that a save would drop."""
    for i in range(stop - 1):
        if _INDEX.match(lines[i]) and lines[i + 1].strip():
            return _split_untimed(lines, i, None, stop)
    return []


def _split_untimed(lines: list[str], first: int, timing: int | None, stop: int):
    """Cut a block's text where a blank line is followed by an index line and text (a block whose
    timecode line is missing), so that block stays a cue of its own instead of being merged."""
    out = []
    current: tuple[int, int | None, list[int]] = (first, timing, [])
    i = (first if timing is None else timing) + 1
    while i < stop:
        line = lines[i]
        if (not line.strip() and i + 2 < stop and _INDEX.match(lines[i + 1]) and lines[i + 2].strip()):
            out.append(current)
            current = (i + 1, None, [])
            i += 2
            continue
        if line.strip():
            current[2].append(i)
        i += 1
    out.append(current)
    return out


def _report_stray(lines: list[str], first_block: int, result: ParseResult) -> None:
    for i in range(first_block):
        if lines[i].strip() and not _HEADER.match(lines[i]) and not _INDEX.match(lines[i]):
            result.problems.append(Problem(
                STRAY_TEXT, f"Text outside any subtitle was ignored: {lines[i].strip()[:60]!r}.", i + 1,
                params={"text": lines[i].strip()[:60]}))


def _make_cue(lines: list[str], timing: int | None, text_lines: list[int], prev_end: int,
              result: ParseResult) -> Cue:
    text = "\n".join(lines[i].strip() for i in text_lines)
    if timing is None:
        line_no = (text_lines[0] if text_lines else 0)  # the index line is just before the text
        message = "This subtitle has no timecode line; set its start and end times."
        result.problems.append(Problem(BAD_TIMECODE, message, line_no, params={"timecode": ""}))
        return Cue(prev_end, prev_end, text, source_line=line_no, bad_timing="(missing)")
    raw = lines[timing].strip()
    strict = _STRICT.fullmatch(raw)
    if strict:
        h1, m1, s1, f1, h2, m2, s2, f2 = map(int, strict.groups())
        return Cue(((h1 * 60 + m1) * 60 + s1) * 1000 + f1, ((h2 * 60 + m2) * 60 + s2) * 1000 + f2, text,
                   source_line=timing + 1)
    parts = _SPLIT.split(raw, maxsplit=1)
    start = end = None
    position = ""
    try:
        start = parse_ms(parts[0])
        match = _END_AND_POSITION.match(parts[1]) if len(parts) == 2 else None
        if not match:
            raise TimecodeError(raw)
        end = parse_ms(match.group(1))
        position = (match.group(2) or "").strip()
    except TimecodeError:
        message = f"Unreadable timecode line {raw[:60]!r}; set this subtitle's start and end times."
        result.problems.append(Problem(BAD_TIMECODE, message, timing + 1, params={"timecode": raw[:60]}))
        begin = start if start is not None else prev_end
        return Cue(begin, begin, text, source_line=timing + 1, bad_timing=raw)
    return Cue(start, end, text, position=position, source_line=timing + 1)
