"""Phoneme rules said by a natural offline voice: the real Piper test voice (joe) is fed the rule's IPA in
place of the word's espeak-ng phonemes; a symbol the voice lacks is refused with the reason."""

from __future__ import annotations

import io
import wave

import pytest

from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.pronunciation import dictionary_of, make_rule
from studio.providers import espeak, piper_voice
from studio.providers.base import ErrorKind, ProviderError
from studio.providers.offline import OfflineProvider
from studio.providers.piper_phonemes import PhonemeRuleError
from studio.providers.synthesis import request_for
from tests.neural_fixtures import JOE_ID, LONG_IPA, joe_store  # noqa: F401 - fixture

LINE = "Hello Nguyen, welcome home."


@pytest.fixture
def joe(joe_store):  # noqa: F811 - the fixture
    return piper_voice.load(joe_store.get(JOE_ID).model)


def _ids(voice, text: str, rules=()) -> list[int]:
    return [i for sentence in voice.sentences(text, rules) for i in voice.phoneme_ids(sentence)]


def _contains(ids: list[int], part: list[int]) -> bool:
    return any(ids[i:i + len(part)] == part for i in range(len(ids) - len(part) + 1))


def _seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav)) as handle:
        return handle.getnframes() / handle.getframerate()


def test_an_ipa_rule_replaces_the_words_espeak_phonemes_in_the_ids_fed_to_the_model(joe):
    win = espeak.phonemes("Win", "en-us")
    rule = make_rule("Nguyen", phoneme=win)
    plain, ruled = _ids(joe, LINE), _ids(joe, LINE, [rule])
    assert ruled != plain
    # Exactly what the voice is fed for the word the rule says, the rest of the line as espeak-ng reads it.
    assert ruled == _ids(joe, "Hello Win, welcome home.")
    said = joe.phoneme_ids(win)[2:-1]  # without BOS, its pad and EOS
    assert _contains(ruled, said) and not _contains(plain, said)


def test_slashes_ascii_g_and_tie_bars_are_notation_not_sounds(joe):
    written = make_rule("Nguyen", phoneme="/ɡˈuː.jɛn/")
    loose = make_rule("Nguyen", phoneme="gˈuːjɛn")
    assert _ids(joe, LINE, [written]) == _ids(joe, LINE, [loose])
    assert _ids(joe, "Watch it.", [make_rule("Watch", phoneme="wˈɑːt͡ʃ")]) == \
        _ids(joe, "Watch it.", [make_rule("Watch", phoneme="wˈɑːtʃ")])


def test_a_cmu_rule_is_said_in_espeak_ngs_ipa(joe):
    cmu = make_rule("Nguyen", phoneme="W IH1 N", alphabet="x-cmu")
    assert _ids(joe, LINE, [cmu]) == _ids(joe, LINE, [make_rule("Nguyen", phoneme="wˈɪn")])


def test_the_rule_is_heard_and_only_its_lines_change(joe_store):  # noqa: F811 - the fixture
    provider = OfflineProvider(store=joe_store)
    names = dictionary_of([make_rule("Nguyen", phoneme=LONG_IPA)])
    settings = RenderSettings(provider="offline", voice=JOE_ID, audio_format="wav", pronunciations=names)
    plain = RenderSettings(provider="offline", voice=JOE_ID, audio_format="wav")
    cue, other = Cue(0, 3000, LINE), Cue(4000, 6000, "It is a fine day.")
    spec = settings.spec_for(cue)
    assert spec.text == LINE and spec.pronunciations == (names.rules[0].key(),)
    assert spec.key != plain.spec_for(cue).key
    assert settings.spec_for(other).key == plain.spec_for(other).key  # no such word: the same clip
    assert settings.pronounced(cue) == f"Hello {LONG_IPA}, welcome home."
    said = provider.synthesize(request_for(spec))
    as_written = provider.synthesize(request_for(plain.spec_for(cue)))
    # VITS durations vary a few % per take; the rule adds about two seconds of speech.
    assert _seconds(said.audio) > _seconds(as_written.audio) + 1.0


def test_a_symbol_the_voice_lacks_refuses_the_rule_with_the_reason(joe_store):  # noqa: F811 - the fixture
    names = dictionary_of([make_rule("Nguyen", phoneme="ŋ↗wiən")])
    spec = RenderSettings(provider="offline", voice=JOE_ID, audio_format="wav",
                          pronunciations=names).spec_for(Cue(0, 3000, LINE))
    with pytest.raises(ProviderError) as err:
        OfflineProvider(store=joe_store).synthesize(request_for(spec))
    assert err.value.kind == ErrorKind.BAD_REQUEST and err.value.code == "phoneme_unknown"
    assert str(err.value) == (
        "The pronunciation of “Nguyen” uses “↗”, which the voice en_US-joe-medium cannot say: write its "
        "phonemes with sounds of this voice's language, or give the word an alias instead.")


def test_espeak_ng_voices_keep_aliases_only(joe_store):  # noqa: F811 - the fixture
    names = dictionary_of([make_rule("Nguyen", phoneme=LONG_IPA), make_rule("home", "house")])
    settings = RenderSettings(provider="offline", voice="en-us", pronunciations=names)
    spec = settings.spec_for(Cue(0, 3000, LINE))
    assert spec.text == "Hello Nguyen, welcome house." and spec.pronunciations == ()
    assert not settings.honours_phonemes(Cue(0, 3000, LINE))
    assert settings.honours_phonemes(Cue(0, 3000, LINE, voice=JOE_ID))


def test_a_word_with_clause_punctuation_is_said_whole(joe):
    rule = make_rule("St. John", phoneme="sɪndʒən")
    assert _ids(joe, "Hello St. John, welcome.", [rule]) == _ids(joe, "Hello Sinjun, welcome.",
                                                                 [make_rule("Sinjun", phoneme="sɪndʒən")])


def test_a_cmu_rule_that_is_not_arpabet_is_refused_with_the_reason(joe):
    with pytest.raises(PhonemeRuleError, match="“Q1” is not a CMU Arpabet symbol"):
        joe.sentences(LINE, [make_rule("Nguyen", phoneme="W Q1 N", alphabet="x-cmu")])
