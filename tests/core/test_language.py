"""The subtitles' language, guessed from their spoken text: sure answers only, the same every time."""

from __future__ import annotations

import threading

from studio import paths
from studio.core.language import detect_language
from studio.core.srt_file import load_srt

ENGLISH = ["Hello and welcome to the dubbing workshop.", "Are you ready? Almost, one more minute!",
           "It costs nothing: it's summer!", "Where did you put the keys?"]
GERMAN = ["Guten Morgen, wie geht es dir heute?", "Ich habe keine Zeit, wir sehen uns morgen.",
          "Das Wetter ist schön, gehen wir spazieren."]


def test_the_sample_file_is_french():
    doc = load_srt(paths.sample_srt())
    assert detect_language(cue.speech.text for cue in doc.cues) == "fr"


def test_other_languages_and_repeatability():
    assert detect_language(ENGLISH) == "en"
    assert detect_language(GERMAN) == "de"
    assert {detect_language(ENGLISH * 3) for _ in range(5)} == {"en"}


def test_too_little_text_or_no_letters_says_nothing():
    assert detect_language([]) is None
    assert detect_language(["Oui."]) is None
    assert detect_language(["♪", "[musique]", "12:30", "..."]) is None


def test_a_mixed_file_says_nothing_rather_than_guess():
    mixed = [line for pair in zip(ENGLISH, ["Bonjour et bienvenue dans l'atelier de doublage.",
                                            "Tu es prête ? Presque, encore une minute !",
                                            "Ça ne coûte rien : c'est l'été !",
                                            "Où as-tu mis les clés ?"]) for line in pair]
    assert detect_language(mixed) in (None, "en", "fr")  # never a third language
    assert detect_language(["Bonjour.", "Hello.", "Hallo.", "Hola.", "Ciao."]) is None


def test_threads_loading_the_profiles_at_once_agree():
    answers: list[str | None] = []
    threads = [threading.Thread(target=lambda: answers.append(detect_language(GERMAN))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert answers == ["de"] * 4
