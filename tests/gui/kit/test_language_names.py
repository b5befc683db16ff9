"""Languages named in the interface language: espeak-ng's "French (France)" reads "Français (France)" in a
French window, the voice ids stay espeak-ng's, and an English window keeps English names."""

from __future__ import annotations

from studio.gui.kit.language_names import (espeak_voice_name, for_interface, interface_language, language_label,
                                           language_name, locale_name)
from studio.providers.base import Voice
from studio.providers.offline import OfflineProvider


def _espeak(voices):
    return {v.id: v.name for v in voices if v.labels.get("engine") == "espeak-ng"}


def test_a_french_window_names_espeak_voices_in_french_and_keeps_their_ids(translator):
    voices = OfflineProvider().voices().voices
    before = _espeak(voices)
    translator("fr")
    assert interface_language() == "fr"
    shown = for_interface(voices)
    after = _espeak(shown)
    assert after.keys() == before.keys()  # the same voices, the same ids
    assert after["roa/fr"] == "Français (France)" and after["roa/fr-BE"] == "Français (Belgique)"
    assert after["gmw/en-US"] == "Anglais (États-Unis)" and after["gmw/en"] == "Anglais (Royaume-Uni)"
    assert after["gmw/en-GB-scotland"] == "Anglais (Écosse)"
    assert after["gmw/en-US-nyc"] == "Anglais (États-Unis, New York)"
    assert after["gmw/de"] == "Allemand" and after["roa/es"] == "Espagnol (Espagne)"
    assert after["zle/ru-cl"] == "Russe (classique)"  # espeak-ng's "cl" is not Chile
    assert after["cel/ga"] == "Irlandais"  # "Gaelic (Irish)": the language's name says it all
    # Natural voices keep their own names ("Siwis"); their language is named where it is shown.
    assert [v.name for v in shown if v.labels.get("engine") != "espeak-ng"] == \
           [v.name for v in voices if v.labels.get("engine") != "espeak-ng"]
    # No English qualifier left where the table or the CLDR knows one.
    english = [name for name in after.values() if any(word in name for word in
                                                      ("America", "Great Britain", "Received", "(Classic)", "Spain"))]
    assert english == []


def test_an_english_window_keeps_english_names():
    assert interface_language() == "en"
    assert espeak_voice_name("French (France)", ("fr-fr", "fr")) == "French (France)"
    assert espeak_voice_name("English (Received Pronunciation)", ("en-gb-x-rp", "en-gb", "en")) == \
        "English (Received Pronunciation)"
    assert locale_name("fr-FR") == "French (France)" and language_name("fra") == "French"


def test_names_of_any_language_in_french_and_unknown_codes():
    assert locale_name("de-CH", "fr") == "allemand (Suisse)" and language_name("fre", "fr") == "français"
    assert language_name("zz", "fr") is None and locale_name("", "fr") is None
    assert espeak_voice_name("Klingon", ("piqd",), "fr") == "Klingon"  # unknown to the CLDR: as espeak-ng says


def test_a_voice_language_label_follows_the_interface_language():
    narakeet = Voice(id="alain", name="Alain", category="narakeet", language="fr-FR",
                     labels={"language": "French (Metropolitan)"})
    assert language_label(narakeet, "en") == "French (Metropolitan)"  # the provider's own words say more
    assert language_label(narakeet, "fr") == "Français (France)"
    espeak = Voice(id="roa/ca-ba", name="Catalan (baléare)", category="offline", language="ca-ba",
                   labels={"engine": "espeak-ng", "languages": "ca-ba"})
    assert language_label(espeak, "fr") == "Catalan (baléare)"  # espeak-ng's codes are its own: not Bosnia
    assert language_label(Voice(id="x", name="X", category="offline"), "fr") == ""


def test_without_the_cldr_data_the_names_stay_as_espeak_ng_wrote_them(monkeypatch):
    """A bundle that lost Babel's data must still list the voices (in English), not fail."""
    from babel import UnknownLocaleError

    from studio.gui.kit import language_names

    def missing(code):  # noqa: ANN001, ANN202
        raise UnknownLocaleError(code)

    language_names._names.cache_clear()
    monkeypatch.setattr(language_names.Locale, "parse", missing)
    try:
        assert espeak_voice_name("French (France)", ("fr-fr", "fr"), "fr") == "French (France)"
        assert language_name("fr", "fr") is None and locale_name("fr-FR", "fr") is None
    finally:
        language_names._names.cache_clear()
