"""Clip QA judges a clip's length by the voice's pace model (studio.core.pace_model), the one the fit
forecast uses, not by a rate per character of its own: on real speech (espeak-ng, the forecast corpus)
a line of short sentences is no longer "too long", and every fault the rate per character caught is
still caught."""

from __future__ import annotations

import numpy as np
import pytest

from studio.core import clip_qa
from studio.core.clip_qa import analyse, check, check_spec_clip
from studio.core.clip_spec import ClipSpec
from studio.core.fit import trim_silence
from studio.core.pace_model import Pace, VoicePaces, fit_pace
from studio.core.speaking_rate import SpeakingRates
from tests.forecast_corpus import EN, padded_wav, synthesizer

VOICE = "gmw/en-US"
# Five sentences of one word: espeak-ng stops after each, which a rate per character cannot know
# (it expected a third of the clip's 3.1 s when written: 2.8 times that, where 2.5 is flagged).
STOPS = "No! No! No! No! No!"


class PerCharacter:
    """The check QA had before: characters per second per voice, a running average of the clips that
    passed with the default 14 weighing as PRIOR_WEIGHT clips, against the first-to-last sound span."""

    def __init__(self) -> None:
        self.rates = SpeakingRates(table={}, default=14.0)

    def verdict(self, sound: clip_qa.Sound, text: str) -> clip_qa.QaVerdict:
        return check(sound, text, Pace(1000 / self.rates.rate(None), 0.0, 0.0, 0.0))

    def learn(self, text: str, verdict: clip_qa.QaVerdict) -> None:
        if not verdict.suspect and verdict.spoken_s:
            self.rates.calibrate(None, len(" ".join(text.split())), verdict.spoken_s)


def heard(samples: np.ndarray, rate: int) -> tuple[clip_qa.Sound, float]:
    first, end = trim_silence(samples.tobytes(), rate)
    return analyse(samples, rate), (end - first) / rate


@pytest.fixture(scope="module")
def rendered():
    """The English corpus said by espeak-ng in a render's order, each clip judged as it arrives by both
    checks, each learning from the clips it passed. Returns (clips, old, new paces, old and new verdicts)."""
    synthesize, rate = synthesizer("espeak", VOICE)
    clips = [(text, np.frombuffer(padded_wav(synthesize(text), rate)[44:], "<i2")) for text in EN]
    old, paces = PerCharacter(), VoicePaces()
    old_verdicts, new_verdicts = [], []
    for text, samples in clips:
        before = old.verdict(analyse(samples, rate), text)
        old.learn(text, before)
        old_verdicts.append(before)
        # The new one through the real decoder, as a rendered clip is checked.
        audio = padded_wav(samples.tobytes(), rate)
        new_verdicts.append(check_spec_clip(audio, "wav", ClipSpec("offline", VOICE, text), paces))
    return clips, rate, old, paces, old_verdicts, new_verdicts


def test_the_paces_qa_learns_are_the_forecasts_model_fitted_on_the_clips_that_passed(rendered):
    clips, _, _, paces, _, verdicts = rendered
    assert all(not v.suspect for v in verdicts)  # clean speech: no false alarm on the corpus
    passed = [(text, v.speech_ms) for (text, _), v in zip(clips, verdicts)]
    assert paces.pace(VOICE, None) == fit_pace(passed, None) and paces.pace(VOICE, None).clips == len(EN)


def test_a_line_of_short_sentences_is_not_too_long_for_a_voice_that_stops_at_each(rendered):
    _, rate, old, paces, _, _ = rendered
    synthesize, _ = synthesizer("espeak", VOICE)
    sound, speech_s = heard(np.frombuffer(padded_wav(synthesize(STOPS), rate)[44:], "<i2"), rate)
    assert old.verdict(sound, STOPS).reasons == (clip_qa.TOO_LONG,)  # what the rate per character said
    pace = paces.pace(VOICE, None)
    assert check(sound, STOPS, pace, speech_s=speech_s) == clip_qa.QaVerdict()
    assert abs(pace.predict_ms(STOPS) / 1000 - speech_s) < 0.3 * speech_s  # not merely a wider allowance
    # And the same clip given for a text it is far too long for is still flagged.
    assert check(sound, "No.", pace, speech_s=speech_s).reasons == (clip_qa.TOO_LONG,)


def test_every_fault_the_rate_per_character_caught_is_still_caught(rendered):
    """Each corpus clip cut to a third (words lost) and each clip given as another line's (the wrong
    text, three lines on): the pace model calls at least as many of them as the old check did."""
    clips, rate, old, paces, old_clean, new_clean = rendered
    pace = paces.pace(VOICE, None)
    old_right = new_right = 0
    faults = [(text, samples[:len(samples) // 3]) for text, samples in clips]
    faults += [(clips[(i + 3) % len(clips)][0], samples) for i, (_, samples) in enumerate(clips)]
    for text, samples in faults:
        sound, speech_s = heard(samples, rate)
        old_right += old.verdict(sound, text).suspect
        new_right += check(sound, text, pace, speech_s=speech_s).suspect
    false_alarms = (sum(v.suspect for v in old_clean), sum(v.suspect for v in new_clean))
    print(f"faults caught: per character {old_right}, pace model {new_right} of {len(faults)}; "
          f"false alarms on clean clips: {false_alarms[0]} -> {false_alarms[1]} of {len(clips)}")
    assert new_right >= old_right > 0 and false_alarms[1] <= false_alarms[0]
