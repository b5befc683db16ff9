"""Saving SubRip files: round trips, kept encoding/BOM/newlines, backups, and failures that change nothing."""

from __future__ import annotations

import errno
import os
import random

import pytest

from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.srt_file import (
    BACKUP_SUFFIX,
    SubtitleError,
    load_srt,
    parse_srt_bytes,
    save_srt,
    to_srt_text,
)
from tests.core.conftest import CORPUS, FRENCH_CUES, GOOD_FILES, full, load_make_corpus, timed

FRENCH = load_make_corpus().FRENCH
# What a save writes for the French cues: the file as written, plus pysrt's blank line after the last cue.
FRENCH_SAVED = FRENCH + "\n"


def leftovers(folder) -> list[str]:
    """Temporary files a save may have left in folder."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith("."))


@pytest.mark.parametrize("name", GOOD_FILES)
def test_load_save_load_keeps_every_cue(name, corpus_copy, tmp_path):
    """For every corpus file that loads, save then load gives identical start, end, text and position."""
    path = corpus_copy(name)
    before = load_srt(path)
    save_srt(before)
    after = load_srt(path)
    assert full(after) == full(before)
    assert (after.encoding, after.bom, after.newline) == (before.encoding, before.bom, before.newline)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("name", GOOD_FILES)
def test_saving_twice_is_stable(name, corpus_copy):
    """A second save of a reloaded file writes the same bytes as the first (the output is canonical)."""
    path = corpus_copy(name)
    save_srt(load_srt(path))
    first = path.read_bytes()
    save_srt(load_srt(path))
    assert path.read_bytes() == first


@pytest.mark.parametrize("name, expected", [
    ("fr_utf8_lf.srt", FRENCH_SAVED.encode("utf-8")),
    ("fr_utf8_crlf.srt", FRENCH_SAVED.replace("\n", "\r\n").encode("utf-8")),
    ("fr_utf8_cr.srt", FRENCH_SAVED.replace("\n", "\r").encode("utf-8")),
    ("fr_utf8_bom_crlf.srt", b"\xef\xbb\xbf" + FRENCH_SAVED.replace("\n", "\r\n").encode("utf-8")),
    ("fr_cp1252_crlf.srt", FRENCH_SAVED.replace("\n", "\r\n").encode("cp1252")),
    ("fr_utf16le_bom_crlf.srt", b"\xff\xfe" + FRENCH_SAVED.replace("\n", "\r\n").encode("utf-16-le")),
    ("fr_utf16be_bom.srt", b"\xfe\xff" + FRENCH_SAVED.encode("utf-16-be")),
    ("fr_utf16le_nobom.srt", FRENCH_SAVED.encode("utf-16-le")),
    ("fr_utf16be_nobom.srt", FRENCH_SAVED.encode("utf-16-be")),
    ("fr_utf8_stray.srt", FRENCH_SAVED.encode("utf-8")),
    ("fr_utf8_bom_stray.srt", b"\xef\xbb\xbf" + FRENCH_SAVED.encode("utf-8")),
])
def test_save_keeps_encoding_bom_and_line_endings(name, expected, corpus_copy):
    """A save keeps the file's encoding, BOM and newlines, byte for byte (a stray byte becomes UTF-8)."""
    path = corpus_copy(name)
    save_srt(load_srt(path))
    assert path.read_bytes() == expected


def test_save_as_utf8_drops_the_old_encoding(corpus_copy):
    """encoding="utf-8" writes UTF-8 without a BOM, keeps the line endings, and the document follows."""
    path = corpus_copy("fr_utf16le_bom_crlf.srt")
    doc = load_srt(path)
    save_srt(doc, encoding="utf-8")
    assert path.read_bytes() == FRENCH_SAVED.replace("\n", "\r\n").encode("utf-8")
    assert (doc.encoding, doc.bom) == ("utf-8", False)
    assert timed(load_srt(path)) == FRENCH_CUES


def test_save_as_utf8_from_bom_file_drops_the_bom(corpus_copy):
    """Choosing UTF-8 for a UTF-8-with-BOM file writes no BOM."""
    path = corpus_copy("fr_utf8_bom_crlf.srt")
    save_srt(load_srt(path), encoding="utf-8")
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_save_keeps_the_previous_version_as_backup(corpus_copy):
    """Saving over a file keeps its previous bytes in path + ".bak", replaced by each later save."""
    path = corpus_copy("fr_cp1252_crlf.srt")
    original = path.read_bytes()
    doc = load_srt(path)
    doc.set_cue(0, doc.cues[0].with_text("Premier changement"))
    save_srt(doc)
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    assert backup.read_bytes() == original
    first_save = path.read_bytes()
    doc.set_cue(0, doc.cues[0].with_text("Deuxième changement"))
    save_srt(doc)
    assert backup.read_bytes() == first_save
    assert load_srt(path).cues[0].text == "Deuxième changement"


def test_save_to_a_new_path_makes_no_backup(tmp_path):
    """Saving to a file that does not exist yet creates it and no backup."""
    doc = Document(cues=[Cue(1000, 2000, "Un.")])
    target = save_srt(doc, tmp_path / "new.srt")
    assert target == tmp_path / "new.srt" and doc.path == target
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.srt"]
    assert target.read_bytes() == b"1\n00:00:01,000 --> 00:00:02,000\nUn.\n\n"


def test_save_without_a_path_is_refused():
    """A document with no file and no path given raises SubtitleError asking where to save."""
    with pytest.raises(SubtitleError, match="choose where"):
        save_srt(Document(cues=[Cue(0, 1000, "x")]))


def test_edited_cues_are_renumbered_from_one(tmp_path):
    """Saving writes indices 1..n whatever the file had (out-of-order indices are not kept)."""
    doc = load_srt(CORPUS / "indices_out_of_order.srt")
    text = to_srt_text(doc)
    assert [line for line in text.split("\n") if line.isdigit()] == ["1", "2", "3", "4"]


def test_bad_timecode_cue_saves_at_its_placeholder_times(corpus_copy):
    """A cue whose timecode line was unreadable is written with its placeholder times and its text."""
    path = corpus_copy("problems.srt")
    doc = load_srt(path)
    save_srt(doc)
    again = load_srt(path)
    assert len(again.cues) == 10
    bad = again.cues[5]
    assert (bad.start_ms, bad.end_ms, bad.text) == (9000, 9000, "Bad timecode text.")
    assert again.cues[3].text == ""


# --- unencodable characters -----------------------------------------------------------------------

@pytest.mark.parametrize("name, char", [
    ("fr_cp1252_crlf.srt", "П"),
    ("fr_cp1252_crlf.srt", "😀"),
    ("ru_cp1251.srt", "œ"),
])
def test_unencodable_character_is_refused_and_changes_nothing(name, char, corpus_copy, tmp_path):
    """A character the encoding lacks raises a one-line error naming it and UTF-8; the file is unchanged."""
    path = corpus_copy(name)
    original = path.read_bytes()
    doc = load_srt(path)
    doc.set_cue(1, doc.cues[1].with_text(f"Avec {char} dedans"))
    with pytest.raises(SubtitleError) as caught:
        save_srt(doc)
    message = str(caught.value)
    assert char in message and "UTF-8" in message and "\n" not in message
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no backup, no temp file
    # ... and choosing UTF-8 then saves it.
    save_srt(doc, encoding="utf-8")
    assert load_srt(path).cues[1].text == f"Avec {char} dedans"


# --- failing writes ------------------------------------------------------------------------------

def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("target", ["os.replace", "os.fsync"])
def test_full_disk_leaves_the_original_and_no_temp_file(target, corpus_copy, tmp_path, monkeypatch):
    """ENOSPC from fsync or rename: one-line SubtitleError, file byte-identical, no temp file left."""
    path = corpus_copy("fr_utf8_bom_crlf.srt")
    original = path.read_bytes()
    doc = load_srt(path)
    doc.set_cue(0, doc.cues[0].with_text("Changé"))
    monkeypatch.setattr(target, _enospc)
    with pytest.raises(SubtitleError) as caught:
        save_srt(doc)
    monkeypatch.undo()
    assert path.name in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == original
    assert leftovers(tmp_path) == []
    assert not any(p.suffix == ".tmp" for p in tmp_path.iterdir())


def test_failed_save_as_keeps_the_document_path(tmp_path, monkeypatch):
    """A save to a new path that fails leaves doc.path where it was."""
    doc = load_srt(CORPUS / "fr_utf8_lf.srt")
    monkeypatch.setattr("os.replace", _enospc)
    with pytest.raises(SubtitleError):
        save_srt(doc, tmp_path / "copy.srt")
    monkeypatch.undo()
    assert doc.path == CORPUS / "fr_utf8_lf.srt"
    assert list(tmp_path.iterdir()) == []


def test_no_permission_to_write_leaves_the_original(corpus_copy, tmp_path, monkeypatch):
    """EACCES when creating the temporary file (a read-only folder, even as root) changes nothing on disk."""
    path = corpus_copy("fr_cp1252_crlf.srt")
    original = path.read_bytes()
    doc = load_srt(path)

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(SubtitleError) as caught:
        save_srt(doc)
    monkeypatch.undo()
    assert path.name in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_missing_folder_is_a_subtitle_error(tmp_path):
    """Saving into a folder that does not exist raises a one-line SubtitleError."""
    doc = Document(cues=[Cue(0, 1000, "x")])
    with pytest.raises(SubtitleError) as caught:
        save_srt(doc, tmp_path / "gone" / "x.srt")
    assert "x.srt" in str(caught.value) and "\n" not in str(caught.value)


MUTATION_LINES = ["", "  ", "\t", "7", "WEBVTT", "JEAN : x", "00:00:01,000 --> 00:00:02,000", "-->",
                  "00:00:0x,000 --> 00:00:02,000", "♪ ♪"]


@pytest.mark.parametrize("seed", range(8))
def test_mangled_files_never_crash_and_always_round_trip(seed):
    """Corpus text with lines deleted, cut or inserted at random loads (or is refused) and round-trips."""
    kitchen = (CORPUS / "kitchen_sink.srt").read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    base = ((CORPUS / "problems.srt").read_text("utf-8") + "\n" + kitchen).split("\n")
    rng = random.Random(seed)
    for _ in range(60):
        lines = list(base)
        for _ in range(rng.randrange(1, 8)):
            at = rng.randrange(len(lines))
            action = rng.randrange(3)
            if action == 0:
                del lines[at]
            elif action == 1:
                lines[at] = lines[at][:rng.randrange(len(lines[at]) + 1)]
            else:
                lines.insert(at, rng.choice(MUTATION_LINES))
        text = rng.choice(["\n", "\r\n", "\r"]).join(lines)
        data = text.encode(rng.choice(["utf-8", "utf-16-le", "cp1252"]), errors="replace")
        try:
            doc = parse_srt_bytes(data)
        except SubtitleError as err:
            assert "\n" not in str(err)
            continue
        again = parse_srt_bytes(to_srt_text(doc).encode("utf-8"))
        assert full(again) == full(doc)
