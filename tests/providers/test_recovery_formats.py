"""Recovery tells an MP3 take of a line from a PCM one: the history item's output_format must be the
journaled request's, and the audio is stored in the clip's own format (converted, and said so in the
sidecar, when the history serves MP3 for a PCM generation, as the spec's audio/mpeg allows). Through
the ElevenLabs emulator on loopback, with the journal of a process killed with SIGKILL."""

from __future__ import annotations

import dataclasses

import pytest

from studio.core.audio_decode import decode_to_pcm
from studio.core.clip_cache import ClipCache
from studio.core.journal import JournalEntry, RequestJournal, find_orphans
from studio.core.render_job import RECOVERED, RenderJob, plan_render
from studio.providers.elevenlabs_history import HistoryItem, match
from studio.providers.synthesis import history_of, recover, synthesizer
from tests.journal_crash import die_with_open_entries
from tests.providers.crash_render import SETTINGS, TARIFF, crash_cues
from tests.providers.test_render_job import provider  # noqa: F401 - fixture

TTS = "/v1/text-to-speech"
MP3 = SETTINGS.spec_for(crash_cues(1)[0])
PCM = dataclasses.replace(MP3, audio_format="pcm")


@pytest.fixture
def killed(elevenlabs_emulator, provider, tmp_path):
    """A run killed before either answer arrived: both requests journaled, without a request id, and
    both generated, the PCM take first: the history lists it first among items of the same second, so
    matched by text, voice, model, settings and time alone, the MP3 request (journaled first) takes it."""
    cache = ClipCache.open(tmp_path / "clips")
    die_with_open_entries(cache.root, MP3, PCM)
    synthesize = synthesizer(provider)
    for spec in (PCM, MP3):
        synthesize(spec, None, None)
    history = elevenlabs_emulator.account.history
    assert [item["output_format"].split("_")[0] for item in history] == ["pcm", "mp3"]
    assert MP3.key != PCM.key and not cache.contains(MP3.key) and not cache.contains(PCM.key)
    return cache, {item["output_format"].split("_")[0]: item["history_item_id"] for item in history}


def test_each_journaled_request_gets_the_take_in_its_own_format(elevenlabs_emulator, provider, killed):
    cache, items = killed
    report = recover(provider, cache)
    assert report.recovered == 2 and report.in_doubt == report.not_found == 0
    audio = elevenlabs_emulator.account.history_audio
    assert cache.path(MP3.key).read_bytes() == audio[items["mp3"]][0]
    assert cache.path(PCM.key).read_bytes() == audio[items["pcm"]][0]
    pcm_meta = cache.meta(PCM.key)
    assert (pcm_meta.audio_format, pcm_meta.sample_rate, pcm_meta.converted_from) == ("pcm", 24000, None)
    assert cache.meta(MP3.key).audio_format == "mp3" and cache.meta(MP3.key).converted_from is None
    assert find_orphans(cache.root).entries == []


def test_a_pcm_take_the_history_serves_as_mp3_is_stored_as_pcm_and_says_so(elevenlabs_emulator, provider,
                                                                           killed):
    cache, items = killed
    elevenlabs_emulator.history_audio_mp3 = True
    assert recover(provider, cache).recovered == 2
    meta = cache.meta(PCM.key)
    assert (meta.audio_format, meta.sample_rate, meta.converted_from) == ("pcm", 24000, "mp3")
    stored = cache.path(PCM.key).read_bytes()
    generated = elevenlabs_emulator.account.history_audio[items["pcm"]][0]
    # Raw PCM again, of the generation's length (within the MP3's padding).
    assert stored[:3] != b"ID3" and abs(len(stored) - len(generated)) <= 0.05 * len(generated)
    decoded = decode_to_pcm(stored, "pcm", 24000, input_rate=24000)
    assert len(decoded.samples) == len(stored)
    assert cache.path(MP3.key).read_bytes() == elevenlabs_emulator.account.history_audio[items["mp3"]][0]
    assert cache.meta(MP3.key).converted_from is None  # an MP3 take served as MP3: as it was


def test_an_item_in_another_format_is_never_taken_by_text_and_time():
    entry = JournalEntry("e", MP3.key, MP3.as_json(), 1000.0, 40.0)
    item = HistoryItem("h", None, MP3.text, 1000, "created", {}, "audio/mpeg", 30.0,
                       output_format="pcm_24000")
    assert match([entry], [item], set()) == {}
    unknown = dataclasses.replace(item, output_format=None)  # the field is nullable: text and time decide
    assert match([entry], [unknown], set()) == {"e": unknown}


def test_a_pcm_answer_cut_off_is_fetched_back_from_the_history_as_pcm(elevenlabs_emulator, provider,
                                                                      tmp_path):
    """The answer broke off (billed): the job finds the take in the history, served as MP3, and stores
    the PCM clip it asked for, with its rate and its QA verdict (checking raw PCM needs the rate)."""
    elevenlabs_emulator.inject("truncated_billed", TTS)
    elevenlabs_emulator.history_audio_mp3 = True
    cache = ClipCache.open(tmp_path / "clips")
    plan = plan_render(crash_cues(1), dataclasses.replace(SETTINGS, audio_format="pcm"), cache, TARIFF)
    result = RenderJob(plan, synthesizer(provider), cache, concurrency=1, journal=RequestJournal(cache.root),
                       history=history_of(provider)).run()
    assert result.statuses[1] == RECOVERED and len(elevenlabs_emulator.calls(TTS)) == 1  # paid once
    meta = cache.meta(plan.lines[0].spec.key)
    assert (meta.audio_format, meta.sample_rate, meta.converted_from) == ("pcm", 24000, "mp3")
    assert meta.qa is not None and meta.qa["status"] == "ok"
