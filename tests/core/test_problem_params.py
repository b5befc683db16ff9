"""Problems and failed lines carry what their English sentence names as fields (`params`), so the window
can word them in its own language; the CLI's JSON does not change (a contract: extend, never rename)."""

from __future__ import annotations

import pytest

from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.pronunciation import make_rule
from studio.core.srt_file import load_srt, parse_srt_bytes
from studio.providers.base import ProviderError, SynthesisRequest
from studio.providers.offline import OfflineProvider
from studio.providers.phoneme_check import PhonemeCheck
from studio.providers.voice_catalogue import find
from studio.providers.voice_packs import VoiceStore
from tests.core.conftest import CORPUS
from tests.neural_fixtures import JOE_ID, JOE_KEY, joe_files


def test_each_problem_names_its_figures_as_the_message_does():
    doc = Document(cues=[
        Cue(1000, 13_345, "A"), Cue(1000 + 0, 14_000, "B"),   # overlaps A by 12,345 ms
        Cue(500, 600, "C"), Cue(5000, 4000, "D"), Cue(6000, 6000, "E"), Cue(7000, 8000, " "),
        Cue(9000, 9000, "G", bad_timing="00:00:1O --> x"), Cue(9500, 9500, "H", bad_timing="(missing)")])
    found = {(p.row, p.kind): p for p in doc.problems()}
    assert found[1, "overlap"].params == {"ms": "12345"} and "12345 ms" in found[1, "overlap"].message
    assert found[2, "out_of_order"].params == {"previous_start": "00:00:01,000"}
    assert found[3, "negative_duration"].params == {"start": "00:00:05,000", "end": "00:00:04,000"}
    assert found[4, "zero_duration"].params == {} and found[5, "empty_text"].params == {}
    assert found[6, "bad_timecode"].params == {"timecode": "00:00:1O --> x"}
    assert found[7, "bad_timecode"].params == {"timecode": ""}
    # The JSON the CLI prints is what it was: no new key.
    assert set(found[1, "overlap"].as_json()) == {"line", "kind", "severity", "message"}


def test_file_problems_name_the_stray_text_and_the_bad_byte():
    doc = parse_srt_bytes(b"Hello there\n\n1\n00:00:01,000 --> 00:00:02,000\nOk\n")
    assert [p.params for p in doc.file_problems] == [{"text": "Hello there"}]
    repaired = load_srt(CORPUS / "fr_utf8_stray.srt").file_problems  # one cp1252 byte in a UTF-8 file
    assert [p.params for p in repaired] == [{"encoding": "UTF-8", "char": "’"}]


def test_a_phoneme_rule_the_voice_cannot_say_fails_with_its_word_symbols_and_voice():
    VoiceStore().install_file(joe_files()[0], find(JOE_KEY))
    rule = make_rule("Nguyen", phoneme="ŋwi↗ⁿ")
    request = SynthesisRequest(text="Hello Nguyen.", voice_id=JOE_ID, pronunciations=(rule.key(),))
    with pytest.raises(ProviderError) as failed:
        OfflineProvider().synthesize(request)
    assert failed.value.code == "phoneme_unknown"
    assert failed.value.params == {"reason": "unknown_symbols", "word": "Nguyen", "symbols": "ⁿ ↗",
                                   "voice": "en_US-joe-medium"}
    refusal = PhonemeCheck().refusal(JOE_ID, rule)  # the dialog's check: the very same error
    assert refusal is not None and str(refusal) == str(failed.value)
    assert refusal.reason == "unknown_symbols" and refusal.params == {
        "word": "Nguyen", "symbols": "ⁿ ↗", "voice": "en_US-joe-medium"}
    silent = PhonemeCheck().refusal(JOE_ID, make_rule("Nguyen", phoneme=", !"))
    assert silent is not None and (silent.reason, silent.params) == ("no_sound", {"word": "Nguyen"})
