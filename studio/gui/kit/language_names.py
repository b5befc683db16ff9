"""Languages and countries named in the interface language: "français (France)", "anglais (États-Unis)".

QLocale only knows each language's name in that language itself ("Deutsch") and in English; a French
user needs "allemand", so the names come from Babel (the Unicode CLDR's names of every language and
territory in every language). The interface language is the one of the loaded translation (see
`interface_language`), so the names never mix two languages.

espeak-ng names its voices in English ("French (France)", "English (Received Pronunciation)"): the
window renames them here, once, when it receives the voice list (`for_interface`); the voice ids, the
provider and the CLI keep espeak-ng's names.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QT_TRANSLATE_NOOP

from studio.core.languages import find
from studio.providers.base import Voice

# The qualifiers espeak-ng puts in its voice names that are not a country (countries come from the CLDR),
# marked for lupdate; translated where a name is made.
_QUALIFIERS = frozenset((
    QT_TRANSLATE_NOOP("LanguageNames", "New York City"),
    QT_TRANSLATE_NOOP("LanguageNames", "Scotland"), QT_TRANSLATE_NOOP("LanguageNames", "Lancaster"),
    QT_TRANSLATE_NOOP("LanguageNames", "West Midlands"),
    QT_TRANSLATE_NOOP("LanguageNames", "Received Pronunciation"),
    QT_TRANSLATE_NOOP("LanguageNames", "Shavian alphabet"), QT_TRANSLATE_NOOP("LanguageNames", "Balearic"),
    QT_TRANSLATE_NOOP("LanguageNames", "North-western"), QT_TRANSLATE_NOOP("LanguageNames", "Valencian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Mandarin"), QT_TRANSLATE_NOOP("LanguageNames", "latin as English"),
    QT_TRANSLATE_NOOP("LanguageNames", "latin as Pinyin"),
    QT_TRANSLATE_NOOP("LanguageNames", "latin as Jyutping"),
    QT_TRANSLATE_NOOP("LanguageNames", "East Armenia"), QT_TRANSLATE_NOOP("LanguageNames", "West Armenia"),
    QT_TRANSLATE_NOOP("LanguageNames", "Classic"), QT_TRANSLATE_NOOP("LanguageNames", "Northern"),
    QT_TRANSLATE_NOOP("LanguageNames", "Central"), QT_TRANSLATE_NOOP("LanguageNames", "Southern"),
))
_REGION = re.compile(r"^([a-z]{2}|\d{3})$", re.IGNORECASE)  # "fr", "419": a country or a UN region
_NAME = re.compile(r"^(?P<base>[^()]*?)\s*(\((?P<qualifier>.*)\))?\s*$")


def interface_language() -> str:
    """The language of the interface: the code its translation says it is written in ("fr"), else English."""
    code = QCoreApplication.translate("LanguageNames", "en",
                                      "the ISO 639-1 code of the language of this translation")
    return code.strip() or "en"


@lru_cache(maxsize=8)
def _names(language: str, kind: str) -> dict[str, str]:
    """The CLDR's names of every language or territory ("languages", "territories") in language; an unknown
    language gets English's, and a Babel without its data none at all (espeak-ng's names stay as they are)."""
    for code in (language, "en"):
        try:
            return dict(getattr(Locale.parse(code), kind))
        except (UnknownLocaleError, ValueError, OSError):
            continue
    return {}


def _split(code: str) -> list[str]:
    return [part for part in code.replace("_", "-").split("-") if part]


def language_name(code: str | None, ui: str | None = None) -> str | None:
    """"fr", "fra", "fre" or "fr-FR" -> "français" in French, "French" in English; None when unknown."""
    parts = _split(code or "")
    if not parts:
        return None
    known = find(parts[0])
    primary = known.alpha2 if known else parts[0].lower()
    return _names(ui or interface_language(), "languages").get(primary)


def territory_name(region: str, ui: str | None = None) -> str | None:
    """"FR" -> "France", "US" -> "États-Unis" in French, "419" -> "Amérique latine"; None when unknown."""
    return _names(ui or interface_language(), "territories").get(region.upper())


def locale_name(code: str | None, ui: str | None = None) -> str | None:
    """"fr-FR" -> "français (France)"; "fr" -> "français"; None when the language is unknown."""
    language = language_name(code, ui)
    parts = _split(code or "")
    if language is None or len(parts) < 2 or not _REGION.match(parts[1]):
        return language
    territory = territory_name(parts[1], ui)
    return f"{language} ({territory})" if territory else language


def capitalized(text: str) -> str:
    """"français (France)" -> "Français (France)": a name that starts a list item."""
    return text[:1].upper() + text[1:]


def espeak_voice_name(name: str, codes: Sequence[str], ui: str | None = None) -> str:
    """espeak-ng's "French (France)" (codes: its languages, "fr-fr" first) in the interface language.

    The language comes from the first code the CLDR names. Each part of the qualifier: one in the table
    above is translated; else the code's own country ("Great Britain" for en-gb) is named by the CLDR; one
    the language's name already says ("Gaelic (Irish)" is "irlandais") is dropped; a country's English name
    ("Spain") is translated by the CLDR; any other stays as espeak-ng wrote it.
    """
    ui = ui or interface_language()
    match = _NAME.match(name)
    qualifier = (match.group("qualifier") or "").strip() if match else ""
    for code in codes:
        language = language_name(code, ui)
        if language is not None:
            break
    else:
        return name
    parts = _split(codes[0]) if codes else []
    region = parts[1] if len(parts) > 1 and _REGION.match(parts[1]) else None
    english = (language_name(code, "en") or "").casefold()
    pieces = []
    for index, piece in enumerate(p.strip() for p in qualifier.split(",") if p.strip()):
        if piece in _QUALIFIERS:  # first: espeak-ng's "ru-cl" is Russian (Classic), not Chile
            pieces.append(QCoreApplication.translate("LanguageNames", piece))
        elif index == 0 and region and territory_name(region, ui):
            pieces.append(territory_name(region, ui))  # "Great Britain" is en-GB: "Royaume-Uni"
        elif all(word in english for word in piece.casefold().split()):
            continue  # "Irish" in "Irish": the language's name says it already
        else:
            pieces.append(_country(piece, ui) or piece)
    text = f"{language} ({', '.join(pieces)})" if pieces else language
    return capitalized(text)


def _country(english_name: str, ui: str) -> str | None:
    """"Spain" -> "Espagne": a qualifier that is a country's English name."""
    for region, name in _names("en", "territories").items():
        if name == english_name:
            return territory_name(region, ui)
    return None


def language_label(voice: Voice, ui: str | None = None) -> str:
    """A voice's language as the window names it: "Anglais (Écosse)", "Français (France)"; "" when unknown."""
    if voice.labels.get("engine") == "espeak-ng":
        return voice.name  # named by its language and variant (renamed by for_interface)
    provider = voice.labels.get("language", "")
    if provider and (ui or interface_language()) == "en":
        return provider  # Narakeet's own English name says more: "French (Metropolitan)"
    return capitalized(locale_name(voice.language, ui) or provider)


def for_interface(voices: Sequence[Voice], ui: str | None = None) -> list[Voice]:
    """The voices as the window shows them: espeak-ng's renamed in the interface language and listed in its
    alphabetical order ("Écosse" among the E), after the others, which keep their names and order."""
    ui = ui or interface_language()
    others = [v for v in voices if v.labels.get("engine") != "espeak-ng"]
    renamed = [dataclasses.replace(v, name=espeak_voice_name(v.name, v.labels.get("languages", "").split(","),
                                                             ui))
               for v in voices if v.labels.get("engine") == "espeak-ng"]
    collator = QCollator(QLocale(ui))
    return others + sorted(renamed, key=lambda v: collator.sortKey(v.name))
