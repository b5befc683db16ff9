"""The fit forecast: which lines will not fit, from each voice's speaking rate, before anything is paid."""

from __future__ import annotations

from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.fit_forecast import OVERFLOW, calibrated_rates, forecast_fit
from studio.core.fit_ladder import BORROW, NONE, STRETCH
from studio.core.pace_model import prior_pace, table_pace

ELEVEN = RenderSettings(provider="elevenlabs", voice="slow", model="eleven_multilingual_v2")
TEXT = "x" * 42  # 3 s at the French table's 14 characters per second
TABLE_MS = round(table_pace("fr").predict_ms(TEXT))  # before a voice has a clip (pace_model says why)


def nothing_measured(key: str) -> None:
    return None


def test_before_any_clip_the_languages_rate_predicts_each_rung():
    cues = [Cue(0, 3200, TEXT), Cue(5000, 7500, TEXT),  # a gap of 1.5 s after it: 1 s to borrow
            Cue(9000, 11600, TEXT), Cue(11650, 12400, TEXT), Cue(12400, 15000, "Fin.")]  # no gap to borrow
    got = forecast_fit(cues, ELEVEN, "fr", nothing_measured, max_speed=1.25)
    assert got[0].predicted_ms == TABLE_MS == 3000
    assert [f.step for f in got[:4]] == [NONE, BORROW, STRETCH, OVERFLOW]
    assert got[2].speed_needed == round(TABLE_MS / got[2].room_ms, 3) and 1.0 < got[2].speed_needed <= 1.25
    assert not got[3].fits and got[3].speed_needed > 1.25 and got[3].as_json()["fits"] is False


def test_a_voice_measured_slower_than_the_table_is_forecast_with_its_own_rate_and_other_voices_are_not():
    said = [Cue(i * 10000, i * 10000 + 6000, f"{'y' * 40} {i}") for i in range(6)]  # 42 characters each
    tight = [Cue(70000, 73400, TEXT), Cue(73400, 79000, "Bien."),  # 3.4 s, no gap after either
             Cue(80000, 83400, TEXT, voice="quick")]
    cues = said + tight + [Cue(83400, 90000, "Fin.")]
    spec_keys = {ELEVEN.spec_for(cue).key for cue in said}
    measured = lambda key: 4200.0 if key in spec_keys else None  # noqa: E731 - 10 characters per second
    rates = calibrated_rates(cues, ELEVEN, "fr", measured)
    # 6 clips at 10/s against the table's 14/s: the voice's own clips outweigh the prior already.
    slow_ms = rates.predict_ms("slow", "fr", TEXT)
    assert 4000 < slow_ms < 4200 and rates.pace("slow", "fr").clips == 6
    assert rates.pace("quick", "fr") == prior_pace("fr")
    got = forecast_fit(cues, ELEVEN, "fr", measured, max_speed=1.25)
    assert all(f.measured and f.predicted_ms == 4200 for f in got[:6])  # a rendered line: its real length
    slow, quick = got[6], got[8]
    assert slow.step == STRETCH and slow.predicted_ms == round(slow_ms)  # the slow voice...
    assert quick.step == NONE and quick.predicted_ms == TABLE_MS  # ...the same text, another voice, fits


def test_a_line_spoken_faster_is_forecast_shorter_and_does_not_calibrate_its_voice():
    fast = Cue(0, 2500, TEXT, speed=1.2)
    got = forecast_fit([fast, Cue(2500, 5000, "Fin.")], ELEVEN, "fr", nothing_measured)
    assert got[0].predicted_ms == round(TABLE_MS / 1.2) and got[0].step == NONE
    rates = calibrated_rates([fast], ELEVEN, "fr", lambda key: 1000.0)
    assert rates.pace("slow", "fr") == prior_pace("fr")
