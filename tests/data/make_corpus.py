"""Write the nasty SubRip corpus in tests/data/srt/, byte for byte.

Run `python tests/data/make_corpus.py` after changing it; the generated files are committed, and
tests/core/test_corpus.py checks they still match what this script builds. Every file is built here
(text files too) so that encodings, BOMs, line endings, tabs and trailing spaces are exact and visible
in one place rather than at the mercy of an editor.

What each file is for:

  fr_*            the same four French cues (é, €, œ, «», ’, …) in every encoding and line ending
  fr_utf8_stray   UTF-8 with one cp1252 byte (0x92, the Word apostrophe) pasted into cue 3
  fr_cp1252_short two tiny cp1252 cues, too little text for a statistical detector
  fr_utf32*       UTF-32 with a BOM (both byte orders) and without one
  ru_*            Russian, cp1251 and UTF-16 without a BOM
  lang_*          ten cues of dialogue per language (dialogue.py) in each legacy encoding it is
                  found in: lang_<language>_<codec>.srt, CRLF like files written on Windows
  structure files one oddity each, named for it (no_indices, missing_blank_line, ...)
  problems.srt    overlap, end before start, empty text, bad timecodes, a missing timecode line
  speech.srt      tags, notes, dashes, labels and annotations, for the speakable-text tests
  bad_*           files that must be refused with a one-line SubtitleError
"""

from __future__ import annotations

import random
import struct
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dialogue  # noqa: E402  (beside this script, which is run as a file, not imported as a package)

OUT = Path(__file__).resolve().parent / "srt"

FRENCH = (
    "1\n"
    "00:00:01,000 --> 00:00:03,500\n"
    "Un café à 5 €, s'il vous plaît.\n"
    "\n"
    "2\n"
    "00:00:04,000 --> 00:00:06,000\n"
    "Le cœur a ses raisons\n"
    "que la raison ignore.\n"
    "\n"
    "3\n"
    "00:00:06,500 --> 00:00:09,000\n"
    "« Où est l’œuvre ? » demanda Étienne…\n"
    "\n"
    "4\n"
    "00:00:10,000 --> 00:00:12,250\n"
    "Ça coûte 12 € : c’est très cher, non ?\n"
)

RUSSIAN = (
    "1\n"
    "00:00:01,000 --> 00:00:03,000\n"
    "Привет! Как дела?\n"
    "\n"
    "2\n"
    "00:00:03,500 --> 00:00:06,000\n"
    "Всё хорошо, спасибо.\n"
    "А у тебя?\n"
    "\n"
    "3\n"
    "00:00:07,000 --> 00:00:09,500\n"
    "Съешь же ещё этих мягких французских булок.\n"
)

# Line numbers (1-based) are what tests/core/test_srt_reader.py checks: keep them in sync.
PROBLEMS = (
    "1\n"                                   # 1
    "00:00:01,000 --> 00:00:02,000\n"       # 2
    "First good line.\n"                    # 3
    "\n"                                    # 4
    "2\n"                                   # 5
    "00:00:01,500 --> 00:00:03,000\n"       # 6  overlaps cue 1 by 500 ms
    "Overlapping line.\n"                   # 7
    "\n"                                    # 8
    "3\n"                                   # 9
    "00:00:05,000 --> 00:00:04,000\n"       # 10 ends before it starts
    "Ends before it starts.\n"              # 11
    "\n"                                    # 12
    "4\n"                                   # 13
    "00:00:06,000 --> 00:00:07,000\n"       # 14 no text
    "\n"                                    # 15
    "5\n"                                   # 16
    "00:00:08,000 --> 00:00:09,000\n"       # 17
    "After the empty one.\n"                # 18
    "\n"                                    # 19
    "6\n"                                   # 20
    "00:00:1O,000 --> 00:00:11,000\n"       # 21 a letter O in the seconds
    "Bad timecode text.\n"                  # 22
    "\n"                                    # 23
    "7\n"                                   # 24 index line of a block with no timecode line
    "Missing timecode line text.\n"         # 25
    "\n"                                    # 26
    "8\n"                                   # 27
    "00:00:14,000 --> 00:00:15,000\n"       # 28
    "Good between the bad ones.\n"          # 29
    "\n"                                    # 30
    "9\n"                                   # 31
    "00:00:16,000 --> banana\n"             # 32 no end time
    "Banana end.\n"                         # 33
    "\n"                                    # 34
    "10\n"                                  # 35
    "00:00:18,000 --> 00:00:19,000\n"       # 36
    "Last good line.\n"                     # 37
)

SPEECH = (
    "1\n00:00:01,000 --> 00:00:02,000\n<i>- Salut !</i>\n- Ça va ?\n\n"
    "2\n00:00:03,000 --> 00:00:04,000\n{\\an8}<font color=\"#ffff00\">JEAN :</font> Bonjour.\n\n"
    "3\n00:00:05,000 --> 00:00:06,000\n♪ ♪\n\n"
    "4\n00:00:07,000 --> 00:00:08,000\n[MUSIQUE DOUCE]\n\n"
    "5\n00:00:09,000 --> 00:00:10,000\nMARIE: (en riant) Vraiment ?\n\n"
    "6\n00:00:11,000 --> 00:00:12,000\nAttention : danger\nà 12:30.\n\n"
)


def _lines(text: str, newline: str) -> bytes:
    return text.replace("\n", newline).encode("utf-8")


def _png() -> bytes:
    """A real 1x1 PNG image (what a user gets by picking the wrong file)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def _mp4(rng: random.Random) -> bytes:
    """An MP4-like file: an ftyp box, then an mdat box of noise."""
    ftyp = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2"
    payload = bytes(rng.randrange(256) for _ in range(3000))
    return ftyp + struct.pack(">I", len(payload) + 8) + b"mdat" + payload


def build() -> dict[str, bytes]:
    """Return {file name: exact bytes} for the whole corpus (deterministic)."""
    rng = random.Random(20240601)
    files: dict[str, bytes] = {}

    # --- encodings and line endings (same cues every time) ---
    files["fr_utf8_lf.srt"] = _lines(FRENCH, "\n")
    files["fr_utf8_crlf.srt"] = _lines(FRENCH, "\r\n")
    files["fr_utf8_cr.srt"] = _lines(FRENCH, "\r")
    files["fr_utf8_bom_crlf.srt"] = b"\xef\xbb\xbf" + _lines(FRENCH, "\r\n")
    files["fr_cp1252_crlf.srt"] = FRENCH.replace("\n", "\r\n").encode("cp1252")
    files["fr_cp1252_lf.srt"] = FRENCH.encode("cp1252")
    # Too short for a statistical detector (it says Big5 or cp1125 on text like this).
    files["fr_cp1252_short.srt"] = (
        "1\r\n00:00:01,000 --> 00:00:02,000\r\nLe cœur\r\n\r\n"
        "2\r\n00:00:03,000 --> 00:00:04,000\r\n5 €\r\n").encode("cp1252")
    files["fr_utf16le_bom_crlf.srt"] = b"\xff\xfe" + FRENCH.replace("\n", "\r\n").encode("utf-16-le")
    files["fr_utf16be_bom.srt"] = b"\xfe\xff" + FRENCH.encode("utf-16-be")
    files["fr_utf16le_nobom.srt"] = FRENCH.encode("utf-16-le")
    files["fr_utf16be_nobom.srt"] = FRENCH.encode("utf-16-be")
    # One cp1252 byte (0x92, "’" from Word) in a UTF-8 file, in cue 3 (line 12).
    stray = _lines(FRENCH, "\n")
    first_quote = "’".encode("utf-8")
    assert stray.count(first_quote) == 2
    files["fr_utf8_stray.srt"] = stray.replace(first_quote, b"\x92", 1)
    files["fr_utf8_bom_stray.srt"] = b"\xef\xbb\xbf" + files["fr_utf8_stray.srt"]
    files["fr_utf32le_bom.srt"] = b"\xff\xfe\x00\x00" + FRENCH.replace("\n", "\r\n").encode("utf-32-le")
    files["fr_utf32be_bom.srt"] = b"\x00\x00\xfe\xff" + FRENCH.encode("utf-32-be")
    files["fr_utf32le_nobom.srt"] = FRENCH.encode("utf-32-le")
    for language, codec in dialogue.SAMPLES:
        files[f"lang_{language}_{codec}.srt"] = dialogue.srt_text(language).replace("\n", "\r\n").encode(codec)
    files["ru_cp1251.srt"] = RUSSIAN.replace("\n", "\r\n").encode("cp1251")
    files["ru_utf16le_nobom.srt"] = RUSSIAN.encode("utf-16-le")

    # --- structure: one oddity per file ---
    files["no_indices.srt"] = (
        b"00:00:01,000 --> 00:00:02,000\nOne.\n\n"
        b"00:00:03,000 --> 00:00:04,000\nTwo.\n\n"
        b"00:00:05,000 --> 00:00:06,000\nThree.\n")
    files["indices_out_of_order.srt"] = (
        b"3\n00:00:01,000 --> 00:00:02,000\nOne.\n\n"
        b"1\n00:00:03,000 --> 00:00:04,000\nTwo.\n\n"
        b"7\n00:00:05,000 --> 00:00:06,000\nThree.\n\n"
        b"7\n00:00:07,000 --> 00:00:08,000\nFour.\n")
    files["missing_blank_line.srt"] = (
        b"1\n00:00:01,000 --> 00:00:02,000\nOne.\n"
        b"2\n00:00:03,000 --> 00:00:04,000\nTwo, line a.\nTwo, line b.\n"
        b"3\n00:00:05,000 --> 00:00:06,000\nThree.\n")
    files["dot_millis.srt"] = (
        b"1\n00:00:01.000 --> 00:00:02.500\nOne.\n\n"
        b"2\n00:00:03,250 --> 00:00:04.750\nTwo.\n")
    files["arrow_spacing.srt"] = (
        b"1\n00:00:01,000    -->    00:00:02,000\nOne.\n\n"
        b"2\n00:00:03,000-->00:00:04,000\nTwo.\n\n"
        b"3\n00:00:05,000\t-->\t00:00:06,000\nThree.\n\n"
        b"4\n  00:00:07,000 -->  00:00:08,000  \nFour.\n")
    files["position_coords.srt"] = (
        b"1\n00:00:01,000 --> 00:00:02,000 X1:40 X2:600 Y1:20 Y2:50\nOne.\n\n"
        b"2\n00:00:03,000 --> 00:00:04,000   X1:100 X2:500 Y1:400 Y2:450  \nTwo.\n\n"
        b"3\n00:00:05,000 --> 00:00:06,000\nThree.\n")
    files["extra_blank_lines.srt"] = (
        b"\n\n\n1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n\n\n\n"
        b"2\n00:00:03,000 --> 00:00:04,000\nTwo.\n\n\n"
        b"3\n00:00:05,000 --> 00:00:06,000\nThree.\n\n\n\n")
    files["no_final_newline.srt"] = (
        b"1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n"
        b"2\n00:00:03,000 --> 00:00:04,000\nTwo, last line.")
    files["tabs_trailing_spaces.srt"] = (
        b"1 \n00:00:01,000 --> 00:00:02,000 \nOne.   \n \n"
        b"  2  \n00:00:03,000 --> 00:00:04,000\t\n\tTwo\twith a tab.\t\n\t\n"
        b"\t3\t\n00:00:05,000 --> 00:00:06,000\nThree, line a.  \n   Three, line b.\n  \n")
    files["webvtt_header.srt"] = (
        b"WEBVTT\n\n"
        b"1\n00:00:01.000 --> 00:00:02.000\nOne.\n\n"
        b"2\n00:00:03.000 --> 00:00:04.000\nTwo.\n")
    files["short_fields.srt"] = (
        b"1\n0:00:01,5 --> 0:00:02,25\nOne.\n\n"
        b"2\n0:00:03,05 --> 0:00:04,4\nTwo.\n\n"
        b"3\n00:00:05,000 --> 00:00:06,000\nThree.\n")
    files["kitchen_sink.srt"] = b"\xef\xbb\xbf" + _lines(
        "WEBVTT\n\n\n"
        "  1  \n0:00:01.5  -->  00:00:02,000 X1:1 X2:2 Y1:3 Y2:4\n<i>Un.</i>  \n"
        "2\n00:00:03,000-->00:00:04,000\n- Deux ?\n- Oui.\n\n\n\n"
        "00:00:05,000 --> 00:00:06,000\nTrois, sans numéro.\n\n"
        "3\n00:00:07,00 --> 00:00:08,000\nQuatre, fin sans retour.", "\r\n")
    files["problems.srt"] = PROBLEMS.encode("utf-8")
    files["first_cue_no_timecode.srt"] = (
        "1\nPremière ligne, sans code temporel.\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nDeux.\n").encode("utf-8")
    files["speech.srt"] = SPEECH.encode("utf-8")

    # --- files that are not subtitles ---
    files["bad_empty.srt"] = b""
    files["bad_whitespace_only.srt"] = b" \r\n\t\n   \n\n"
    files["bad_bom_only.srt"] = b"\xef\xbb\xbf"
    files["bad_utf16_bom_only.srt"] = b"\xff\xfe"
    files["bad_no_timecodes.srt"] = (
        "Ceci est un fichier texte.\nIl n'a aucun code temporel.\n\n1\n2\n3\nFin.\n").encode("utf-8")
    files["bad_random.srt"] = bytes(rng.randrange(256) for _ in range(4096))
    files["bad_random_no_nul.srt"] = bytes(rng.randrange(1, 256) for _ in range(4096))
    files["bad_png.srt"] = _png()
    files["bad_mp4.srt"] = _mp4(rng)
    return files


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files = build()
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    stale = sorted(p.name for p in OUT.iterdir() if p.name not in files)
    for name in stale:
        print(f"not built by this script (remove it?): {name}", file=sys.stderr)
    print(f"wrote {len(files)} files to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
