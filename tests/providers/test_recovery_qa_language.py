"""A clip fetched back from ElevenLabs' history is judged in the lines' language, as a rendered clip is:
after a run killed with SIGKILL (recovery at the next start, as the CLI's render and the window do) and
after an answer that broke off mid-render (the job's own look in the history). The takes are real
Mandarin speech (espeak-ng, about 4 characters a second): judged at the default 14 a second they were
"too_long"; in the lines' language (Chinese, 5 a second) they are fine. Emulator on loopback."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from studio.core import clip_qa
from studio.core.clip_cache import ClipCache
from studio.core.clip_qa import QaVerdict
from studio.core.cues import Cue
from studio.core.journal import RequestJournal
from studio.core.render_job import RECOVERED, RenderJob, plan_render
from studio.providers.synthesis import history_of, recover, synthesizer
from tests.core.test_clip_qa_language import ZH
from tests.emulators.elevenlabs_timestamps import encode
from tests.forecast_corpus import synthesizer as speaker
from tests.journal_crash import die_with_open_entries
from tests.providers.crash_render import SETTINGS, TARIFF
from tests.providers.test_render_job import provider  # noqa: F401 - fixture

TTS = "/v1/text-to-speech"
CUES = [Cue(i * 8000, i * 8000 + 6000, text) for i, text in enumerate(ZH[:3])]
SPECS = [SETTINGS.spec_for(cue) for cue in CUES]


@functools.cache
def mandarin_mp3(text: str) -> bytes:
    """text said by espeak-ng's Mandarin voice, as the MP3 a history serves."""
    synthesize, rate = speaker("espeak", "sit/cmn")
    return encode(synthesize(text), "mp3", rate)


def reasons(cache: ClipCache, spec) -> tuple[str, ...]:  # noqa: ANN001
    verdict = QaVerdict.from_json(cache.meta(spec.key).qa)
    assert verdict is not None
    return verdict.reasons


@pytest.mark.parametrize("with_lines", [True, False])
def test_clips_recovered_after_a_kill_are_judged_in_the_lines_language(elevenlabs_emulator, provider, tmp_path,
                                                                        with_lines):
    emu = elevenlabs_emulator
    cache = ClipCache.open(tmp_path / "clips")
    die_with_open_entries(cache.root, *SPECS)  # a run killed with its three requests in flight
    synthesize = synthesizer(provider)
    for spec in SPECS:  # ... which ElevenLabs generated and billed all the same
        synthesize(spec, None, None)
    for item in emu.account.history:  # the voice said them in Mandarin
        emu.account.history_audio[item["history_item_id"]] = (mandarin_mp3(item["text"]), "audio/mpeg")
    report = recover(provider, cache, ZH) if with_lines else recover(provider, cache)
    assert report.recovered == 3 and emu.spec_violations == []
    found = [reasons(cache, spec) for spec in SPECS]
    if with_lines:  # checked from the audio (the history kept no alignment), and fine
        assert found == [(clip_qa.AUDIO_ONLY,)] * 3
    else:  # what recovery said before: judged at 14 characters a second
        assert sum(clip_qa.TOO_LONG in r for r in found) >= 2


class SpokenHistory:
    """The provider's history on the emulator, whose takes the Mandarin voice said."""

    def __init__(self, provider) -> None:  # noqa: ANN001
        self.history = history_of(provider)

    def find_generations(self, entries, known_ids):  # noqa: ANN001, ANN201
        found = self.history.find_generations(entries, known_ids)
        return {key: dataclasses.replace(generation, audio=mandarin_mp3(entry.text), audio_format="mp3")
                for entry in entries for key, generation in found.items() if key == entry.id}


@pytest.mark.parametrize("knows_language", [True, False])
def test_a_clip_found_in_the_history_mid_render_is_judged_in_the_lines_language(elevenlabs_emulator, provider,
                                                                                 tmp_path, knows_language):
    elevenlabs_emulator.inject("truncated_billed", TTS)  # the answer breaks off: billed, clip lost
    cache = ClipCache.open(tmp_path / "clips")
    plan = plan_render(CUES[:1], SETTINGS, cache, TARIFF)
    synthesize = synthesizer(provider, texts=ZH)
    # A bare callable says no language: the job judges what it fetches back at the default rate.
    job_synthesize = synthesize if knows_language else (lambda spec, before, after: synthesize(spec, before, after))
    result = RenderJob(plan, job_synthesize, cache, concurrency=1, journal=RequestJournal(cache.root),
                       history=SpokenHistory(provider)).run()
    assert result.statuses[1] == RECOVERED and len(elevenlabs_emulator.calls(TTS)) == 1  # paid once
    found = reasons(cache, plan.lines[0].spec)
    if knows_language:
        assert found == (clip_qa.AUDIO_ONLY,)
    else:
        assert clip_qa.TOO_LONG in found
