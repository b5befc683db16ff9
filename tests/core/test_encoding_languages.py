"""Real-looking subtitle files in legacy encodings and UTF-32 read as the words that were written.

Issue 14: Croatian cp1250 came out as "Ðuro" (read as cp1252) and went to the voice like that;
UTF-32 files with a BOM were refused as "not a SubRip file".
"""

from __future__ import annotations

import codecs

import pytest

from studio.core.encoding import decode
from studio.core.srt_file import load_srt
from tests.core.conftest import CORPUS, FRENCH_CUES, load_make_corpus, timed

dialogue = load_make_corpus().dialogue


@pytest.mark.parametrize("language, codec", dialogue.SAMPLES, ids=[f"{lang}-{c}" for lang, c in dialogue.SAMPLES])
def test_ten_cues_of_dialogue_read_exactly_in_their_legacy_encoding(language, codec):
    """Every 10-cue corpus file (cp1250 Croatian/Czech/Polish, cp1251, cp1253, cp1254, cp1257, ISO-8859,
    GB18030, Big5, Shift-JIS, EUC-KR, and cp1252 French/Spanish/German) gives back its exact lines."""
    doc = load_srt(CORPUS / f"lang_{language}_{codec}.srt")
    assert [cue.text for cue in doc.cues] == dialogue.DIALOGUE[language]
    # The detected encoding reads the file's own bytes exactly as the writer's encoding does.
    data = (CORPUS / f"lang_{language}_{codec}.srt").read_bytes()
    assert data.decode(doc.encoding) == data.decode(codec)


def test_croatian_names_are_not_read_as_western_letters():
    """The names that reach the voice are "Đuro", "Đurđica", "Ćiro", not "Ðuro", "Ðurðica", "Æiro"."""
    doc = load_srt(CORPUS / "lang_hr_cp1250.srt")
    assert doc.encoding == "cp1250"
    text = "\n".join(cue.text for cue in doc.cues)
    for name in ("Đuro", "Đurđicu", "Ćiro", "Čekaj", "Žurim", "ključevi"):
        assert name in text
    assert "Ð" not in text and "ð" not in text


@pytest.mark.parametrize("language, codec, expected", [
    ("fr", "cp1252", "cp1252"), ("es", "cp1252", "cp1252"), ("de", "cp1252", "cp1252"),
    ("hr", "cp1250", "cp1250"), ("cs", "cp1250", "cp1250"), ("pl", "cp1250", "cp1250"),
    ("ru", "cp1251", "cp1251"), ("el", "cp1253", "cp1253"), ("tr", "cp1254", "cp1254"),
    ("lt", "cp1257", "cp1257"), ("lv", "cp1257", "cp1257"), ("pl", "iso8859_2", "iso8859-2"),
])
def test_the_windows_code_page_is_named(language, codec, expected):
    """The encoding shown to the user is the code page the file was written in (Windows first)."""
    assert load_srt(CORPUS / f"lang_{language}_{codec}.srt").encoding == expected


@pytest.mark.parametrize("cues", [1, 2, 5])
@pytest.mark.parametrize("language, codec", [("hr", "cp1250"), ("pl", "cp1250"), ("tr", "cp1254"),
                                             ("lv", "cp1257"), ("fr", "cp1252"), ("de", "cp1252")])
def test_short_files_read_exactly(language, codec, cues):
    """The first 1, 2 or 5 cues alone (too little text for most detectors) still read exactly."""
    text = "\r\n\r\n".join(dialogue.srt_text(language).replace("\n", "\r\n").split("\r\n\r\n")[:cues])
    assert decode(text.encode(codec)).text == text


def test_a_turkish_ellipsis_after_the_detectors_window_still_reads():
    """A cp1254 file whose "…" (0x85, a control character in ISO-8859-9) comes after the first 200 KB
    is read as cp1254 whole, not refused."""
    body = dialogue.srt_text("tr").replace("\n", "\r\n") + "\r\n"
    text = body * 300 + "11\r\n01:00:00,000 --> 01:00:02,000\r\nŞimdi gidiyorum…\r\n"
    decoded = decode(text.encode("cp1254"))
    assert (decoded.text, decoded.encoding) == (text, "cp1254")


@pytest.mark.parametrize("name, encoding, bom", [
    ("fr_utf32le_bom.srt", "utf-32-le", True),
    ("fr_utf32be_bom.srt", "utf-32-be", True),
    ("fr_utf32le_nobom.srt", "utf-32-le", False),
])
def test_utf32_files_read(name, encoding, bom):
    """UTF-32 with a BOM (both byte orders; pysrt and srt read them) and without one reads exactly."""
    doc = load_srt(CORPUS / name)
    assert (doc.encoding, doc.bom) == (encoding, bom)
    assert timed(doc) == FRENCH_CUES


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_bom_is_not_taken_for_utf16(encoding):
    """FF FE 00 00 starts with the UTF-16 LE BOM: UTF-32 is checked first, and the BOM is not text."""
    bom = codecs.BOM_UTF32_LE if encoding == "utf-32-le" else codecs.BOM_UTF32_BE
    decoded = decode(bom + "1\n00:00:01,000 --> 00:00:02,000\nÉté\n".encode(encoding))
    assert (decoded.encoding, decoded.text) == (encoding, "1\n00:00:01,000 --> 00:00:02,000\nÉté\n")
