"""Turn the bytes of a subtitle file into text, guessing the encoding the way a careful human would."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from studio.core.detect_legacy import detect_legacy

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What Western European text read as cp1252 contains beyond ASCII: accented letters, and the
# punctuation and symbols of French, Spanish or German typography.
_WESTERN_LETTERS = frozenset("ŒœŠšŽžŸ" + "".join(chr(c) for c in range(0xC0, 0x100)
                                                   if c not in (0xD7, 0xF7)))
_WESTERN_MARKS = frozenset("€„…‘’“”•–—™«»°±·×÷¡¿£¥¢§©®ªº\u00a0")
# A word of two or more letters, none of them ASCII ("Ïðèâåò": Cyrillic read as cp1252).
_ALL_ACCENTED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_\x00-\x7f]{2,}(?![^\W\d_])")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


class NotText(ValueError):
    """The bytes are not a text file; `reason` says why ("binary", "no_encoding")."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


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
            # Decode after the BOM: the UTF-16/32 codecs named by byte order keep it as U+FEFF.
            return Decoded(data[len(bom):].decode(name, errors="replace"), name, True)
    wide = _utf32_without_bom(data) or _utf16_without_bom(data)
    if wide:
        return Decoded(data.decode(wide, errors="replace"), wide, False)
    if b"\x00" in data:
        raise NotText("it contains binary data", "binary")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    repaired = _utf8_with_strays(data)
    if repaired:
        return repaired
    return Decoded(*_detect(data), False)


def decode_as(data: bytes, encoding: str) -> Decoded:
    """Decode with the encoding the user chose (File > Reopen with Encoding); a BOM of that encoding is
    kept out of the text. Raises UnicodeDecodeError when the bytes are not valid in it."""
    name = codecs.lookup(encoding).name
    for bom, bom_name in _BOMS:
        if data.startswith(bom) and name in (bom_name, bom_name.removesuffix("-sig")):
            return Decoded(data[len(bom):].decode(name), bom_name, True)
    return Decoded(data.decode(name), name, False)


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 text without a BOM has three zeros in every four bytes of its ASCII characters."""
    sample = data[:4000]
    quarter = len(sample) // 4
    if quarter < 4 or len(data) % 4:
        return None
    zeros = [sample[i::4].count(0) for i in range(4)]
    if min(zeros[1:]) > 0.8 * quarter and zeros[0] < 0.05 * quarter:
        return "utf-32-le"
    if min(zeros[:3]) > 0.8 * quarter and zeros[3] < 0.05 * quarter:
        return "utf-32-be"
    return None


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
    # Counted in C before any repair: a 7 MB cp1251 film has millions of invalid bytes, and repairing
    # each one only to find the file is not UTF-8 took seconds.
    escaped = data.decode("utf-8", errors="surrogateescape")
    strays = len(escaped) - len(escaped.encode("utf-32-le", errors="ignore")) // 4
    good_multibyte = len(escaped) - len(escaped.encode("ascii", errors="ignore")) - strays
    if good_multibyte == 0 or strays > max(3, good_multibyte // 4):
        return None
    text, repaired, _ = _repair_utf8(data)
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
    detected = detect_legacy(data, _as_western(data))
    if detected is None:
        # Every single-byte encoding decodes every byte; a detector that finds no language in them
        # means noise, not text.
        raise NotText("its bytes do not form text in any known encoding", "no_encoding")
    return detected


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
    return None if _ALL_ACCENTED_WORD.search(text) else text
