"""Speaker → voice mapping dialog: speakers and line counts from the cues, voice combos, the
assignment per cue, and the warning for cues where two speakers share one clip."""

from __future__ import annotations

import os
from pathlib import Path

from studio.core.cues import Cue
from studio.core.speakers import DASH_FIRST, DASH_SECOND
from studio.gui.voices.speaker_dialog import LINES, SPEAKER, VOICE, SpeakerDialog
from studio.providers.base import Voice

SHOTS = Path(os.environ.get("VOICE_SHOTS", "/tmp/voice_shots"))
VOICES = [Voice("v-adam", "Adam", "premade"), Voice("v-clone", "My narrator", "cloned"),
          Voice("v-lib", "Amélie", "library", in_my_voices=False, uses_slot_if_used=True)]
TEXTS = ("JEAN : Bonjour à tous.", "MARIE : Salut Jean !", "JEAN : On commence ?",
         "- JEAN : Tu es prête ?\n- MARIE : Presque.", "- Qui est là ?\n- Personne.", "Silence.")


def cues() -> list[Cue]:
    return [Cue(i * 2000, i * 2000 + 1500, t) for i, t in enumerate(TEXTS)]


def test_speakers_lines_and_assignment(qtbot) -> None:
    dialog = SpeakerDialog(cues(), VOICES)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    rows = [(table.item(r, SPEAKER).text(), table.item(r, LINES).text()) for r in range(table.rowCount())]
    assert rows == [("JEAN", "3"), ("MARIE", "2"), ("Dialogue dash – first speaker", "1"),
                    ("Dialogue dash – second speaker", "1")]
    combo = table.cellWidget(0, VOICE)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Keep current voice", "Adam (default)", "My narrator", "Amélie (not in My Voices: takes 1 slot)"]
    assert dialog.mapping() == {} and dialog.assignment().voices == {}
    dialog.set_voice("JEAN", "v-clone")
    dialog.set_voice("MARIE", "v-adam")
    dialog.set_voice(DASH_FIRST, "v-adam")
    assert dialog.mapping() == {"JEAN": "v-clone", "MARIE": "v-adam", DASH_FIRST: "v-adam"}
    result = dialog.assignment()
    assert result.voices == {0: "v-clone", 1: "v-adam", 2: "v-clone", 3: "v-clone", 4: "v-adam"}
    assert result.mixed == [3]
    assert "Line 4 has two speakers" in dialog.summary.text()
    assert "1 line(s) have no known speaker" in dialog.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)  # let the layout take the new summary's height before the screenshot
    dialog.grab().save(str(SHOTS / "8_speaker_dialog.png"))


def test_carry_option_rescans_and_keeps_choices(qtbot) -> None:
    dialog = SpeakerDialog(cues(), VOICES, mapping={"JEAN": "v-clone", DASH_SECOND: "v-gone"})
    qtbot.addWidget(dialog)
    assert dialog.table.cellWidget(3, VOICE).currentText() == "v-gone"  # unknown id stays visible
    dialog.carry.setChecked(True)
    assert dialog.table.item(1, LINES).text() == "3"  # "Silence." now said by MARIE
    assert dialog.mapping()["JEAN"] == "v-clone"
    assert 5 not in dialog.assignment().voices  # MARIE has no voice yet: the line keeps its own
    dialog.set_voice("MARIE", "v-adam")
    assert dialog.assignment().voices[5] == "v-adam"
    dialog.carry.setChecked(False)
    assert 5 not in dialog.assignment().voices and dialog.mapping()["MARIE"] == "v-adam"


def test_no_speakers_says_what_to_do(qtbot) -> None:
    dialog = SpeakerDialog([Cue(0, 1000, "Bonjour."), Cue(1000, 2000, "Au revoir.")], VOICES)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.ok_button.isEnabled()
    assert "No speaker was found" in dialog.summary.text()
