"""Languages for a dubbed video's tracks: ISO 639 codes as containers want them, and a guess from the text.

The app knows nothing about the subtitles' language from the file (an SRT does not say): it is
guessed by studio.core.language (the same guess the voice picker filters by), which says "don't know"
(None) rather than guess on too little text.

Containers differ: Matroska's Language element is ISO 639-2/B ("fre", "ger"), MP4's is ISO 639-2/T
("fra", "deu"); ffmpeg writes whatever code it is given, so the caller picks with container_code().
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from studio.core.language import detect_language as guess_code


@dataclass(frozen=True)
class Language:
    alpha2: str  # ISO 639-1: "fr"
    terminology: str  # ISO 639-2/T: "fra" (MP4)
    bibliographic: str  # ISO 639-2/B: "fre" (Matroska)
    name: str  # English name, for track titles: "French"


LANGUAGES: tuple[Language, ...] = (
    Language("fr", "fra", "fre", "French"), Language("en", "eng", "eng", "English"),
    Language("es", "spa", "spa", "Spanish"), Language("de", "deu", "ger", "German"),
    Language("it", "ita", "ita", "Italian"), Language("pt", "por", "por", "Portuguese"),
    Language("nl", "nld", "dut", "Dutch"), Language("pl", "pol", "pol", "Polish"),
    Language("sv", "swe", "swe", "Swedish"), Language("da", "dan", "dan", "Danish"),
    Language("ro", "ron", "rum", "Romanian"), Language("cs", "ces", "cze", "Czech"),
    Language("tr", "tur", "tur", "Turkish"), Language("ru", "rus", "rus", "Russian"),
    Language("uk", "ukr", "ukr", "Ukrainian"), Language("el", "ell", "gre", "Greek"),
    Language("ar", "ara", "ara", "Arabic"), Language("he", "heb", "heb", "Hebrew"),
    Language("hi", "hin", "hin", "Hindi"), Language("ja", "jpn", "jpn", "Japanese"),
    Language("zh", "zho", "chi", "Chinese"), Language("ko", "kor", "kor", "Korean"),
    Language("hr", "hrv", "hrv", "Croatian"), Language("hu", "hun", "hun", "Hungarian"),
    Language("fi", "fin", "fin", "Finnish"), Language("no", "nor", "nor", "Norwegian"),
    Language("sk", "slk", "slo", "Slovak"), Language("sl", "slv", "slv", "Slovenian"),
    Language("bg", "bul", "bul", "Bulgarian"), Language("ca", "cat", "cat", "Catalan"),
    Language("vi", "vie", "vie", "Vietnamese"), Language("id", "ind", "ind", "Indonesian"),
    Language("th", "tha", "tha", "Thai"), Language("fa", "fas", "per", "Persian"),
    Language("lt", "lit", "lit", "Lithuanian"), Language("lv", "lav", "lav", "Latvian"),
)
_BY_CODE = {code: lang for lang in LANGUAGES for code in (lang.alpha2, lang.terminology, lang.bibliographic)}


def find(code: str | None) -> Language | None:
    """The language for an ISO 639-1, 639-2/T or 639-2/B code (any case), or None."""
    return _BY_CODE.get(code.strip().lower()) if code else None


def container_code(code: str | None, container: str) -> str | None:
    """The code to write in a container ("mkv" wants 639-2/B, MP4 and MOV 639-2/T); None stays None.

    A three-letter code we do not know is written as given (the user may know better); anything else
    is refused with ValueError.
    """
    if not code:
        return None
    lang = find(code)
    if lang is None:
        if re.fullmatch(r"[a-zA-Z]{3}", code.strip()):
            return code.strip().lower()
        raise ValueError(f"{code} is not an ISO 639 language code (e.g. fr, fra or fre).")
    return lang.bibliographic if container in ("mkv", "matroska") else lang.terminology


def detect_language(texts: Iterable[str]) -> Language | None:
    """The language the texts are written in, or None when they are too short or too mixed to tell (or
    in a language this table does not name). One guesser for the whole app: studio.core.language."""
    return find(guess_code(texts))


def lines_language(texts: Iterable[str]) -> str | None:
    """The ISO 639-1 code of the language the lines are written in (None: unsure): the language whose
    reading rate a voice's pace starts from, in the fit forecast and in clip QA alike."""
    found = detect_language(texts)
    return found.alpha2 if found else None
