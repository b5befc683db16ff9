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
            return Decoded(data.decode(name, errors="replace"), name, True)
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
    out: list[str] = []
    repaired: list[int] = []
    good_multibyte = 0
    pos = 0
    decoder = codecs.getincrementaldecoder("utf-8")()
    length = len(data)
    while pos < length:
        try:
            chunk = decoder.decode(data[pos:], final=True)
            good_multibyte += sum(1 for ch in chunk if ord(ch) > 0x7F)
            out.append(chunk)
            break
        except UnicodeDecodeError as err:
            good = data[pos:pos + err.start].decode("utf-8")
            good_multibyte += sum(1 for ch in good if ord(ch) > 0x7F)
            out.append(good)
            bad = data[pos + err.start:pos + err.start + 1]
            repaired.append(sum(len(part) for part in out))
            out.append(bad.decode("cp1252", errors="replace"))
            pos += err.start + 1
            decoder.reset()
    if good_multibyte == 0 or len(repaired) > max(3, good_multibyte // 4):
        return None
    return Decoded("".join(out), "utf-8", False, repaired)


def _detect(data: bytes) -> tuple[str, str]:
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
