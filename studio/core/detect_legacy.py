"""Which legacy encoding a subtitle file that is not UTF-8 was written in, by language statistics.

chardet (7+) scores every candidate code page with byte-bigram models of the languages written in it
(cp1250 Croatian, cp1251 Russian, cp1253 Greek, cp1254 Turkish, cp1257 Lithuanian, GB18030, Big5,
Shift-JIS, EUC-KR ...) and tells cp1250 Croatian from cp1252 French, which charset-normalizer and a
"Western first" rule did not: they turned "Đurđica" into "Ðurðica" and sent that to the voice.

On a line or two of text no statistics hold, and a detector answers Cyrillic for "Noël à Zürich".
There the cp1252 reading wins when it reads as Western European text, unless the detector's answer
is a language of another code page, said with some confidence, and its own text is plausible (no
word mixing Latin with another script).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

import chardet

# Subtitle files come from Windows code pages, ISO-8859, KOI8 and the East Asian national encodings.
# EBCDIC, Mac, DOS and regional code pages only add wrong answers: PTCP154 (Kazakh) ties with cp1251
# on Ukrainian and turns "є" into "ә".
_CANDIDATES = (
    *(f"cp{n}" for n in range(1250, 1259)), *(f"iso8859-{n}" for n in (1, 2, 5, 6, 7, 8, 9, 13, 15, 16)),
    "koi8-r", "koi8-u", "gb18030", "big5hkscs", "cp932", "shift_jis_2004", "euc_jis_2004", "cp949",
    "euc_kr", "cp874", "tis-620",
)
# Languages whose legacy files are cp1252 / ISO-8859-1/15: their answer never beats the cp1252 reading.
_WESTERN_LANGUAGES = frozenset({"fr", "es", "de", "en", "it", "pt", "nl", "ca", "da", "sv", "no", "nb",
                                "fi", "is", "ga", "eu", "gl", "af", "br", "cy", "lb", "oc", "fo"})
# Below this confidence the detector is guessing (a line of French gets 0.01 for Thai or Slovak, a
# line of Croatian 0.06 for Croatian): a short cp1252-readable file stays cp1252.
_MIN_CONFIDENCE = 0.03
_TIE = 0.9
# The Windows code page that reads every letter of an ISO or national encoding the same way and
# defines its 0x80-0x9F bytes (… € ’ in cp1254 are C1 controls in ISO-8859-9). The detector sees
# the first 200 KB; a "…" after that must not make the file unreadable, and Windows is where
# subtitle files are written.
_WINDOWS_SUPERSET = {"iso8859-1": "cp1252", "iso8859-9": "cp1254", "iso8859-13": "cp1257",
                     "iso8859-7": "cp1253", "euc_kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
                     "shift_jis": "cp932"}
_WORD = re.compile(r"[^\W\d_]+")
_WINDOW = 200_000
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def detect_legacy(data: bytes, western: str | None) -> tuple[str, str] | None:
    """(text, Python codec name) for bytes that are not UTF-8, or None when they read as no language.

    western is data read as cp1252 when that reads as Western European text (else None).
    """
    results = chardet.detect_all(data, compat_names=False, include_encodings=_CANDIDATES)
    name = results[0].get("encoding") if results else None
    decoded = _decoded(data, codecs.lookup(name).name) if name else None
    if western is not None:
        if decoded is None or decoded[0] == western or not _beats_western(data, decoded[0], western, results):
            return western, "cp1252"
    return decoded


def _decoded(data: bytes, name: str) -> tuple[str, str] | None:
    """(text, codec): the Windows superset when it reads the same text or repairs C1 controls."""
    text = _strict(data, name)
    superset = _WINDOWS_SUPERSET.get(name)
    if superset is not None:
        wider = _strict(data, superset)
        if wider is not None and (text is None or wider == text or _C1_CONTROLS.search(text)):
            return wider, superset
    if text is None or _C1_CONTROLS.search(text):
        return None
    return text, name


def _strict(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _beats_western(data: bytes, text: str, western: str, results: list[Mapping[str, Any]]) -> bool:
    """Whether the detector's first answer (text) is a better reading than the cp1252 one."""
    best = results[0]
    if best.get("language") in _WESTERN_LANGUAGES or best["confidence"] < _MIN_CONFIDENCE:
        return False
    # The words the detector saw (its first 200 KB), each once: a long film has a million words.
    if any(_mixes_scripts(word) for word in set(_WORD.findall(text[:_WINDOW])) if not word.isascii()):
        return False
    # An encoding that reads the bytes exactly as cp1252 does, scored nearly as high: a tie, and
    # a tie goes to the encoding of every French, Spanish or German file written on Windows.
    close = (r["encoding"] for r in results[1:] if r.get("encoding") and r["confidence"] >= _TIE * best["confidence"])
    return not any(_strict(data, name) == western for name in close)


def _mixes_scripts(word: str) -> bool:
    """True for a word that mixes Latin letters with another script ("Noлл", "Gr鲞e"): a misreading."""
    scripts = {_script(char) for char in word}
    return "LATIN" in scripts and len(scripts) > 1


def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "?"
