"""Turn the bytes of a subtitle file into text, guessing the encoding the way a careful human would."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Encodings a detector confuses with one another on short Western European text. A French file
# written on Windows is cp1252; the detector often says cp1250 or latin-1 on a few hundred bytes,
# which turns "€" and "œ" into other letters or control characters.
_WESTERN = {
    "cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_9", "iso8859_10", "iso8859_13",
    "iso8859_15", "iso8859_16", "cp437", "cp775", "cp850", "cp852", "cp857", "cp858", "cp1257",
    "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp1254", "cp1258",
}
_C1_CONTROLS = re.compile("[\x80-\x9f]")
# What Western European text read as cp1252 contains beyond ASCII: accented letters, and the
# punctuation and symbols of French, Spanish or German typography.
_WESTERN_LETTERS = frozenset("ŒœŠšŽžŸ" + "".join(chr(c) for c in range(0xC0, 0x100)
                                                   if c not in (0xD7, 0xF7)))
_WESTERN_MARKS = frozenset("€„…‘’“”•–—™«»°±·×÷¡¿£¥¢§©®ªº\u00a0")
# A whole word (a maximal run of letters) of two letters or more, none of them ASCII: one regex search
# instead of a Python loop over every word of the film.
_ACCENTED_ONLY_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_a-zA-Z]{2,}(?![^\W\d_])")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


class NotText(ValueError):
    """The bytes are not a text file (binary data)."""


@dataclass
class Decoded:
    text: str
    encoding: str  # a Python codec name: "utf-8", "utf-8-sig", "cp1252", "utf-16-le", ...
    bom: bool
    # Offsets in `text` of characters that were not valid in the file's main encoding and were
    # read as cp1252 instead (a UTF-8 file with a stray byte pasted from a Windows editor).
    repaired: list[int] = field(default_factory=list)


def decode(data: bytes) -> Decoded:
    """Decode subtitle bytes: BOM, then UTF-8 (repairing stray bytes), then a detector."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-8-sig":
                # The BOM says UTF-8, so a stray byte in it is pasted text, not another encoding:
                # repair it (and report it) rather than silently turning it into U+FFFD.
                text, repaired, _ = _repair_utf8(data[len(bom):])
                return Decoded(text, name, True, repaired)
            # Decode after the BOM: the utf-16 codecs named by byte order keep it as U+FEFF.
            return Decoded(data[len(bom):].decode(name, errors="replace"), name, True)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16, False)
    if b"\x00" in data:
        raise NotText("it contains binary data")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    repaired = _utf8_with_strays(data)
    if repaired:
        return repaired
    return Decoded(*_detect(data), False)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a zero in every other byte of its ASCII characters."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _utf8_with_strays(data: bytes) -> Decoded | None:
    """Read a mostly-UTF-8 file whose few invalid bytes come from a single-byte encoding.

    A file is taken as UTF-8 when it holds real multi-byte UTF-8 sequences and the invalid bytes are
    few; each invalid byte is then read as cp1252, so the rest of the text stays exactly right.
    """
    text, repaired, good_multibyte = _repair_utf8(data)
    if good_multibyte == 0 or len(repaired) > max(3, good_multibyte // 4):
        return None
    return Decoded(text, "utf-8", False, repaired)


def _repair_utf8(data: bytes) -> tuple[str, list[int], int]:
    """Decode UTF-8 reading each invalid byte as cp1252: (text, offsets of the repaired characters,
    count of valid non-ASCII characters, the evidence that the file really is UTF-8)."""
    # One linear pass: surrogateescape keeps each invalid byte as U+DC80..U+DCFF, then each is read as
    # cp1252 in place (one character for one, so the offsets hold). Restarting a strict decode after
    # every bad byte is quadratic: a 200 KB cp1251 film took minutes to open.
    text = data.decode("utf-8", errors="surrogateescape")
    repaired = [match.start() for match in _ESCAPED_BYTE.finditer(text)]
    if repaired:
        text = _ESCAPED_BYTE.sub(_as_cp1252, text)
    # Non-ASCII characters, counted in C: encoding to ASCII drops exactly those.
    good_multibyte = len(text) - len(text.encode("ascii", "ignore")) - len(repaired)
    return text, repaired, good_multibyte


def _as_cp1252(match: re.Match[str]) -> str:
    return bytes([ord(match.group()) - 0xDC00]).decode("cp1252", errors="replace")


def _detect(data: bytes) -> tuple[str, str]:
    # A statistical detector needs a lot of text: on a short French file it answers Big5 for
    # "Le cœur" and cp1125 for "5 €". Text that reads as Western European in cp1252 (the encoding
    # of every French file written on Windows) is taken as cp1252 before asking it.
    western = _as_western(data)
    if western is not None:
        return western, "cp1252"
    results = from_bytes(data)
    best = results.best()
    candidates = [match.encoding for match in results]
    if best is None:
        # Every single-byte encoding decodes every byte; a detector that finds nothing plausible
        # means noise, not a language.
        raise NotText("its bytes do not form text in any known encoding")
    name = best.encoding
    if name in _WESTERN and "cp1252" in candidates:
        name = "cp1252"
    text = data.decode(name, errors="replace")
    if name != "cp1252" and _C1_CONTROLS.search(text) and "cp1252" in candidates:
        name, text = "cp1252", data.decode("cp1252", errors="replace")
    return text, codecs.lookup(name).name


def _as_western(data: bytes) -> str | None:
    """Return data read as cp1252 when that reads as Western European text, else None.

    Cyrillic, Greek, Hebrew or Arabic text read as cp1252 gives words made only of accented letters
    ("Ïðèâåò"), and CJK text gives undefined bytes or stray symbols; a French, Spanish or German
    word always holds an unaccented letter too, or is one letter long ("à", "É").
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes cp1252 leaves undefined (0x81, 0x8D, ...)
    for char in set(text):
        if char < " " and char not in "\t\n\r\f":
            return None
        if char > "\x7f" and char not in _WESTERN_LETTERS and char not in _WESTERN_MARKS:
            return None
    if _ACCENTED_ONLY_WORD.search(text):
        return None
    return text
