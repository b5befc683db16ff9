"""Reading SubRip text: tolerance for real files, problem locations, and refusing what is not SRT."""

from __future__ import annotations

import time

import pytest

from studio.core.cues import (
    BAD_TIMECODE,
    EMPTY_TEXT,
    NEGATIVE_DURATION,
    OVERLAP,
    STRAY_TEXT,
)
from studio.core.srt_file import MAX_BYTES, SubtitleError, load_srt, parse_srt_bytes
from studio.core.srt_reader import parse_srt, split_lines
from studio.core.timecode import TimecodeError, format_ms, parse_ms
from tests.core.conftest import BAD_FILES, CORPUS, full, timed

ONE_TWO_THREE = [(1000, 2000, "One."), (3000, 4000, "Two."), (5000, 6000, "Three.")]


def load(name: str):
    return load_srt(CORPUS / name)


# --- tolerance: one oddity per corpus file -------------------------------------------------------

def test_missing_indices():
    """Cues without index lines are read, each from its timecode line."""
    doc = load("no_indices.srt")
    assert timed(doc) == ONE_TWO_THREE
    assert [cue.source_line for cue in doc.cues] == [1, 4, 7]
    assert doc.problems() == []


def test_out_of_order_and_duplicate_indices_are_ignored():
    """Index numbers (3, 1, 7, 7) do not reorder, merge or drop cues: file order wins."""
    doc = load("indices_out_of_order.srt")
    assert timed(doc) == ONE_TWO_THREE + [(7000, 8000, "Four.")]
    assert doc.problems() == []


def test_missing_blank_line_between_cues():
    """A cue followed directly by the next index line stays two cues; multi-line text stays whole."""
    doc = load("missing_blank_line.srt")
    assert timed(doc) == [(1000, 2000, "One."), (3000, 4000, "Two, line a.\nTwo, line b."),
                          (5000, 6000, "Three.")]
    assert [cue.source_line for cue in doc.cues] == [2, 5, 9]


def test_dot_instead_of_comma_in_timecodes():
    """"00:00:01.000" reads like "00:00:01,000", also mixed on one line."""
    assert timed(load("dot_millis.srt")) == [(1000, 2500, "One."), (3250, 4750, "Two.")]


def test_any_spacing_around_the_arrow():
    """Many spaces, no space, tabs, and leading/trailing spaces around "-->" all read."""
    doc = load("arrow_spacing.srt")
    assert timed(doc) == ONE_TWO_THREE + [(7000, 8000, "Four.")]
    assert [cue.position for cue in doc.cues] == ["", "", "", ""]


def test_position_coordinates_are_kept_apart_from_the_times():
    """"X1:40 X2:600 Y1:20 Y2:50" after the end time is kept as the position, trimmed."""
    doc = load("position_coords.srt")
    assert full(doc) == [(1000, 2000, "One.", "X1:40 X2:600 Y1:20 Y2:50"),
                         (3000, 4000, "Two.", "X1:100 X2:500 Y1:400 Y2:450"),
                         (5000, 6000, "Three.", "")]


def test_extra_blank_lines_everywhere():
    """Leading, repeated and trailing blank lines neither add cues nor text."""
    doc = load("extra_blank_lines.srt")
    assert timed(doc) == ONE_TWO_THREE
    assert [cue.source_line for cue in doc.cues] == [5, 12, 17]
    assert doc.problems() == []


def test_no_final_newline():
    """The last cue's last line is read even without a newline after it."""
    assert timed(load("no_final_newline.srt"))[-1] == (3000, 4000, "Two, last line.")


def test_tabs_trailing_spaces_and_spaced_index_lines():
    """Index lines like "  2  " or "\\t3\\t" are indices; text lines are trimmed but inner tabs kept."""
    doc = load("tabs_trailing_spaces.srt")
    assert timed(doc) == [(1000, 2000, "One."), (3000, 4000, "Two\twith a tab."),
                          (5000, 6000, "Three, line a.\nThree, line b.")]
    assert doc.problems() == []


def test_webvtt_header_is_skipped_silently():
    """A "WEBVTT" first line is neither a cue nor reported as stray text."""
    doc = load("webvtt_header.srt")
    assert timed(doc) == [(1000, 2000, "One."), (3000, 4000, "Two.")]
    assert doc.problems() == []


def test_one_digit_hours_and_short_milliseconds():
    """"0:00:01,5" is 1.005 s, ",25" is 25 ms, ",05" is 5 ms: milliseconds, as ffmpeg and VLC read them."""
    doc = load("short_fields.srt")
    assert timed(doc) == [(1005, 2025, "One."), (3005, 4004, "Two."), (5000, 6000, "Three.")]
    assert doc.problems() == []


def test_kitchen_sink():
    """BOM + CRLF + WEBVTT + spaced index + missing index + missing blank line + no final newline."""
    doc = load("kitchen_sink.srt")
    assert full(doc) == [
        (1005, 2000, "<i>Un.</i>", "X1:1 X2:2 Y1:3 Y2:4"),
        (3000, 4000, "- Deux ?\n- Oui.", ""),
        (5000, 6000, "Trois, sans numéro.", ""),
        (7000, 8000, "Quatre, fin sans retour.", ""),
    ]
    assert [cue.source_line for cue in doc.cues] == [5, 8, 14, 18]
    assert (doc.encoding, doc.bom, doc.newline) == ("utf-8-sig", True, "\r\n")
    assert doc.problems() == []


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_ending_gives_the_same_cues_and_lines(newline):
    """LF, CRLF and CR files give the same cues with the same source lines."""
    text = (CORPUS / "problems.srt").read_text("utf-8").replace("\n", newline)
    reference = parse_srt((CORPUS / "problems.srt").read_text("utf-8"))
    result = parse_srt(text)
    assert result.cues == reference.cues
    assert result.problems == reference.problems


def test_mixed_line_endings_in_one_file():
    """A file mixing CRLF, LF and CR lines is split on each of them."""
    text = "1\r\n00:00:01,000 --> 00:00:02,000\nOne.\r\r2\n00:00:03,000 --> 00:00:04,000\r\nTwo.\r\n"
    assert [(c.start_ms, c.end_ms, c.text) for c in parse_srt(text).cues] == [
        (1000, 2000, "One."), (3000, 4000, "Two.")]


def test_split_lines_only_splits_on_line_endings():
    """Form feeds and U+2028 inside a line do not split it."""
    assert split_lines("a\r\nb\rc\nd\x0ce\u2028f") == ["a", "b", "c", "d\x0ce\u2028f"]


def test_typo_arrows_are_read():
    """"->" and "—>" typos between two times still make a timecode line."""
    text = ("1\n00:00:01,000 -> 00:00:02,000\nOne.\n\n2\n00:00:03,000 —> 00:00:04,000\nTwo.\n")
    assert [(c.start_ms, c.end_ms, c.text) for c in parse_srt(text).cues] == [
        (1000, 2000, "One."), (3000, 4000, "Two.")]


# --- problems: located, and never eating the neighbours ----------------------------------------

def test_problems_file_keeps_every_cue_with_exact_neighbours():
    """A file with six kinds of damage gives all ten cues, the good ones exactly as written."""
    doc = load("problems.srt")
    assert len(doc.cues) == 10
    texts = [cue.text for cue in doc.cues]
    assert texts == ["First good line.", "Overlapping line.", "Ends before it starts.", "",
                     "After the empty one.", "Bad timecode text.", "Missing timecode line text.",
                     "Good between the bad ones.", "Banana end.", "Last good line."]
    good = [(0, 1000, 2000), (1, 1500, 3000), (2, 5000, 4000), (3, 6000, 7000), (4, 8000, 9000),
            (7, 14000, 15000), (9, 18000, 19000)]
    for row, start, end in good:
        assert (doc.cues[row].start_ms, doc.cues[row].end_ms, doc.cues[row].bad_timing) == (start, end, "")


def test_problems_are_reported_on_their_file_lines():
    """Each problem has its kind, row and 1-based line: the timecode line, or the index line if missing."""
    doc = load("problems.srt")
    assert [(p.kind, p.line, p.row) for p in doc.problems()] == [
        (OVERLAP, 6, 1),
        (NEGATIVE_DURATION, 10, 2),
        (EMPTY_TEXT, 14, 3),
        (BAD_TIMECODE, 21, 5),
        (BAD_TIMECODE, 24, 6),
        (BAD_TIMECODE, 32, 8),
    ]
    assert all(p.message and "\n" not in p.message for p in doc.problems())


def test_bad_timecode_cue_keeps_what_was_written():
    """A cue with an unreadable timecode line keeps the line as written and its text."""
    doc = load("problems.srt")
    assert doc.cues[5].bad_timing == "00:00:1O,000 --> 00:00:11,000"
    assert doc.cues[6].bad_timing == "(missing)"
    assert doc.cues[8].bad_timing == "00:00:16,000 --> banana"
    assert doc.cues[8].start_ms == 16000  # the start was readable: it is kept


def test_reader_reports_bad_timecodes_itself():
    """parse_srt lists the unreadable and missing timecode lines with their file lines."""
    result = parse_srt((CORPUS / "problems.srt").read_text("utf-8"))
    assert [(p.kind, p.line) for p in result.problems] == [
        (BAD_TIMECODE, 21), (BAD_TIMECODE, 24), (BAD_TIMECODE, 32)]
    assert result.timecode_lines == 9


GOOD_BEFORE = "1\n00:00:01,000 --> 00:00:02,000\nBefore.\n\n"
GOOD_AFTER = "3\n00:00:09,000 --> 00:00:10,000\nAfter, line a.\nAfter, line b.\n"


@pytest.mark.parametrize("damaged, kind, line", [
    ("2\n00:00:05,000 --> 00:00:0x,000\nDamaged.\n\n", BAD_TIMECODE, 6),
    ("2\n00:00:05,000 -->\nDamaged.\n\n", BAD_TIMECODE, 6),
    ("2\n--> 00:00:06,000\nDamaged.\n\n", BAD_TIMECODE, 6),
    ("2\n00:00:05,000 --> 00:61:06,000\nDamaged.\n\n", BAD_TIMECODE, 6),
    ("2\nDamaged.\n\n", BAD_TIMECODE, 5),
    ("2\n00:00:05,000 --> 00:00:06,000\n\n", EMPTY_TEXT, 6),
    ("2\n00:00:06,000 --> 00:00:05,000\nDamaged.\n\n", NEGATIVE_DURATION, 6),
    ("2\n00:00:01,500 --> 00:00:06,000\nDamaged.\n\n", OVERLAP, 6),
], ids=["letter", "no-end", "no-start", "minutes-61", "no-timecode-line", "empty",
        "negative", "overlap"])
def test_a_broken_block_never_eats_its_neighbours(damaged, kind, line):
    """One damaged block between two good ones gives three cues, the neighbours exact, one problem located."""
    doc = parse_srt_bytes((GOOD_BEFORE + damaged + GOOD_AFTER).encode())
    assert len(doc.cues) == 3
    assert timed(doc)[0] == (1000, 2000, "Before.")
    assert timed(doc)[2] == (9000, 10000, "After, line a.\nAfter, line b.")
    assert doc.cues[1].text in ("Damaged.", "")
    assert [(p.kind, p.line, p.row) for p in doc.problems()] == [(kind, line, 1)]


def test_first_cue_without_timecode_line_is_a_cue_not_stray_text():
    """A first block with no timecode line is a flagged cue (problem on index line 1), not dropped text."""
    doc = load("first_cue_no_timecode.srt")
    assert timed(doc) == [(0, 0, "Première ligne, sans code temporel."), (3000, 4000, "Deux.")]
    assert doc.cues[0].bad_timing == "(missing)"
    assert [(p.kind, p.line, p.row) for p in doc.problems()] == [(BAD_TIMECODE, 1, 0)]


def test_stray_text_before_the_first_cue_is_reported_not_kept():
    """Text before the first cue is a file problem (stray text) on its line, not a cue."""
    doc = parse_srt_bytes(b"My film, subtitles v2\n\n1\n00:00:01,000 --> 00:00:02,000\nOne.\n")
    assert timed(doc) == [(1000, 2000, "One.")]
    assert [(p.kind, p.line, p.row) for p in doc.file_problems] == [(STRAY_TEXT, 1, None)]


# --- refusing what is not a subtitle file --------------------------------------------------------

@pytest.mark.parametrize("name", BAD_FILES)
def test_not_a_subtitle_file_gives_one_clear_line(name):
    """Binary, empty, blank, BOM-only and timecode-less files raise a one-line error naming the file."""
    with pytest.raises(SubtitleError) as caught:
        load(name)
    message = str(caught.value)
    assert name in message
    assert "\n" not in message and "\r" not in message
    assert 20 < len(message) < 200


def test_missing_file_gives_one_clear_line(tmp_path):
    """A path that does not exist raises a one-line SubtitleError naming the file."""
    with pytest.raises(SubtitleError, match=r"^nope\.srt .*not found") as caught:
        load_srt(tmp_path / "nope.srt")
    assert "\n" not in str(caught.value)


def test_folder_gives_one_clear_line(tmp_path):
    """A folder picked instead of a file raises a one-line SubtitleError naming it."""
    (tmp_path / "films.srt").mkdir()
    with pytest.raises(SubtitleError, match=r"^films\.srt is a folder"):
        load_srt(tmp_path / "films.srt")


def test_parse_without_timecodes_is_empty_not_an_error():
    """parse_srt never raises: text without timecodes is zero cues (load_srt makes that an error)."""
    result = parse_srt("hello\nworld\n")
    assert (result.cues, result.timecode_lines) == ([], 0)


# --- timecodes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, ms", [
    ("00:00:01,000", 1000),
    ("00:00:01.000", 1000),
    ("00:00:01:000", 1000),
    ("0:00:01,5", 1005),
    ("0:00:01,05", 1005),
    ("00:00:01,250", 1250),
    ("1:02:03,4", 3723004),
    ("00:01,000", 1000),
    ("00:00:01", 1000),
    (" 00 : 00 : 01 , 000 ", 1000),
    ("100:00:00,000", 360000000),
])
def test_parse_ms_tolerates_real_world_timecodes(text, ms):
    """parse_ms reads 1-3 digit hours, missing hours, any fraction separator, 1-3 digit fractions."""
    assert parse_ms(text) == ms


@pytest.mark.parametrize("text", ["", "banana", "00:60:00,000", "00:00:60,000", "00:00:1O,000",
                                  "-00:00:01,000", "00:00:01,0000"])
def test_parse_ms_refuses_what_is_not_a_timecode(text):
    """parse_ms raises TimecodeError for letters, signs, minutes/seconds over 59 and 4-digit fractions."""
    with pytest.raises(TimecodeError):
        parse_ms(text)


@pytest.mark.parametrize("ms, text", [(0, "00:00:00,000"), (1, "00:00:00,001"), (3723400, "01:02:03,400"),
                                      (-5, "00:00:00,000")])
def test_format_ms_is_strict_subrip(ms, text):
    """format_ms writes HH:MM:SS,mmm and clamps negatives to zero."""
    assert format_ms(ms) == text


def test_parse_format_round_trip():
    """format_ms then parse_ms gives back the same milliseconds."""
    for ms in (0, 1, 999, 1000, 59_999, 3_599_999, 3_600_000, 86_399_999, 359_999_999):
        assert parse_ms(format_ms(ms)) == ms


def test_reading_is_linear_on_a_long_file():
    """A 20,000-cue file (a long film is ~2,000) parses in well under a second of CPU (CPU time, not wall
    clock: other processes on a busy machine do not count)."""
    text = "".join(f"{i}\n{format_ms(i * 1000)} --> {format_ms(i * 1000 + 900)}\nLine {i}.\n\n"
                   for i in range(1, 20_001))
    started = time.process_time()
    result = parse_srt(text)
    assert time.process_time() - started < 1.5
    assert len(result.cues) == 20_000 and result.problems == []


def test_huge_file_is_refused_without_reading_it(tmp_path):
    """A file over the size limit (a video picked by mistake) gets a one-line "too big" error, fast."""
    huge = tmp_path / "film.mp4.srt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no real disk space used
    started = time.process_time()
    with pytest.raises(SubtitleError, match=r"^film\.mp4\.srt is too big") as caught:
        load_srt(huge)
    assert time.process_time() - started < 0.5
    assert "\n" not in str(caught.value)
