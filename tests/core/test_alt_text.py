"""The alternative (shorter) wording of a line: what the voice says, priced and timed on its own, saved."""

from __future__ import annotations

import json

from studio.core.assemble import placement_of
from studio.core.clip_spec import RenderSettings
from studio.core.cost import UNIT_CREDITS, Tariff
from studio.core.cues import Cue
from studio.core.estimate import estimate_cues
from studio.core.fit import TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline
from studio.core.fit_ladder import ALT_TEXT, STRETCH, ladder_for
from studio.core.project import Project, alt_texts_of, apply_alt_texts, load_project, save_project

ELEVEN = RenderSettings(provider="elevenlabs", voice="v1", model="eleven_multilingual_v2")
TARIFF = Tariff("elevenlabs", UNIT_CREDITS, per_char={"eleven_multilingual_v2": 1.0})
LONG = "Je ne suis absolument pas certain de pouvoir venir demain soir."
SHORT = "Demain soir ? Pas sûr."


def test_the_voice_says_the_alternative_and_it_is_priced_and_timed_as_such():
    cue = Cue(0, 2000, LONG)
    alt = cue.with_alt_text(f"  {SHORT} ")
    assert alt.alt_text == SHORT and alt.text == LONG  # the subtitle keeps its text
    assert ELEVEN.spec_for(alt).text == SHORT and ELEVEN.spec_for(alt).key != ELEVEN.spec_for(cue).key
    assert alt.alt_cps() == len(SHORT) / 2 and cue.alt_cps() is None and alt.cps() == len(LONG) / 2
    estimate = estimate_cues([alt], ELEVEN, TARIFF)
    assert estimate.lines[0].cost == len(SHORT)  # its own cost, not the long line's
    assert cue.with_alt_text("   ").alt_text is None and alt.with_alt_text(None).alt_text is None


def test_a_line_rendered_from_its_alternative_reports_the_alt_text_rung_unless_still_stretched():
    tone = b"\x10\x27" * (1500 * TIMELINE_RATE // 1000)  # 1.5 s of loud audio: no silence to trim
    cues = [Cue(0, 1000, LONG).with_alt_text(SHORT), Cue(1000, 4000, "Bien.")]
    fitted = [placement_of(c) for c in fit_timeline(cues, [tone, None], FitSettings(trim=False))][:1]
    assert ladder_for(cues, fitted, ELEVEN, TARIFF, 1.25, lambda key: False)[0].step == STRETCH
    # The alternative spoken in 0.9 s: it fits its cue.
    fitted = [placement_of(c) for c in fit_timeline(cues, [tone[:2 * 900 * 48], None], FitSettings(trim=False))][:1]
    assert ladder_for(cues, fitted, ELEVEN, TARIFF, 1.25, lambda key: False)[0].step == ALT_TEXT


def test_alternatives_are_saved_in_the_project_by_line_number(tmp_path):
    cues = [Cue(0, 1000, "a"), Cue(1000, 2000, LONG).with_alt_text(SHORT)]
    path = tmp_path / "film.dubproj"
    save_project(Project(alt_texts=alt_texts_of(cues)), path)
    assert json.loads(path.read_text(encoding="utf-8"))["alt_texts"] == {"2": SHORT}
    reopened = [Cue(0, 1000, "a"), Cue(1000, 2000, LONG)]
    apply_alt_texts(reopened, load_project(path).alt_texts)
    assert reopened == cues
