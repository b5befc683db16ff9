"""Speakers from `NAME:` labels and dialogue dashes, and the voice each cue gets from a mapping."""

from __future__ import annotations

from studio.core.cues import Cue
from studio.core.speakers import (DASH, DASH_FIRST, DASH_SECOND, NAME, Turn, assign_voices, cue_turns,
                                  detect_speakers)


def cues(*texts: str) -> list[Cue]:
    return [Cue(i * 1000, i * 1000 + 900, text) for i, text in enumerate(texts)]


def test_name_labels_are_speakers_and_count_lines() -> None:
    scan = detect_speakers(cues("JEAN : Bonjour.", "MARIE: Salut Jean.", "JEAN : Ça va ?", "Il pleut."))
    assert [(s.key, s.kind, s.lines, s.first_row) for s in scan.speakers] == [
        ("JEAN", NAME, 2, 0), ("MARIE", NAME, 1, 1)]
    assert [c.speaker for c in scan.cues] == ["JEAN", "MARIE", "JEAN", None]
    assert scan.unknown_rows == [3]


def test_labels_follow_speech_rules() -> None:
    # Upper-case labels only ("Attention : danger" is speech), tags stripped, compound names kept.
    turns, _ = cue_turns("<i>JEAN-PAUL :</i> On y va.")
    assert turns == (Turn("JEAN-PAUL", "On y va."),)
    assert cue_turns("Attention : danger")[0] == (Turn(None, "Attention : danger"),)
    assert cue_turns("L'HOMME 2 : Qui est là ?")[0][0].speaker == "L'HOMME 2"
    assert cue_turns("Il est 10:30")[0][0].speaker is None


def test_dialogue_dashes_alternate_two_speakers() -> None:
    turns, dialogue = cue_turns("- Tu es prête ?\n- Presque... Encore une minute !")
    assert dialogue
    assert [t.speaker for t in turns] == [DASH_FIRST, DASH_SECOND]
    assert turns[1].text == "Presque... Encore une minute !"
    # First line without a dash: still a dialogue; the dash opens the other speaker's turn.
    turns, dialogue = cue_turns("Tu viens ?\n– Oui.")
    assert dialogue and [t.speaker for t in turns] == [DASH_FIRST, DASH_SECOND]
    # Three turns alternate back.
    turns, _ = cue_turns("- A.\n- B.\n- A encore.")
    assert [t.speaker for t in turns] == [DASH_FIRST, DASH_SECOND, DASH_FIRST]


def test_one_line_with_a_dash_or_a_minus_is_not_a_dialogue() -> None:
    assert cue_turns("- Oui.") == ((Turn(None, "Oui."),), False)
    turns, dialogue = cue_turns("Il fait\n-5 degrés.")
    assert not dialogue and len(turns) == 1 and turns[0].speaker is None


def test_wrapped_line_continues_the_turn() -> None:
    turns, dialogue = cue_turns("JEAN : Bonjour et bienvenue\ndans l'atelier.")
    assert not dialogue and turns == (Turn("JEAN", "Bonjour et bienvenue dans l'atelier."),)


def test_labels_inside_a_dialogue_win_over_dash_positions() -> None:
    turns, dialogue = cue_turns("- JEAN : Salut.\n- MARIE : Salut !")
    assert dialogue and [t.speaker for t in turns] == ["JEAN", "MARIE"]
    turns, _ = cue_turns("- JEAN : Salut.\n- Bonjour.")
    assert [t.speaker for t in turns] == ["JEAN", DASH_SECOND]


def test_speaker_list_puts_names_first_then_dash_speakers() -> None:
    scan = detect_speakers(cues("- Tu viens ?\n- Oui.", "JEAN : Allons-y.", ""))
    assert [(s.key, s.kind, s.lines) for s in scan.speakers] == [
        ("JEAN", NAME, 1), (DASH_FIRST, DASH, 1), (DASH_SECOND, DASH, 1)]
    assert scan.cues[2].turns == () and scan.unknown_rows == []  # an empty cue says nothing


def test_carry_labels_is_opt_in() -> None:
    texts = ("JEAN : Bonjour.", "Comment ça va ?", "- Bien.\n- Et toi ?", "MARIE : Oui.", "Très bien.")
    plain = detect_speakers(cues(*texts))
    assert [c.speaker for c in plain.cues] == ["JEAN", None, DASH_FIRST, "MARIE", None]
    carried = detect_speakers(cues(*texts), carry_labels=True)
    assert [c.speaker for c in carried.cues] == ["JEAN", "JEAN", DASH_FIRST, "MARIE", "MARIE"]
    assert carried.cues[1].carried and not carried.cues[0].carried
    assert {s.key: s.lines for s in carried.speakers}["JEAN"] == 2


def test_assign_voices_maps_rows_and_reports_mixed_cues() -> None:
    scan = detect_speakers(cues("JEAN : Bonjour.", "MARIE : Salut.", "- JEAN : Tu viens ?\n- MARIE : Oui.",
                                "- A ?\n- B.", "Il pleut."))
    result = assign_voices(scan, {"JEAN": "v-jean", "MARIE": "v-marie"})
    assert result.voices == {0: "v-jean", 1: "v-marie", 2: "v-jean"}
    assert result.mixed == [2]
    assert result.rows_for("v-jean") == [0, 2]
    # Dash speakers map like names; a cue whose two speakers share a voice is not mixed.
    result = assign_voices(scan, {DASH_FIRST: "v-x", DASH_SECOND: "v-x", "JEAN": None})
    assert result.voices == {3: "v-x"} and result.mixed == []
    # Only the second speaker mapped: the cue takes that voice.
    result = assign_voices(scan, {"MARIE": "v-marie"})
    assert result.voices == {1: "v-marie", 2: "v-marie"} and result.mixed == []
