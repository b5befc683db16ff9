"""Speakable text: exactly what is sent to a voice for one cue, and who says it."""

from __future__ import annotations

import pytest

from studio.core.cues import Cue
from studio.core.speech import Speech, SpeechOptions, speech_of
from studio.core.srt_file import load_srt
from tests.core.conftest import CORPUS

KEEP = SpeechOptions(strip_annotations=False)


def spoken(text: str, options: SpeechOptions = SpeechOptions()) -> str:
    return speech_of(text, options).text


def test_the_issue_example():
    """"<i>- Salut !</i>\\n- Ça va ?" is spoken as "Salut ! Ça va ?", a dialogue."""
    speech = speech_of("<i>- Salut !</i>\n- Ça va ?")
    assert speech == Speech("Salut ! Ça va ?", (), dialogue=True)


@pytest.mark.parametrize("text, expected", [
    ("<i>Bonjour</i>", "Bonjour"),
    ("<b>Bon</b><u>jour</u>", "Bonjour"),
    ("<I>Bonjour</I>", "Bonjour"),
    ('<font color="#ff0000">Rouge</font> vif', "Rouge vif"),
    ("<font face='Arial' size=\"12\">Texte</font>", "Texte"),
    ("< i >Bonjour</ i >", "Bonjour"),
    ("<i>Pas fermé", "Pas fermé"),
    ("Un\n<i>deux</i>", "Un deux"),
])
def test_html_style_tags_are_stripped(text, expected):
    """<i>, <b>, <u>, <font ...> tags (any case, spacing, unclosed) are removed, their text kept."""
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("{\\an8}En haut", "En haut"),
    ("{\\an8}{\\i1}En haut{\\i0}", "En haut"),
    ("{\\pos(10,20)\\fs12}Placé", "Placé"),
])
def test_ass_override_tags_are_stripped(text, expected):
    """ASS override blocks like {\\an8} and {\\pos(10,20)} are removed."""
    assert spoken(text) == expected


def test_html_entities_are_decoded():
    """&amp; and &lt; are spoken as the characters they stand for."""
    assert spoken("Tom &amp; Jerry &lt;3") == "Tom & Jerry <3"


def test_less_than_in_text_is_not_a_tag():
    """"5 < 6" keeps its "<": only "<" followed by a letter starts a tag."""
    assert spoken("5 < 6 et 7 > 2") == "5 < 6 et 7 > 2"


@pytest.mark.parametrize("text", [
    "♪", "♪ ♪", "♪♪♪", "♫ ♫", "♬", "♩ ... ♩", "<i>♪ ♪</i>", " ♪\n♪ "])
def test_music_only_cues_are_silent(text):
    """A cue made only of music notes (and punctuation or tags) has nothing to speak."""
    speech = speech_of(text)
    assert speech.text == "" and speech.silent


def test_music_notes_are_removed_from_words():
    """Notes around sung words are dropped, the words kept (lyrics are text)."""
    assert spoken("♪ Joyeux anniversaire ♪") == "Joyeux anniversaire"


@pytest.mark.parametrize("text, expected", [
    ("- Salut", "Salut"),
    ("-Salut", "Salut"),
    ("– Salut", "Salut"),
    ("— Salut", "Salut"),
    ("- Oui.\n- Non.", "Oui. Non."),
    ("  -  Oui.", "Oui."),
])
def test_speaker_dashes_at_line_starts_are_removed(text, expected):
    """A dialogue dash (-, –, —) at a line start is removed; the line's words stay."""
    assert spoken(text) == expected


def test_dashes_inside_a_line_are_kept():
    """Hyphens and dashes inside a line ("rendez-vous", "oui - non") are spoken text."""
    assert spoken("Le rendez-vous - demain") == "Le rendez-vous - demain"


def test_dialogue_flag():
    """Two dashed lines are a dialogue; one dashed line alone is not."""
    assert speech_of("- Oui.\n- Non.").dialogue
    assert not speech_of("- Oui.").dialogue
    assert not speech_of("Oui.\nNon.").dialogue


@pytest.mark.parametrize("text, expected, speakers", [
    ("JEAN : Salut", "Salut", ("JEAN",)),
    ("MARIE: Bonjour", "Bonjour", ("MARIE",)),
    ("JEAN-PAUL : Oui", "Oui", ("JEAN-PAUL",)),
    ("L'HOMME 2 : Non", "Non", ("L'HOMME 2",)),
    ("ÉLODIE : Coucou", "Coucou", ("ÉLODIE",)),
    ("JEAN : Salut\nMARIE : Bonjour", "Salut Bonjour", ("JEAN", "MARIE")),
    ("- JEAN : Salut\n- MARIE : Ça va ?", "Salut Ça va ?", ("JEAN", "MARIE")),
    ("JEAN : - Salut", "Salut", ("JEAN",)),
    ("<i>JEAN :</i> Salut", "Salut", ("JEAN",)),
])
def test_speaker_labels_are_removed_and_kept_as_speakers(text, expected, speakers):
    """An upper-case label before a colon at a line start is not spoken; it becomes the cue's speaker."""
    speech = speech_of(text)
    assert (speech.text, speech.speakers, speech.speaker) == (expected, speakers, speakers[0])


@pytest.mark.parametrize("text", [
    "Attention : danger",
    "Attention: danger",
    "Rendez-vous à 12:30",
    "À 12:30 précises",
    "12:30, c'est l'heure",
    "Il est 8 h : debout !",
    "Note : JEAN : pas un label au milieu",
])
def test_text_that_only_looks_like_a_label_is_kept(text):
    """Mixed-case words before a colon, clock times and colons mid-line are spoken as written."""
    speech = speech_of(text)
    assert speech.text == text
    assert speech.speakers == ()


def test_uppercase_time_is_not_a_label():
    """"RDV À 12:30" in capitals stays: the colon of a time is followed by a digit."""
    assert speech_of("RDV À 12:30").text == "RDV À 12:30"


@pytest.mark.parametrize("text, expected", [
    ("[rires] C'est drôle", "C'est drôle"),
    ("C'est drôle (ELLE SOUPIRE)", "C'est drôle"),
    ("Je (tousse) pense", "Je pense"),
    ("Oui [musique] , bien", "Oui, bien"),
    ("(ELLE\nSOUPIRE) Bon.", "Bon."),
    ("[RIRES]", ""),
    ("(soupir)\n(rires)", ""),
    ("MARIE : (en riant) Vraiment ?", "Vraiment ?"),
])
def test_annotations_are_stripped_by_default(text, expected):
    """Bracketed and parenthesised hearing-impaired annotations (even over two lines) are not spoken."""
    assert spoken(text) == expected


def test_annotation_only_cue_is_silent():
    """A cue that is only an annotation ("[RIRES]") is silent with the default options."""
    assert speech_of("[RIRES]").silent


@pytest.mark.parametrize("text, expected", [
    ("[rires] C'est drôle", "[rires] C'est drôle"),
    ("C'est drôle (ELLE SOUPIRE)", "C'est drôle (ELLE SOUPIRE)"),
    ("[RIRES]", "[RIRES]"),
])
def test_annotations_are_kept_when_asked(text, expected):
    """SpeechOptions(strip_annotations=False) keeps the annotations in the spoken text."""
    assert spoken(text, KEEP) == expected


def test_unclosed_bracket_is_left_alone():
    """An unclosed "(" does not swallow the rest of the cue."""
    assert spoken("Oui (enfin\nnon") == "Oui (enfin non"


@pytest.mark.parametrize("text, expected", [
    ("Un\ndeux\ntrois", "Un deux trois"),
    ("  Trop   d'espaces\t\tici  ", "Trop d'espaces ici"),
    ("Un\r\ndeux", "Un deux"),
    ("Insécable\u00a0!", "Insécable !"),
])
def test_lines_are_joined_and_whitespace_collapsed(text, expected):
    """Lines are joined with one space and every run of whitespace becomes one space, trimmed."""
    assert spoken(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n", "...", "- ...", "<i></i>", "{\\an8}", "- -", "…", "?!"])
def test_nothing_to_say_is_silent(text):
    """A cue with no letter or digit left to speak is marked silent with empty text."""
    speech = speech_of(text)
    assert speech.silent and speech.text == ""


def test_numbers_alone_are_spoken():
    """A cue that is only a number ("42") is not silent."""
    assert speech_of("42").text == "42"


def test_everything_at_once():
    """Tags, ASS tags, notes, dashes, labels and annotations in one cue clean to the spoken words only."""
    text = "{\\an8}<i>- JEAN : (criant) ♪ Allez !</i>\n- <b>MARIE :</b> [rires] On y va…"
    speech = speech_of(text)
    assert speech == Speech("Allez ! On y va…", ("JEAN", "MARIE"), dialogue=True)


def test_speech_corpus_file():
    """speech.srt's cues clean to what a voice should say, cue by cue."""
    doc = load_srt(CORPUS / "speech.srt")
    assert [(cue.speech.text, cue.speech.speakers) for cue in doc.cues] == [
        ("Salut ! Ça va ?", ()),
        ("Bonjour.", ("JEAN",)),
        ("", ()),
        ("", ()),
        ("Vraiment ?", ("MARIE",)),
        ("Attention : danger à 12:30.", ()),
    ]
    assert [cue.speech.silent for cue in doc.cues] == [False, False, True, True, False, False]


def test_cue_speech_matches_speech_of():
    """Cue.speech is speech_of(text) with the defaults; speech_with honours other options."""
    cue = Cue(0, 1000, "[rires] Oui")
    assert cue.speech == speech_of("[rires] Oui")
    assert cue.speech_with(SpeechOptions()) == cue.speech
    assert cue.speech_with(KEEP).text == "[rires] Oui"


def test_cps_counts_spoken_characters():
    """Characters per second counts the speakable text only, and is 0 for a zero-length cue."""
    assert Cue(0, 2000, "<i>Bonjour</i> [rires]").cps() == pytest.approx(3.5)
    assert Cue(1000, 1000, "Bonjour").cps() == 0.0


@pytest.mark.parametrize("text, expected", [
    ("-5 degrés dehors", "-5 degrés dehors"),
    ("-10 % sur tout", "-10 % sur tout"),
    ("- 5 euros", "5 euros"),
    ("- Oui.\n-5 degrés", "Oui. -5 degrés"),
])
def test_a_minus_sign_is_not_a_dialogue_dash(text, expected):
    """A hyphen glued to a digit at a line start is a minus sign and is spoken; "- 5" is a dash."""
    assert spoken(text) == expected
