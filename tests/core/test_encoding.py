"""Encoding detection: BOMs, UTF-8, stray bytes, the detector, and binary data."""

from __future__ import annotations

import codecs
import time

import pytest

from studio.core.cues import ENCODING
from studio.core.encoding import NotText, decode
from studio.core.srt_file import load_srt, parse_srt_bytes
from tests.core.conftest import CORPUS, FRENCH_CUES, RUSSIAN_CUES, load_make_corpus, timed

FRENCH = load_make_corpus().FRENCH


@pytest.mark.parametrize("name, encoding, bom, newline", [
    ("fr_utf8_lf.srt", "utf-8", False, "\n"),
    ("fr_utf8_crlf.srt", "utf-8", False, "\r\n"),
    ("fr_utf8_cr.srt", "utf-8", False, "\r"),
    ("fr_utf8_bom_crlf.srt", "utf-8-sig", True, "\r\n"),
    ("fr_cp1252_crlf.srt", "cp1252", False, "\r\n"),
    ("fr_cp1252_lf.srt", "cp1252", False, "\n"),
    ("fr_utf16le_bom_crlf.srt", "utf-16-le", True, "\r\n"),
    ("fr_utf16be_bom.srt", "utf-16-be", True, "\n"),
    ("fr_utf16le_nobom.srt", "utf-16-le", False, "\n"),
    ("fr_utf16be_nobom.srt", "utf-16-be", False, "\n"),
])
def test_french_file_reads_identically_in_every_encoding(name, encoding, bom, newline):
    """Every encoding/BOM/newline variant of the French file gives the same cues, é € œ « ’ … intact."""
    doc = load_srt(CORPUS / name)
    assert timed(doc) == FRENCH_CUES
    assert (doc.encoding, doc.bom, doc.newline) == (encoding, bom, newline)
    assert doc.file_problems == []


@pytest.mark.parametrize("name, encoding", [
    ("ru_cp1251.srt", "cp1251"),
    ("ru_utf16le_nobom.srt", "utf-16-le"),
])
def test_russian_file_reads_correctly(name, encoding):
    """A Russian cp1251 file and a Russian UTF-16 file without a BOM read as Cyrillic, exactly."""
    doc = load_srt(CORPUS / name)
    assert (doc.encoding, timed(doc)) == (encoding, RUSSIAN_CUES)


def test_short_cp1252_file_is_not_mistaken_for_an_asian_encoding():
    """A two-cue cp1252 file ("Le cœur", "5 €") reads as cp1252 (a detector alone says Big5/cp1125)."""
    doc = load_srt(CORPUS / "fr_cp1252_short.srt")
    assert doc.encoding == "cp1252"
    assert timed(doc) == [(1000, 2000, "Le cœur"), (3000, 4000, "5 €")]


@pytest.mark.parametrize("text", [
    "Prix : 5 €", "Le cœur", "Ça va", "«Oui»", "Œuvre d’art", "été", "Noël à Zürich", "garçon",
    "¿Qué tal? ¡Muy bien!", "Größe", "L’été… — dit-il.",
])
def test_one_short_cp1252_line_reads_exactly(text):
    """A single cp1252 cue of a few words keeps every accented letter and symbol."""
    data = f"1\r\n00:00:01,000 --> 00:00:02,000\r\n{text}\r\n".encode("cp1252")
    decoded = decode(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text.splitlines()[2] == text


def test_utf8_bom_is_detected_and_removed():
    """A UTF-8 BOM gives encoding utf-8-sig, bom=True, and text without U+FEFF."""
    decoded = decode(codecs.BOM_UTF8 + "1\n00:00:01,000 --> 00:00:02,000\nÉté\n".encode())
    assert (decoded.encoding, decoded.bom) == ("utf-8-sig", True)
    assert decoded.text.startswith("1\n") and "\ufeff" not in decoded.text
    assert decoded.repaired == []


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_bom_wins_over_everything(bom, codec):
    """A UTF-16 BOM decides the encoding and is not part of the text."""
    decoded = decode(bom + FRENCH.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.bom) == (FRENCH, codec, True)


def test_plain_utf8_is_utf8():
    """Valid UTF-8 without a BOM is UTF-8, with nothing repaired."""
    decoded = decode(FRENCH.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.bom, decoded.repaired) == (FRENCH, "utf-8", False, [])


def test_utf8_with_one_stray_cp1252_byte_keeps_all_other_text():
    """One 0x92 byte in a UTF-8 file becomes ’ and every other character is exactly as written."""
    doc = load_srt(CORPUS / "fr_utf8_stray.srt")
    assert doc.encoding == "utf-8"
    assert timed(doc) == FRENCH_CUES


def test_stray_byte_is_reported_on_its_line():
    """The repaired byte is reported as an encoding problem on its 1-based file line (12)."""
    doc = load_srt(CORPUS / "fr_utf8_stray.srt")
    assert [(p.kind, p.line, p.row) for p in doc.file_problems] == [(ENCODING, 12, None)]
    assert "’" in doc.file_problems[0].message


def test_stray_byte_offset_points_at_the_repaired_character():
    """Decoded.repaired holds the offset of the character read from the stray byte."""
    decoded = decode((CORPUS / "fr_utf8_stray.srt").read_bytes())
    assert decoded.text == FRENCH
    assert [decoded.text[i] for i in decoded.repaired] == ["’"]


def test_utf8_bom_file_with_a_stray_byte_is_repaired_not_replaced():
    """A UTF-8 file with a BOM and one stray cp1252 byte keeps the BOM, repairs the byte, and reports it."""
    doc = load_srt(CORPUS / "fr_utf8_bom_stray.srt")
    assert (doc.encoding, doc.bom) == ("utf-8-sig", True)
    assert timed(doc) == FRENCH_CUES
    assert "\ufffd" not in "".join(cue.text for cue in doc.cues)
    assert [(p.kind, p.line) for p in doc.file_problems] == [(ENCODING, 12)]


def test_stray_byte_in_ascii_file_reads_as_cp1252():
    """An ASCII file with one 0x80 byte reads it as "€" (cp1252), not as a Cyrillic letter."""
    doc = parse_srt_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nPrice: 5 \x80\n")
    assert timed(doc) == [(1000, 2000, "Price: 5 €")]


def test_several_stray_bytes_in_utf8_are_all_repaired():
    """Three stray bytes in a UTF-8 file are each read as cp1252 and each reported; the rest is exact."""
    text = FRENCH.replace("5 €", "5 \x00").replace("12 €", "12 \x01").replace("Étienne", "\x02tienne")
    data = (text.encode("utf-8").replace(b"\x00", b"\x80").replace(b"\x01", b"\x80")
            .replace(b"\x02", b"\xc9"))
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == FRENCH
    assert sorted(decoded.text[i] for i in decoded.repaired) == ["É", "€", "€"]


def test_russian_cp1251_is_not_read_as_cp1252():
    """Cyrillic cp1251 bytes are not taken for accented Latin letters ("Ïðèâåò")."""
    text = "1\n00:00:01,000 --> 00:00:02,000\nВсё хорошо, спасибо, а у тебя как дела?\n"
    decoded = decode(text.encode("cp1251"))
    assert decoded.encoding == "cp1251"
    assert "Всё хорошо" in decoded.text


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02\x03binary\x00\xff" * 20,
    (CORPUS / "bad_png.srt").read_bytes(),
    (CORPUS / "bad_mp4.srt").read_bytes(),
    (CORPUS / "bad_random.srt").read_bytes(),
])
def test_binary_data_is_not_text(data):
    """Bytes with NULs that are not UTF-16 raise NotText."""
    with pytest.raises(NotText):
        decode(data)


def test_random_bytes_without_nul_are_not_text():
    """Random bytes with no NUL at all are refused too (the detector finds no language in them)."""
    with pytest.raises(NotText):
        decode((CORPUS / "bad_random_no_nul.srt").read_bytes())


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_survive_decoding(newline):
    """decode() does not touch line endings; the newline is the reader's business."""
    text = FRENCH.replace("\n", newline)
    assert decode(text.encode("cp1252")).text == text


@pytest.mark.parametrize("encoding, text", [
    ("cp1251", "Съешь же ещё этих мягких французских булок, да выпей же чаю."),
    ("cp1252", "Un café à 5 €, le cœur, l’œuvre « Où ? » Ça coûte très cher… Noël."),
], ids=["cp1251", "cp1252"])
def test_a_long_non_utf8_film_opens_fast(encoding, text):
    """A 2,000-cue (200 KB) single-byte file decodes in well under a second, not minutes (linear repair)."""
    srt = "".join(f"{i}\r\n00:{i // 60:02d}:{i % 60:02d},000 --> 00:{i // 60:02d}:{i % 60:02d},500\r\n"
                  f"{text}\r\n\r\n" for i in range(2000))
    started = time.process_time()
    decoded = decode(srt.encode(encoding))
    assert time.process_time() - started < 2.0
    assert (decoded.encoding, decoded.text) == (encoding, srt)


def test_many_stray_bytes_are_repaired_in_linear_time():
    """Thousands of stray bytes in a UTF-8 file with a BOM are all repaired quickly and each reported."""
    line = "Un café, puis 5 € — voilà.\n".encode("utf-8").replace("€".encode("utf-8"), b"\x80")
    started = time.process_time()
    decoded = decode(codecs.BOM_UTF8 + line * 5000)
    assert time.process_time() - started < 2.0
    assert decoded.text == "Un café, puis 5 € — voilà.\n" * 5000
    assert len(decoded.repaired) == 5000 and all(decoded.text[i] == "€" for i in decoded.repaired)
